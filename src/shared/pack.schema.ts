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
