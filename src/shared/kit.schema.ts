// Interview kits: ordered, timed sections of bank questions with notes for interviewers. The
// request and response shapes of /api/v1/kits, shared by the server's routes and the web app.
import { z } from 'zod';
import { difficultySchema, questionTypeSchema, slugSchema, tagSchema } from './question.schema';

/** The database allows 5 to 600 minutes for a whole kit. */
export const KIT_MINUTES = { min: 5, max: 600 } as const;
export const SECTION_MINUTES = { min: 1, max: 240 } as const;
export const MAX_SECTIONS = 20;
export const MAX_QUESTIONS_PER_SECTION = 30;

const notes = (max: number) => z.string().trim().max(max).default('');
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a question id (uuid)');

export const kitQuestionInputSchema = z.object({
  questionId: uuid,
  notes: notes(2_000).describe('for interviewers: what to listen for, what to skip'),
});

export const kitSectionInputSchema = z.object({
  title: z.string().trim().min(1, 'is required').max(120),
  minutes: z.number().int().min(SECTION_MINUTES.min).max(SECTION_MINUTES.max).describe('the time box'),
  notes: notes(2_000),
  questions: z.array(kitQuestionInputSchema).max(MAX_QUESTIONS_PER_SECTION).default([]),
});
export type KitSectionInput = z.input<typeof kitSectionInputSchema>;

const kitFields = {
  name: z.string().trim().min(2, 'must be at least 2 characters').max(120),
  description: z.string().trim().max(2_000),
  minutes: z.number().int().min(KIT_MINUTES.min).max(KIT_MINUTES.max).describe("the interview's duration"),
  notes: z.string().trim().max(5_000).describe('for interviewers, about the whole kit'),
  sections: z.array(kitSectionInputSchema).max(MAX_SECTIONS),
};

/** What POST /api/v1/kits takes. */
export const kitInputSchema = z.object({
  ...kitFields,
  description: kitFields.description.default(''),
  notes: kitFields.notes.default(''),
  sections: kitFields.sections.default([]),
});
export type KitInput = z.input<typeof kitInputSchema>;
export type KitContent = z.output<typeof kitInputSchema>;

/** What PATCH /api/v1/kits/:id takes: the fields to replace (sections as a whole, in their new order). */
export const kitPatchSchema = z.object(kitFields).partial();
export type KitPatch = z.input<typeof kitPatchSchema>;

/** A question as a kit shows it; `deleted` when it was removed from the bank after being added. */
export const kitQuestionSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  category: z.string(),
  difficulty: difficultySchema,
  type: questionTypeSchema,
  minutes: z.number().int(),
  deleted: z.boolean(),
});
export type KitQuestionSummary = z.output<typeof kitQuestionSummarySchema>;

export const kitSectionSchema = z.object({
  title: z.string(),
  minutes: z.number().int(),
  notes: z.string(),
  /** The questions' minutes added up, to compare with the time box. */
  plannedMinutes: z.number().int(),
  questions: z.array(
    z.object({
      questionId: z.string(),
      notes: z.string(),
      /** Null only if the question no longer exists at all. */
      question: kitQuestionSummarySchema.nullable(),
    }),
  ),
});
export type KitSection = z.output<typeof kitSectionSchema>;

const kitFacts = {
  id: z.string(),
  name: z.string(),
  description: z.string(),
  minutes: z.number().int(),
  /** "backend/backend-technical-60" when made from a pack's starter kit. */
  origin: z.string().nullable(),
  version: z.number().int(),
  plannedMinutes: z.number().int(),
  questionCount: z.number().int(),
  /** Plans that do not fit the time, deleted questions: never errors, always shown. */
  warnings: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const kitSchema = z.object({
  ...kitFacts,
  notes: z.string(),
  sections: z.array(kitSectionSchema),
  /** The ETag header's value, for If-Match on PATCH and DELETE. */
  etag: z.string(),
});
export type Kit = z.output<typeof kitSchema>;

export const kitListItemSchema = z.object({ ...kitFacts, sectionCount: z.number().int() });
export type KitListItem = z.output<typeof kitListItemSchema>;
export const kitListSchema = z.object({ items: z.array(kitListItemSchema) });

/** Optional: POST with no body at all makes "<name> (copy)". */
export const duplicateKitBodySchema = z.object({ name: z.string().trim().min(2).max(120).optional().describe('default: "<name> (copy)"') }).nullish();

export const kitFromPackBodySchema = z.object({
  pack: slugSchema.describe("the pack's id, e.g. backend"),
  kit: slugSchema.describe("the starter kit's slug, e.g. backend-technical-60"),
  name: z.string().trim().min(2).max(120).optional().describe("default: the starter kit's name"),
});
export const kitFromPackResultSchema = z.object({
  kit: kitSchema,
  /** Slugs in the starter kit that are not live questions of this workspace: left out. */
  missing: z.array(z.string()),
});

export const KIT_LEVELS = ['junior', 'mid', 'senior'] as const;

export const assembleKitBodySchema = z.object({
  name: z.string().trim().min(2).max(120).optional(),
  minutes: z.number().int().min(KIT_MINUTES.min).max(KIT_MINUTES.max),
  reserveMinutes: z.number().int().min(0).max(120).default(0).describe('kept free for introductions and the candidate\'s questions'),
  level: z.enum(KIT_LEVELS).default('mid').describe('the difficulty mix, unless mix is given'),
  mix: z
    .object({ easy: z.number().min(0).max(100), medium: z.number().min(0).max(100), hard: z.number().min(0).max(100) })
    .refine((m) => m.easy + m.medium + m.hard > 0, 'must give some share to at least one difficulty')
    .optional()
    .describe('shares of question time per difficulty (any scale: 30/50/20 or 0.3/0.5/0.2)'),
  minCategories: z.number().int().min(0).max(20).default(0),
  types: z.array(questionTypeSchema).max(4).default([]),
  includeTags: z.array(tagSchema).max(20).default([]).describe('only questions with at least one of these tags'),
  excludeTags: z.array(tagSchema).max(20).default([]),
  candidateId: uuid.optional().describe('leave out every question this candidate was already asked'),
  seed: z.number().int().min(0).max(2_147_483_647).optional().describe('another seed, another kit from the same constraints'),
});
export type AssembleKitBody = z.input<typeof assembleKitBodySchema>;

export const assembledKitSchema = z.object({
  /** Ready to save with POST /api/v1/kits: nothing is saved until then. */
  kit: kitInputSchema,
  picks: z.array(kitQuestionSummarySchema.omit({ deleted: true }).extend({ reason: z.string(), section: z.number().int() })),
  plannedMinutes: z.number().int(),
  categories: z.array(z.string()),
  warnings: z.array(z.string()),
  /** Slugs left out because the candidate was already asked them. */
  alreadyAsked: z.array(z.string()),
});
export type AssembledKitProposal = z.output<typeof assembledKitSchema>;
