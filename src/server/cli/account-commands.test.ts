// `candor user create` and `candor token create` run as a user runs them: a child process on a
// fresh database, the password piped on stdin, the token printed alone for scripts.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { buildApp } from '../http/app';
import { createEmptyPostgresDatabase } from '../test/test-database';

const run = promisify(execFile);
let env: NodeJS.ProcessEnv;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const pgDatabase = await createEmptyPostgresDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'candor-cli-'));
  env = { ...process.env, CANDOR_DATA_DIR: dataDir, DATABASE_URL: pgDatabase?.url ?? '', CANDOR_LOAD_PACKS: 'false', LOG_LEVEL: 'silent' };
  cleanup = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await pgDatabase?.drop();
  };
});
afterAll(() => cleanup());

function candor(args: string[], stdin = '') {
  const child = run(process.execPath, ['bin/candor.js', ...args], { env, cwd: process.cwd() });
  child.child.stdin!.end(stdin);
  return child.then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('account commands', () => {
  it('creates the first owner, members and a token that works against the API', async () => {
    const refused = await candor(['user', 'create', '--email', 'ann@example.com', '--role', 'viewer'], 'a long enough password\n');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('The first account must be an owner');

    const owner = await candor(['user', 'create', '--email', 'Ann@Example.com', '--role', 'owner', '--name', 'Ann', '--workspace-name', 'CLI team'], 'a long enough password\n');
    expect(owner.stdout).toContain('Created ann@example.com, owner of "CLI team"');

    const short = await candor(['user', 'create', '--email', 'bob@example.com', '--role', 'interviewer'], 'short\n');
    expect(short.code).not.toBe(0);
    expect(short.stderr).toContain('at least 10 characters');
    const member = await candor(['user', 'create', '--email', 'bob@example.com', '--role', 'interviewer'], 'bobs long password\n');
    expect(member.stdout).toContain('Created bob@example.com as interviewer in "CLI team"');

    const token = await candor(['token', 'create', '--email', 'bob@example.com', '--scope', 'read']);
    const secret = token.stdout.trim();
    expect(secret).toMatch(/^candor_[\w-]{43}$/);

    const database = await openDatabase(env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'embedded', dataDir: env.CANDOR_DATA_DIR });
    const app = await buildApp({ database, webDist: '/nonexistent' });
    try {
      const me = await app.inject({ url: '/api/v1/auth/me', headers: { authorization: `Bearer ${secret}` } });
      expect(me.json()).toMatchObject({ user: { email: 'bob@example.com' }, role: 'interviewer', workspace: { name: 'CLI team' }, via: 'token' });
      const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', headers: { origin: 'http://localhost' }, payload: { email: 'ann@example.com', password: 'a long enough password' } });
      expect(signIn.json().role).toBe('owner');
    } finally {
      await app.close();
      await database.close();
    }
  }, 120_000);
});
