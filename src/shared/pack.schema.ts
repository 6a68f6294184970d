// A pack's manifest (pack.yaml).
import { z } from 'zod';
import { slugSchema } from './question.schema';

export const packManifestSchema = z
  .object({
    id: slugSchema,
    name: z.string().trim().min(2).max(120),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
    description: z.string().trim().max(2_000).default(''),
    license: z.string().trim().max(60).default(''),
    authors: z.array(z.string().trim().min(1).max(120)).default([]),
  })
  .strict();
export type PackManifest = z.output<typeof packManifestSchema>;

export const syncReportSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.array(z.object({ slug: z.string(), reason: z.string() })),
});
export type SyncReport = z.output<typeof syncReportSchema>;

export const kitSectionSchema = z
  .object({
    title: z.string().trim().min(1).max(120),
    minutes: z.number().int().min(1).max(240),
    notes: z.string().trim().max(2_000).optional(),
    questions: z.array(slugSchema).max(30).default([]),
  })
  .strict();

/** A starter kit in a pack: ordered, timed sections of question slugs. */
export const kitFileSchema = z
  .object({
    slug: slugSchema,
    name: z.string().trim().min(2).max(120),
    description: z.string().trim().max(2_000).default(''),
    minutes: z.number().int().min(1).max(480),
    sections: z.array(kitSectionSchema).min(1).max(20),
  })
  .strict();
export type KitFile = z.output<typeof kitFileSchema>;

/** A whole pack in memory: what every reader produces and every writer takes. */
export interface PackContent {
  manifest: PackManifest;
  questions: import('./question.schema').QuestionContent[];
  kits: KitFile[];
}

export const importReportSchema = syncReportSchema.extend({
  packId: z.string(),
  kits: z.number().int(),
  dryRun: z.boolean(),
});
export type ImportReportDto = z.output<typeof importReportSchema>;

export const packSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  description: z.string(),
  license: z.string(),
  questions: z.number().int(),
  kits: z.array(z.object({ slug: z.string(), name: z.string(), minutes: z.number().int() })),
});
export type PackSummary = z.output<typeof packSummarySchema>;
