// A full run — setup, sign-in, tokens, invitations, questions, sign-out, failures — with every log
// line and response captured: no password, password hash, session token or API token may appear
// anywhere, except each secret in the one place it must be handed over (the Set-Cookie header
// that carries a session, the response that shows a new token or invitation link once).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { queryRows } from '../db/client';
import { createTestApp, sampleQuestion, TEST_ORIGIN, TEST_PASSWORD, type TestApp } from '../test/test-app';

let t: TestApp;
const responses: { label: string; res: LightMyRequestResponse }[] = [];
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function call(label: string, options: InjectOptions) {
  const res = await t.app.inject({ ...options, headers: { origin: TEST_ORIGIN, ...(options.headers ?? {}) } });
  responses.push({ label, res });
  return res;
}
const cookieOf = (res: LightMyRequestResponse) => [res.headers['set-cookie']].flat().map((c) => String(c).split(';')[0]).join('; ');

describe('secrets stay out of logs and responses', () => {
  it('a full run leaks no password, hash, session token or API token', async () => {
    const signIn = await call('sign-in', { method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: t.owner.email, password: TEST_PASSWORD } });
    const cookie = cookieOf(signIn);
    await call('sign-in failed', { method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: t.owner.email, password: 'a wrong password here' } });
    const token = await call('token create', { method: 'POST', url: '/api/v1/tokens', headers: { cookie }, payload: { name: 'ci', scope: 'write' } });
    const secret: string = token.json().secret;
    await call('token list', { url: '/api/v1/tokens', headers: { cookie } });
    await call('question via token', { method: 'POST', url: '/api/v1/questions', headers: { authorization: `Bearer ${secret}` }, payload: sampleQuestion() });
    await call('bad token', { url: '/api/v1/questions', headers: { authorization: `Bearer ${secret}x` } });
    const invitation = await call('invite', { method: 'POST', url: '/api/v1/invitations', headers: { cookie }, payload: { email: 'joiner@example.com', role: 'viewer' } });
    const link: string = invitation.json().link;
    const joinerPassword = 'joiner password that is long';
    const joined = await call('join', { method: 'POST', url: `/api/v1/join/${link.split('/join/')[1]}`, payload: { name: 'Joiner', password: joinerPassword } });
    await call('sessions', { url: '/api/v1/auth/sessions', headers: { cookie } });
    await call('me', { url: '/api/v1/auth/me', headers: { cookie: cookieOf(joined) } });
    await call('audit', { url: '/api/v1/audit?limit=200', headers: { cookie } });
    await call('members', { url: '/api/v1/members', headers: { cookie } });
    await call('sign-out', { method: 'POST', url: '/api/v1/auth/sign-out', headers: { cookie } });
    await call('after sign-out', { url: '/api/v1/auth/me', headers: { cookie } });

    const hashes = await queryRows<{ password: string }>(t.database.db, sql`select password from accounts where password is not null`);
    const sessionTokens = (await queryRows<{ token: string }>(t.database.db, sql`select token from sessions`)).map((r) => r.token);
    const signedCookies = [cookie, cookieOf(joined)].map((c) => c.split('=')[1]!);
    const everywhere = [TEST_PASSWORD, joinerPassword, ...hashes.map((h) => h.password), ...sessionTokens, ...signedCookies.map(decodeURIComponent), secret, link.split('/join/')[1]!];
    expect(hashes.length).toBeGreaterThanOrEqual(2);
    expect(t.logs.length).toBeGreaterThan(10);

    const logText = JSON.stringify(t.logs);
    expect(everywhere.filter((s) => logText.includes(s))).toEqual([]);

    for (const { label, res } of responses) {
      const { 'set-cookie': setCookie, ...headers } = res.headers;
      const visible = res.body + JSON.stringify(headers);
      const allowedHere = label === 'token create' ? [secret] : label === 'invite' ? [link.split('/join/')[1]!] : [];
      const leaked = everywhere.filter((s) => !allowedHere.includes(s) && visible.includes(s));
      expect(leaked, label).toEqual([]);
      // Session tokens travel only in Set-Cookie, and only when a session starts or ends.
      if (setCookie) expect(['sign-in', 'join', 'sign-out'], label).toContain(label);
    }
  });
});
