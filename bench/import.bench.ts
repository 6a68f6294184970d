// npm run bench:import — generates a 10,000-question pack, writes it as a pack folder, and imports
// it with the CLI's own path (read the folder, then one transaction) into a fresh embedded
// database. Prints questions/s for reading and for the whole import, and the peak memory.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/server/db/client';
import { migrateDatabase } from '../src/server/db/migrate';
import { readPackSource } from '../src/server/features/packs/pack-files';
import { importPack } from '../src/server/features/packs/pack.service';
import { createFirstOwner } from '../src/server/features/auth/setup.service';
import { packToTree } from '../src/core/pack/pack-writer';
import { generateBank } from './generate-bank';

const SIZE = Number(process.env.BENCH_QUESTIONS ?? 10_000);
const work = mkdtempSync(join(tmpdir(), 'candor-import-bench-'));
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

try {
  const packDir = join(work, 'pack');
  const tree = packToTree({
    manifest: { id: 'generated', name: 'Generated', version: '1.0.0', description: '', license: '', authors: [] },
    questions: generateBank(SIZE),
    kits: [],
  });
  for (const [path, text] of tree) {
    mkdirSync(dirname(join(packDir, path)), { recursive: true });
    writeFileSync(join(packDir, path), text);
  }
  await measureImport('embedded database', packDir, await openDatabase({ kind: 'embedded', dataDir: join(work, 'data') }));
  if (process.env.DATABASE_URL) {
    const name = `candor_import_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    try {
      await measureImport(`PostgreSQL at ${url.host}`, packDir, await openDatabase({ kind: 'postgres', url: url.toString() }));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  } else console.log('DATABASE_URL is not set: skipping the PostgreSQL run.');
} finally {
  rmSync(work, { recursive: true, force: true });
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
  console.log(`import of ${SIZE.toLocaleString('en')} questions into a fresh ${label}`);
  console.log(`  read and validate: ${Math.round(t1 - t0)} ms (${rate(t1 - t0)} questions/s)`);
  console.log(`  write (one transaction): ${Math.round(t2 - t1)} ms`);
  console.log(`  total: ${Math.round(t2 - t0)} ms → ${rate(t2 - t0)} questions/s (created ${report.created})`);
  console.log(`  peak memory of this process so far: ${peakMb()} MB`);
}
