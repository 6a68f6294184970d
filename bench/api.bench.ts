// npm run bench:api — Candor's read throughput on a generated 10,000-question bank.
// Starts Candor as its own process (embedded database; PostgreSQL too when DATABASE_URL is set),
// loads it with autocannon on loopback, and prints req/s, p50 and p99 per endpoint, each as a
// ratio of /healthz measured in the same run, plus the server's memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase, type Database } from '../src/server/db/client';
import { migrateDatabase } from '../src/server/db/migrate';
import { syncQuestionsFromSource } from '../src/server/features/questions/question-sync.service';
import { createFirstOwner } from '../src/server/features/auth/setup.service';
import { createToken } from '../src/server/features/tokens/token.service';
import { generateBank, generateQueries } from './generate-bank';

const BANK_SIZE = Number(process.env.BENCH_QUESTIONS ?? 10_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 16;
const PORT = 3400;

/** Requests go through sign-in like a script's: a read-scoped API token of the workspace owner. */
let authorization = '';

async function seed(database: Database) {
  await migrateDatabase(database);
  const started = performance.now();
  const bank = generateBank(BANK_SIZE);
  authorization = await database.db.transaction(async (tx) => {
    const { userId, workspace } = await createFirstOwner(tx, { name: 'Bench', email: 'bench@example.com', password: 'bench password 1234', workspaceName: 'Bench', bundledPacksDir: null });
    await syncQuestionsFromSource(tx, workspace.id, 'bench', bank);
    return `Bearer ${(await createToken(tx, { workspaceId: workspace.id, userId, name: 'bench', scope: 'read', createdBy: null })).secret}`;
  });
  return Math.round(performance.now() - started);
}

function startServer(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/candor.js', 'all'], {
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', CANDOR_LOAD_PACKS: 'false', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = async () => {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/readyz`)).ok) return resolve(child);
      } catch {
        /* not up yet */
      }
      if (child.exitCode !== null || Date.now() > deadline) return reject(new Error('the server did not start'));
      setTimeout(poll, 200);
    };
    void poll();
  });
}

const stopServer = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

function memoryOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (key: string) => Math.round(Number(/(\d+) kB/.exec(status.split('\n').find((l) => l.startsWith(key)) ?? '')?.[1] ?? 0) / 1024);
  return { rssMb: mb('VmRSS'), peakMb: mb('VmHWM') };
}

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(name: string, paths: string[], duration = DURATION): Promise<Row> {
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: CONNECTIONS,
    duration,
    // /healthz is public and is asked as a load balancer does, without a token: the baseline.
    requests: paths.map((path) => ({ method: 'GET', path, headers: path === '/healthz' ? {} : { authorization } })),
  });
  return { name, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function runSuite(label: string, env: Record<string, string>) {
  const queries = generateQueries(120).map((q) => `/api/v1/questions?q=${encodeURIComponent(q)}`);
  const suites: [string, string[]][] = [
    ['/healthz', ['/healthz']],
    ['list: first page', ['/api/v1/questions']],
    ['list: filtered', ['/api/v1/questions?category=Databases&difficulty=hard']],
    [`search: ${queries.length} queries cycled`, queries],
  ];
  const rows: Row[] = [];
  for (const cacheSize of ['1000', '0']) {
    const server = await startServer({ ...env, CANDOR_LIST_CACHE_SIZE: cacheSize });
    try {
      for (const [name, paths] of suites) {
        if (cacheSize === '0' && name === '/healthz') continue;
        // Warm-up: JIT and connection pool; with the cache on, each path is asked once first, so
        // the run measures the steady state of a read-mostly bank. The "no cache" rows measure the
        // query path itself.
        if (cacheSize !== '0') for (const path of paths) await fetch(`http://127.0.0.1:${PORT}${path}`, { headers: { authorization } }).then((r) => r.arrayBuffer());
        await measure(name, paths.slice(0, 3), 2);
        rows.push({ ...(await measure(name, paths)), name: cacheSize === '0' ? `${name} (no cache)` : name });
      }
      const memory = memoryOf(server.pid!);
      console.log(`\n${label}: ${BANK_SIZE.toLocaleString('en')} questions, ${CONNECTIONS} connections, ${DURATION}s per endpoint, list cache ${cacheSize === '0' ? 'off' : 'on'}`);
      console.log(`server memory: ${memory.rssMb} MB resident, ${memory.peakMb} MB peak`);
    } finally {
      await stopServer(server);
    }
  }
  const health = rows.find((r) => r.name === '/healthz')!.rps;
  console.log(`\n${'endpoint'.padEnd(42)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'× healthz'.padStart(11)}${'errors'.padStart(8)}`);
  for (const r of rows)
    console.log(`${r.name.padEnd(42)}${String(r.rps).padStart(9)}${String(r.p50).padStart(9)}${String(r.p99).padStart(9)}${(r.rps / health).toFixed(3).padStart(11)}${String(r.errors).padStart(8)}`);
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'candor-bench-'));
  try {
    const embedded = await openDatabase({ kind: 'embedded', dataDir });
    const seedMs = await seed(embedded);
    await embedded.close();
    console.log(`embedded: seeded ${BANK_SIZE} questions in ${seedMs} ms`);
    await runSuite('embedded PostgreSQL (PGlite)', { CANDOR_DATA_DIR: dataDir, DATABASE_URL: '' });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log('\nDATABASE_URL is not set: skipping the PostgreSQL run.');
    return;
  }
  const name = `candor_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  try {
    const database = await openDatabase({ kind: 'postgres', url: target.toString() });
    const seedMs = await seed(database);
    await database.close();
    console.log(`\npostgres: seeded ${BANK_SIZE} questions in ${seedMs} ms`);
    await runSuite(`PostgreSQL at ${target.host}`, { DATABASE_URL: target.toString() });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
