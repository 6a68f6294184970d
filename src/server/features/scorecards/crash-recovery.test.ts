// Killing the server mid-interview loses no score the screen showed as saved. The screen says
// "Saved" only when the server answered a write, so: run the real server (on the embedded database
// as `npm start` does, or on PostgreSQL in that suite), save scores through the API, SIGKILL it
// while writes are still arriving, start it again and check that every acknowledged score is there.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { candidates } from '../../db/hiring-schema';
import { workspaces } from '../../db/auth-schema';
import { createEmptyPostgresDatabase } from '../../test/test-database';

const run = promisify(execFile);
let dataDir: string;
let env: NodeJS.ProcessEnv;
let server: ChildProcess | undefined;
let base: string;
let auth: Record<string, string>;
let candidateId: string;
let postgres: Awaited<ReturnType<typeof createEmptyPostgresDatabase>>;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

async function startServer() {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['bin/candor.js', 'all'], { env: { ...env, PORT: String(port) }, stdio: process.env.CRASH_TEST_DEBUG ? 'inherit' : 'ignore' });
  for (let i = 0; i < 300; i++) {
    const up = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not become ready');
}

function killServer() {
  const exited = new Promise((resolve) => server!.once('exit', resolve));
  server!.kill('SIGKILL');
  return exited;
}

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${base}${path}`, { ...init, headers: { 'content-type': 'application/json', ...auth, ...(init.headers as Record<string, string>) } });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'candor-crash-'));
  postgres = await createEmptyPostgresDatabase();
  // The bundled pack gives the kit.
  env = { ...process.env, CANDOR_DATA_DIR: dataDir, DATABASE_URL: postgres?.url ?? '', LOG_LEVEL: 'silent' };
  const cli = (args: string[], stdin = '') => {
    const child = run(process.execPath, ['bin/candor.js', ...args], { env, cwd: process.cwd() });
    child.child.stdin!.end(stdin);
    return child;
  };
  await cli(['user', 'create', '--email', 'lead@example.com', '--role', 'owner', '--name', 'Lead'], 'a long enough password\n');
  const token = await cli(['token', 'create', '--email', 'lead@example.com', '--scope', 'write']);
  auth = { authorization: `Bearer ${token.stdout.trim()}` };
  // The candidate row goes in before the server holds the embedded database.
  const database = await openDatabase(postgres ? { kind: 'postgres', url: postgres.url } : { kind: 'embedded', dataDir });
  const [workspace] = await database.db.select().from(workspaces);
  const [candidate] = await database.db.insert(candidates).values({ workspaceId: workspace!.id, name: 'Grace Candidate' }).returning();
  candidateId = candidate!.id;
  await database.close();
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) await killServer();
  rmSync(dataDir, { recursive: true, force: true });
  await postgres?.drop();
});

describe('a server killed mid-interview', () => {
  it('keeps every score it acknowledged', async () => {
    await startServer();
    const me = await (await api('/api/v1/auth/me')).json();
    const kit = await (await api('/api/v1/kits/from-pack', { method: 'POST', body: JSON.stringify({ pack: 'backend', kit: 'backend-technical-60' }) })).json();
    const kitId = kit.kit.id;
    const scheduled = await api('/api/v1/interviews', { method: 'POST', body: JSON.stringify({ candidateId, kitId, interviewerIds: [me.user.id], scheduledAt: new Date().toISOString() }) });
    const interview = await scheduled.json();
    expect(interview.questions.length).toBeGreaterThanOrEqual(4);
    const confirmedFirst = interview.questions.length - 2;
    await api(`/api/v1/interviews/${interview.id}/start`, { method: 'POST' });

    let etag = (await api(`/api/v1/interviews/${interview.id}/scorecards/mine`)).headers.get('etag')!;
    const acknowledged = new Map<number, number>();
    const inFlight: Promise<unknown>[] = [];
    for (let position = 0; position < interview.questions.length; position++) {
      const score = (position % 5) + 1;
      const write = api(`/api/v1/interviews/${interview.id}/scorecards/mine`, {
        method: 'PATCH',
        headers: { 'if-match': etag },
        body: JSON.stringify({ items: [{ position, score, notes: `note ${position}` }] }),
      });
      if (position < confirmedFirst) {
        const res = await write;
        expect(res.status).toBe(200);
        etag = res.headers.get('etag')!;
        acknowledged.set(position, score);
      } else {
        // Later writes race the kill: any that were answered count as saved too.
        inFlight.push(write.then((res) => res.ok && acknowledged.set(position, score), () => undefined));
        if (position === confirmedFirst) await killServer();
      }
    }
    await Promise.all(inFlight);

    await startServer();
    const after = await (await api(`/api/v1/interviews/${interview.id}/scorecards/mine`)).json();
    for (const [position, score] of acknowledged) {
      expect(after.items[position], `position ${position}`).toMatchObject({ score, notes: `note ${position}` });
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(confirmedFirst);
    await killServer();
  }, 180_000);
});
