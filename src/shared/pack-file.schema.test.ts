import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jsonSchemaFiles, questionFrontMatterSchema } from './pack-file.schema';
import { kitFileSchema, packManifestSchema } from './pack.schema';

const pack = join(process.cwd(), 'content/packs/backend');

describe('the pack files’ JSON Schemas', () => {
  it('are up to date in docs/schemas (run npm run schemas after changing a schema)', () => {
    for (const [name, text] of Object.entries(jsonSchemaFiles())) expect(readFileSync(join(process.cwd(), 'docs/schemas', name), 'utf8'), name).toBe(text);
  });

  it('accept every bundled question, kit and manifest', () => {
    for (const file of readdirSync(join(pack, 'questions'))) {
      const front = parse(readFileSync(join(pack, 'questions', file), 'utf8').split('\n---\n')[0]!.slice(4));
      expect(questionFrontMatterSchema.safeParse(front).success, file).toBe(true);
    }
    for (const file of readdirSync(join(pack, 'kits'))) expect(kitFileSchema.safeParse(parse(readFileSync(join(pack, 'kits', file), 'utf8'))).success, file).toBe(true);
    expect(packManifestSchema.safeParse(parse(readFileSync(join(pack, 'pack.yaml'), 'utf8'))).success).toBe(true);
  });

  it('refuse a misspelt field, as an editor would flag it', () => {
    expect(questionFrontMatterSchema.safeParse({ slug: 'x-y', title: 'A title', type: 'technical', category: 'Databases', difficulty: 'easy', minutes: 5, keypoints: [] }).success).toBe(false);
  });
});
