// First run through the API: a one-time link creates the first owner and workspace, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from './app';
import { createLogger } from '../logger';
import type { App } from '../routing/app-types';
import { openTestDatabase } from '../test/test-database';
import { TEST_ORIGIN } from '../test/test-app';
import { createSetupLink } from '../features/auth/setup.service';

let app: App;
let database: Awaited<ReturnType<typeof openTestDatabase>>;
const logs: string[] = [];
beforeAll(async () => {
  database = await openTestDatabase();
  const sink = new Writable({ write: (chunk, _e, done) => (logs.push(String(chunk)), done()) });
  app = await buildApp({ database, logger: createLogger('info', sink), webDist: '/nonexistent', bundledPacksDir: join(process.cwd(), 'content/packs') });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

const owner = { name: 'First Owner', email: 'first@example.com', password: 'a long first password', workspaceName: 'Hiring at Acme' };
const setup = (token: string, body: object = owner) => app.inject({ method: 'POST', url: '/api/v1/setup', headers: { origin: TEST_ORIGIN }, payload: { token, ...body } });

describe('first-run setup', () => {
  it('creates the first owner and workspace from the one-time link, with the bundled pack, and signs in', async () => {
    const link = (await createSetupLink(database.db, 'http://localhost:3000'))!;
    expect(link.link).toMatch(/^http:\/\/localhost:3000\/setup\?token=[\w-]{43}$/);
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
    const token = new URL(link.link).searchParams.get('token')!;

    expect((await app.inject({ url: `/api/v1/setup?token=${token}` })).json()).toEqual({ needed: true, tokenValid: true });
    expect((await app.inject({ url: '/api/v1/setup?token=made-up' })).json()).toEqual({ needed: true, tokenValid: false });
    expect((await setup('made-up')).json().code).toBe('setup_unavailable');
    expect((await setup(token, { ...owner, password: 'short' })).json()).toMatchObject({ code: 'validation_failed', errors: [{ name: 'password' }] });

    const res = await setup(token);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ role: 'owner', workspace: { name: 'Hiring at Acme', slug: 'hiring-at-acme' }, user: { email: 'first@example.com' } });
    const cookie = [res.headers['set-cookie']].flat().map((c) => String(c).split(';')[0]).join('; ');
    const list = (await app.inject({ url: '/api/v1/questions?limit=1', headers: { cookie } })).json();
    expect(list.total).toBeGreaterThanOrEqual(48);
    expect(logs.join('')).not.toContain(token);
  });

  it('is closed once an owner exists: no second link, and old links stop working', async () => {
    expect(await createSetupLink(database.db, 'http://localhost:3000')).toBeUndefined();
    expect((await app.inject({ url: '/api/v1/setup' })).json()).toEqual({ needed: false, tokenValid: false });
    const res = await setup('any-token-at-all', { ...owner, email: 'second@example.com' });
    expect(res.statusCode).toBe(410);
  });

  it('sends signed-out visitors of the app’s pages to sign in, and serves the public pages', async () => {
    const webDist = mkdtempSync(join(tmpdir(), 'candor-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Candor</title>');
    const withWeb = await buildApp({ database, webDist });
    try {
      const page = await withWeb.inject({ url: '/import', headers: { accept: 'text/html' } });
      expect(page.statusCode).toBe(302);
      expect(page.headers.location).toBe('/sign-in?next=%2Fimport');
      for (const url of ['/sign-in', '/setup?token=x', '/join/some-token']) expect((await withWeb.inject({ url, headers: { accept: 'text/html' } })).statusCode).toBe(200);
    } finally {
      await withWeb.close();
      rmSync(webDist, { recursive: true, force: true });
    }
  });
});
