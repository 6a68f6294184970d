// The question bank's domain shapes, shared by the server, the CLI and the web app.
// Field names follow content-style.md; the API speaks camelCase, pack files snake_case.
import { z } from 'zod';

export const QUESTION_TYPES = ['technical', 'behavioral', 'situational', 'system-design'] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const CATEGORIES = [
  'Programming Fundamentals',
  'Databases',
  'API Design',
  'DevOps',
  'Security',
  'Caching',
  'Messaging',
  'Monitoring & Observability',
] as const;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const questionTypeSchema = z.enum(QUESTION_TYPES);
export const difficultySchema = z.enum(DIFFICULTIES);
/** Packs may add categories, so the API accepts any short name; the bundled ones are CATEGORIES. */
export const categorySchema = z.string().trim().min(2).max(60);
export const slugSchema = z.string().max(80).regex(SLUG_PATTERN, 'must be kebab-case: lower-case letters, digits and single hyphens');
export const tagSchema = z.string().max(40).regex(SLUG_PATTERN, 'must be lower-case kebab-case');

const line = (max: number) => z.string().trim().min(1).max(max);

export const keyPointSchema = z.object({
  id: slugSchema.describe('unique within the question'),
  text: line(300),
  weight: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  evidence: z.array(line(120)).min(1).max(30).describe('phrasings that show the point was made'),
  followUp: line(400).describe('what to ask when the point is missing'),
});

export const anchorsSchema = z.object({
  1: line(600),
  2: line(600),
  3: line(600),
  4: line(600),
  5: line(600),
});

export const followUpSchema = z.object({
  prompt: line(600),
  keyPoints: z.array(slugSchema).max(8).default([]),
});

export const redFlagSchema = z.object({
  text: line(400),
  evidence: z.array(line(120)).max(30).default([]),
});

/** The content fields, without defaults: the basis of both the full schema and the patch schema. */
const contentFields = {
  slug: slugSchema,
  title: z.string().trim().min(5).max(120),
  type: questionTypeSchema,
  category: categorySchema,
  difficulty: difficultySchema,
  tags: z.array(tagSchema).max(12),
  minutes: z.number().int().min(1).max(60),
  prompt: z.string().trim().min(1).max(20_000),
  whyAsked: z.string().trim().max(5_000),
  approach: z.string().trim().max(5_000),
  referenceAnswer: z.string().trim().max(40_000),
  keyPoints: z.array(keyPointSchema).max(12),
  anchors: anchorsSchema.nullable(),
  followUps: z.array(followUpSchema).max(8),
  redFlags: z.array(redFlagSchema).max(12),
};

/** Everything a person writes about a question: what is created, edited, imported and exported. */
export const questionContentSchema = z
  .object({
    ...contentFields,
    tags: contentFields.tags.default([]),
    whyAsked: contentFields.whyAsked.default(''),
    approach: contentFields.approach.default(''),
    referenceAnswer: contentFields.referenceAnswer.default(''),
    keyPoints: contentFields.keyPoints.default([]),
    anchors: contentFields.anchors.default(null),
    followUps: contentFields.followUps.default([]),
    redFlags: contentFields.redFlags.default([]),
  })
  .superRefine((q, ctx) => {
    const ids = new Set<string>();
    q.keyPoints.forEach((kp, i) => {
      if (ids.has(kp.id)) ctx.addIssue({ code: 'custom', path: ['keyPoints', i, 'id'], message: `duplicate key point id "${kp.id}"` });
      ids.add(kp.id);
    });
    q.followUps.forEach((fu, i) =>
      fu.keyPoints.forEach((id, j) => {
        if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['followUps', i, 'keyPoints', j], message: `names unknown key point "${id}"` });
      }),
    );
    const tags = new Set(q.tags);
    if (tags.size !== q.tags.length) ctx.addIssue({ code: 'custom', path: ['tags'], message: 'tags must be unique' });
  });

/** A partial edit: only the fields sent are replaced (no defaults, so an omitted field is left alone). */
export const questionPatchSchema = z.object(contentFields).partial().strict();

export type QuestionContent = z.output<typeof questionContentSchema>;
export type QuestionContentInput = z.input<typeof questionContentSchema>;
export type KeyPoint = z.output<typeof keyPointSchema>;

export const questionSchema = z.object({
  id: z.uuid(),
  slug: slugSchema,
  title: z.string(),
  type: questionTypeSchema,
  category: z.string(),
  difficulty: difficultySchema,
  tags: z.array(z.string()),
  minutes: z.number().int(),
  prompt: z.string(),
  whyAsked: z.string(),
  approach: z.string(),
  referenceAnswer: z.string(),
  keyPoints: z.array(keyPointSchema),
  anchors: anchorsSchema.nullable(),
  followUps: z.array(followUpSchema),
  redFlags: z.array(redFlagSchema),
  version: z.number().int(),
  contentHash: z.string(),
  source: z.string().nullable().describe('the pack a question came from, or null when written in Candor'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Question = z.output<typeof questionSchema>;

/** What candidates may read of a question for practice: no answer, key points, rubric or follow-ups. */
export const practiceQuestionSchema = questionSchema.pick({
  id: true,
  slug: true,
  title: true,
  type: true,
  category: true,
  difficulty: true,
  tags: true,
  minutes: true,
  prompt: true,
  whyAsked: true,
  approach: true,
  version: true,
});
export type PracticeQuestion = z.output<typeof practiceQuestionSchema>;
