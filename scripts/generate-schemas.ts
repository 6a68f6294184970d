// npm run schemas — writes the JSON Schemas of the pack files to docs/schemas/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../src/shared/pack-file.schema';

const dir = join(process.cwd(), 'docs/schemas');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote docs/schemas/${name}`);
}
