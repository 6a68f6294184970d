// The pack files' own shapes (snake_case, as people write them), built from the domain's field
// schemas. They exist to generate the JSON Schemas editors use (docs/schemas/); the parser reads
// files through the domain schema, and a test holds the two to the same files.
import { z } from 'zod';
import { anchorsSchema, categorySchema, difficultySchema, keyPointSchema, questionTypeSchema, redFlagSchema, slugSchema, tagSchema } from './question.schema';
import { kitFileSchema, packManifestSchema } from './pack.schema';

const kp = keyPointSchema.shape;

export const questionFrontMatterSchema = z
  .object({
    slug: slugSchema.describe('stable id, kebab-case, equal to the file name; never reused'),
    title: z.string().min(5).max(120).describe('the question as a short line'),
    type: questionTypeSchema,
    category: categorySchema.describe('Programming Fundamentals, Databases, API Design, DevOps, Security, Caching, Messaging, Monitoring & Observability, or a category of your own'),
    difficulty: difficultySchema,
    tags: z.array(tagSchema).max(12).optional(),
    minutes: z.number().int().min(1).max(60).describe('live-interview time, follow-ups included'),
    key_points: z
      .array(z.object({ id: kp.id, text: kp.text, weight: kp.weight, evidence: kp.evidence, follow_up: kp.followUp }).strict())
      .max(12)
      .optional()
      .describe('4 to 8 points a strong answer makes'),
    anchors: anchorsSchema.optional().describe('what an answer scoring 1 to 5 sounds like for this question'),
    follow_ups: z
      .array(z.object({ prompt: z.string().min(1).max(600), key_points: z.array(slugSchema).max(8).optional() }).strict())
      .max(8)
      .optional(),
    red_flags: z.array(redFlagSchema).max(12).optional().describe('common wrong or dangerous claims'),
  })
  .strict()
  .describe('Front matter of a Candor question file (questions/<slug>.md). The prompt, why asked, approach and reference answer are markdown sections below it.');

export const JSON_SCHEMAS = {
  'question-front-matter.schema.json': questionFrontMatterSchema,
  'pack.schema.json': packManifestSchema.describe('pack.yaml of a Candor question pack'),
  'kit.schema.json': kitFileSchema.describe('A starter kit of a Candor pack (kits/<slug>.yaml)'),
} as const;

/** The JSON Schema documents, as written to docs/schemas/. */
export function jsonSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(JSON_SCHEMAS).map(([name, schema]) => [
      name,
      `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }), null, 2)}\n`,
    ]),
  );
}
