// npm run bench:import — generates a 10,000-question pack, writes it as a pack folder, and imports
// it with the CLI's own path (read the folder, then one transaction) into a fresh embedded
// database. Prints questions/s for reading and for the whole import, and the peak memory.
// The generated questions are lighter than hand-calibrated ones (a few short key points), like
// the spreadsheets and markdown banks teams import in bulk; a second pack of the same size repeats
// the bundled backend pack's questions, seven key points and all, to show the heavy case.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/server/db/client';
import { migrateDatabase } from '../src/server/db/migrate';
import { readPackDir, readPackSource } from '../src/server/features/packs/pack-files';
import { importPack } from '../src/server/features/packs/pack.service';
import { createFirstOwner } from '../src/server/features/auth/setup.service';
import { packToTree } from '../src/core/pack/pack-writer';
import { generateBank } from './generate-bank';
import type { QuestionContent } from '../src/shared/question.schema';

const SIZE = Number(process.env.BENCH_QUESTIONS ?? 10_000);
const work = mkdtempSync(join(tmpdir(), 'candor-import-bench-'));
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

try {
  const bundled = (await readPackDir('content/packs/backend')).pack!.questions;
  const packs: [string, QuestionContent[]][] = [
    ['generated', generateBank(SIZE)],
    ['bundled-shape', Array.from({ length: SIZE }, (_, i) => ({ ...bundled[i % bundled.length]!, slug: `${bundled[i % bundled.length]!.slug}-${i}` }))],
  ];
  for (const [name, questions] of packs) {
    const packDir = join(work, name);
    writePack(packDir, name, questions);
    const kb = (questions.reduce((n, q) => n + JSON.stringify(q).length, 0) / questions.length / 1000).toFixed(1);
    console.log(`\n${name} pack: ${SIZE.toLocaleString('en')} questions of ${kb} kB each on average`);
    await measureImport('embedded database', packDir, await openDatabase({ kind: 'embedded', dataDir: join(work, `data-${name}`) }));
    if (process.env.DATABASE_URL) await measureOnPostgres(process.env.DATABASE_URL, packDir);
  }
  if (!process.env.DATABASE_URL) console.log('\nDATABASE_URL is not set: skipped the PostgreSQL runs.');
} finally {
  rmSync(work, { recursive: true, force: true });
}

function writePack(packDir: string, id: string, questions: QuestionContent[]) {
  const tree = packToTree({ manifest: { id, name: id, version: '1.0.0', description: '', license: '', authors: [] }, questions, kits: [] });
  for (const [path, text] of tree) {
    mkdirSync(dirname(join(packDir, path)), { recursive: true });
    writeFileSync(join(packDir, path), text);
  }
}

async function measureOnPostgres(databaseUrl: string, packDir: string) {
  const name = `candor_import_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  try {
    await measureImport(`PostgreSQL at ${url.host}`, packDir, await openDatabase({ kind: 'postgres', url: url.toString() }));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function measureImport(label: string, packDir: string, database: Database) {
  await migrateDatabase(database);
  const { workspace } = await database.db.transaction((tx) =>
    createFirstOwner(tx, { name: 'Bench', email: 'bench@example.com', password: 'bench password 1234', workspaceName: 'Bench', bundledPacksDir: null }),
  );
  const t0 = performance.now();
  const { pack, issues } = await readPackSource(packDir);
  if (!pack) throw new Error(`the generated pack did not parse: ${issues[0]?.message}`);
  const t1 = performance.now();
  const report = await importPack(database.db, workspace.id, pack);
  const t2 = performance.now();
  await database.close();

  const rate = (ms: number) => Math.round(SIZE / (ms / 1000));
  console.log(`  into a fresh ${label}:`);
  console.log(`    read and validate: ${Math.round(t1 - t0)} ms (${rate(t1 - t0)} questions/s)`);
  console.log(`    write (one transaction): ${Math.round(t2 - t1)} ms`);
  console.log(`    total: ${Math.round(t2 - t0)} ms → ${rate(t2 - t0)} questions/s (created ${report.created})`);
  console.log(`    peak memory of this process so far: ${peakMb()} MB`);
}
