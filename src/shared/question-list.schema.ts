// The list endpoint's query and response: shared so the web app builds the same URLs the API parses.
import { z } from 'zod';
import { difficultySchema, questionSchema, questionTypeSchema } from './question.schema';

export const QUESTION_SORTS = ['relevance', 'title', 'newest'] as const;

/** A query-string value that may be given once or repeated (`?tag=a&tag=b`). */
const repeatable = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(20));

export const listQuestionsQuerySchema = z.object({
  q: z.string().trim().max(200).optional().describe('full-text search in web-search syntax: words, "a phrase", -exclude, or'),
  category: repeatable(z.string().trim().min(1).max(60)).describe('repeatable; matches any of the given'),
  difficulty: repeatable(difficultySchema).describe('repeatable; matches any of the given'),
  type: repeatable(questionTypeSchema).describe('repeatable; matches any of the given'),
  tag: repeatable(z.string().trim().min(1).max(40)).describe('repeatable; a question must have every given tag'),
  sort: z.enum(QUESTION_SORTS).optional().describe('relevance (the default with q), title (the default without), newest'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional().describe('opaque; nextCursor of the previous page'),
});
export type ListQuestionsQuery = z.output<typeof listQuestionsQuerySchema>;

export const snippetSchema = z
  .array(z.object({ text: z.string(), highlight: z.boolean() }))
  .describe('the prompt around the matched words, as text segments; highlight marks a match');

/** A question as lists show it: its metadata, never its answers. */
export const questionSummarySchema = questionSchema
  .pick({ id: true, slug: true, title: true, type: true, category: true, difficulty: true, tags: true, minutes: true, version: true })
  .extend({ snippet: snippetSchema.nullable() });
export type QuestionSummary = z.output<typeof questionSummarySchema>;

export const facetCountSchema = z.object({ value: z.string(), count: z.number().int() });
export type FacetCount = z.output<typeof facetCountSchema>;

export const facetsSchema = z
  .object({
    category: z.array(facetCountSchema),
    difficulty: z.array(facetCountSchema),
    type: z.array(facetCountSchema),
    tag: z.array(facetCountSchema),
  })
  .describe(
    'counts of matches per value. Each of category, difficulty and type counts under every other filter but its own, ' +
      'so choosing another value shows what it would add; tag counts under all filters (tags narrow).',
  );
export type Facets = z.output<typeof facetsSchema>;

export const questionListSchema = z.object({
  items: z.array(questionSummarySchema),
  total: z.number().int().describe('matches under all current filters'),
  nextCursor: z.string().nullable(),
  facets: facetsSchema,
});
export type QuestionList = z.output<typeof questionListSchema>;
