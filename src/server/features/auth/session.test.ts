// Sessions as a browser holds them: cookie flags, a new session at each sign-in, idle and absolute
// expiry, revocation, CSRF refusal and brute-force protection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { createTestApp, TEST_ORIGIN, TEST_PASSWORD, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const me = (cookie: string) => t.inject({ url: '/api/v1/auth/me', headers: { cookie } });
const signInRaw = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', headers: { origin: TEST_ORIGIN, ...headers }, payload: { email, password } });
const setCookieOf = (res: { headers: Record<string, unknown> }) => [res.headers['set-cookie']].flat().map(String);

describe('signing in', () => {
  it('sets an httpOnly, SameSite=Lax session cookie (not Secure over http) and answers who you are', async () => {
    const res = await signInRaw(t.owner.email, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const [cookie] = setCookieOf(res);
    expect(cookie).toMatch(/^candor\.session_token=/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/; Secure/i);
    expect(res.json()).toMatchObject({ user: { email: t.owner.email }, role: 'owner', via: 'session', workspace: { id: t.workspaceId } });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('marks the cookie Secure when Candor is served over https', async () => {
    const secure = await createTestApp({ publicUrl: 'https://candor.example.com' });
    try {
      const res = await secure.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', headers: { origin: TEST_ORIGIN }, payload: { email: secure.owner.email, password: TEST_PASSWORD } });
      expect(setCookieOf(res)[0]).toMatch(/^__Secure-candor\.session_token=.*; Secure/i);
    } finally {
      await secure.close();
    }
  });

  it('creates a new session id at every sign-in, so a planted cookie is never promoted', async () => {
    const first = await t.signIn(t.owner);
    const second = await t.signIn(t.owner);
    expect(first).not.toEqual(second);
    expect((await me(first)).statusCode).toBe(200);
    expect((await me(second)).statusCode).toBe(200);
  });

  it('refuses a wrong password with a stable code and no hint of which part was wrong', async () => {
    const user = await t.addUser('viewer');
    for (const [email, password] of [
      [user.email, 'wrong password here'],
      ['nobody@example.com', TEST_PASSWORD],
    ] as const) {
      const res = await signInRaw(email, password, { 'x-forwarded-for': '198.51.100.7' });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'invalid_credentials', detail: 'The email or password is wrong.' });
    }
  });
});

describe('ending sessions', () => {
  it('signing out ends the session on the server, not just in the browser', async () => {
    const cookie = await t.signIn(t.owner);
    const res = await t.inject({ method: 'POST', url: '/api/v1/auth/sign-out', headers: { cookie, origin: TEST_ORIGIN } });
    expect(res.statusCode).toBe(204);
    expect(setCookieOf(res).join()).toMatch(/candor\.session_token=;/);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('lists your sessions and revokes another one', async () => {
    const user = await t.addUser('interviewer');
    const laptop = await t.signIn(user);
    const phone = await t.signIn(user);
    const sessions = (await t.inject({ url: '/api/v1/auth/sessions', headers: { cookie: laptop } })).json();
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(JSON.stringify(sessions)).not.toContain(phone.split('=')[1]!.split('.')[0]);
    const other = sessions.find((s: { current: boolean }) => !s.current);
    const revoked = await t.inject({ method: 'DELETE', url: `/api/v1/auth/sessions/${other.id}`, headers: { cookie: laptop, origin: TEST_ORIGIN } });
    expect(revoked.statusCode).toBe(204);
    expect((await me(phone)).statusCode).toBe(401);
    expect((await me(laptop)).statusCode).toBe(200);
    // Someone else's session id is not found.
    const theirs = (await t.inject({ url: '/api/v1/auth/sessions', headers: { cookie: await t.signIn(t.owner) } })).json()[0];
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/auth/sessions/${theirs.id}`, headers: { cookie: laptop, origin: TEST_ORIGIN } })).statusCode).toBe(404);
  });

  it('expires a session left idle', async () => {
    const user = await t.addUser('viewer');
    const cookie = await t.signIn(user);
    await t.database.db.execute(sql`update sessions set expires_at = now() - interval '1 second' where user_id = ${user.userId}`);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('ends a session at its absolute limit however active it is', async () => {
    const user = await t.addUser('viewer');
    const cookie = await t.signIn(user);
    expect((await me(cookie)).statusCode).toBe(200);
    await t.database.db.execute(sql`update sessions set created_at = now() - interval '8 days' where user_id = ${user.userId}`);
    expect((await me(cookie)).statusCode).toBe(401);
    const [left] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from sessions where user_id = ${user.userId}`);
    expect(left!.n).toBe(0);
  });
});

describe('cross-site request forgery', () => {
  const write = (headers: Record<string, string>) => t.inject({ method: 'POST', url: '/api/v1/invitations', headers, payload: { email: 'csrf@example.com', role: 'viewer' } });

  it('refuses cookie-authenticated writes from another site or with no origin at all', async () => {
    const cookie = await t.signIn(t.owner);
    const attempts: Record<string, string>[] = [{}, { origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site', origin: TEST_ORIGIN }, { referer: 'https://evil.example/page' }, { origin: 'null' }];
    for (const headers of attempts) {
      const res = await write({ cookie, ...headers });
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().code).toBe('csrf_rejected');
    }
  });

  it('accepts them from Candor’s own pages, and API tokens need no origin', async () => {
    const cookie = await t.signIn(t.owner);
    expect((await write({ cookie, origin: TEST_ORIGIN })).statusCode).toBe(201);
    expect((await write({ cookie, 'sec-fetch-site': 'same-origin' })).statusCode).toBe(201);
    expect((await write(t.owner.auth)).statusCode).toBe(201);
  });

  it('refuses a sign-in posted from another site (login CSRF)', async () => {
    const res = await signInRaw(t.owner.email, TEST_PASSWORD, { origin: 'https://evil.example' });
    expect(res.json().code).toBe('csrf_rejected');
  });
});

describe('brute-force protection', () => {
  it('locks an account after 5 failures: 429 with Retry-After, even with the right password', async () => {
    const user = await t.addUser('viewer');
    for (let i = 0; i < 5; i++) expect((await signInRaw(user.email, `wrong-${i}-password`)).statusCode).toBe(401);
    const locked = await signInRaw(user.email, TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('rate_limited');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(900);
  });

  it('locks a client address that tries many accounts', async () => {
    const limited = await createTestApp();
    try {
      // inject() comes from 127.0.0.1: twenty failures across different accounts lock the address.
      for (let i = 0; i < 20; i++)
        await limited.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', headers: { origin: TEST_ORIGIN }, payload: { email: `guess-${i}@example.com`, password: 'not the password' } });
      const res = await limited.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', headers: { origin: TEST_ORIGIN }, payload: { email: limited.owner.email, password: TEST_PASSWORD } });
      expect(res.statusCode).toBe(429);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
    } finally {
      await limited.close();
    }
  });

  it('counts every failure of a burst of parallel guesses (none overwrites another)', async () => {
    const burst = await createTestApp();
    try {
      const user = await burst.addUser('viewer');
      const guesses = Array.from({ length: 12 }, (_, i) =>
        burst.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', headers: { origin: TEST_ORIGIN }, payload: { email: user.email, password: `parallel guess ${i}` } }),
      );
      const statuses = (await Promise.all(guesses)).map((r) => r.statusCode);
      const refusedByPassword = statuses.filter((s) => s === 401).length;
      expect(refusedByPassword + statuses.filter((s) => s === 429).length).toBe(12);
      const [row] = await queryRows<{ failures: number; locked: boolean }>(
        burst.database.db,
        sql`select failures, locked_until is not null as locked from auth_throttle where kind = 'account' and key = ${user.email}`,
      );
      expect(row).toEqual({ failures: refusedByPassword, locked: true });
    } finally {
      await burst.close();
    }
  });

  it('records failed and successful sign-ins in the audit log', async () => {
    const user = await t.addUser('viewer');
    await signInRaw(user.email, 'definitely wrong');
    await t.signIn(user);
    const { items } = (await t.inject({ url: '/api/v1/audit?action=auth.' })).json();
    const mine = items.filter((e: { actor: { email: string } | null }) => e.actor?.email === user.email).map((e: { action: string; ip: string }) => [e.action, e.ip]);
    expect(mine).toEqual([
      ['auth.sign_in', '127.0.0.1'],
      ['auth.sign_in_failed', '127.0.0.1'],
    ]);
  });
});
