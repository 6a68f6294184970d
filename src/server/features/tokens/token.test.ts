// API tokens through the API: shown once, stored hashed, scoped, revocable, last use recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { createTestApp, sampleQuestion, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

describe('API tokens', () => {
  it('shows the secret once and keeps only its hash', async () => {
    const res = await t.inject({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'ATS sync', scope: 'write' } });
    expect(res.statusCode).toBe(201);
    const { token, secret } = res.json();
    expect(secret).toMatch(/^candor_[\w-]{43}$/);
    expect(token).toMatchObject({ name: 'ATS sync', scope: 'write', user: { email: t.owner.email }, lastUsedAt: null, revokedAt: null });
    expect(secret.startsWith(token.prefix)).toBe(true);
    expect((await t.inject({ url: '/api/v1/tokens' })).body).not.toContain(secret);
    const stored = await queryRows<{ token_hash: string }>(t.database.db, sql`select token_hash from api_tokens where id = ${token.id}`);
    expect(stored[0]!.token_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(await queryRows(t.database.db, sql`select * from api_tokens`))).not.toContain(secret);
  });

  it('works as Authorization: Bearer on API routes, records its last use, and stops when revoked', async () => {
    const { token, secret } = (await t.inject({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'script', scope: 'read' } })).json();
    const me = await t.inject({ url: '/api/v1/auth/me', headers: bearer(secret) });
    expect(me.json()).toMatchObject({ via: 'token', role: 'owner', permissions: ['question.read', 'question.practice', 'pack.read', 'member.read', 'audit.read', 'kit.read', 'candidate.read', 'debrief.read', 'analytics.read'] });
    expect((await t.inject({ url: '/api/v1/questions', headers: bearer(secret) })).statusCode).toBe(200);
    const listed = (await t.inject({ url: '/api/v1/tokens' })).json().find((x: { id: string }) => x.id === token.id);
    expect(listed.lastUsedAt).not.toBeNull();
    const used = (await t.inject({ url: '/api/v1/audit?action=token.used' })).json().items;
    expect(used.some((e: { targetId: string; tokenId: string }) => e.targetId === token.id && e.tokenId === token.id)).toBe(true);

    expect((await t.inject({ method: 'DELETE', url: `/api/v1/tokens/${token.id}` })).statusCode).toBe(204);
    const after = await t.inject({ url: '/api/v1/questions', headers: bearer(secret) });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('unauthenticated');
  });

  it('a read token cannot write; a write token acts with its member’s role, never more', async () => {
    const read = (await t.inject({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'reader', scope: 'read' } })).json().secret;
    const refused = await t.inject({ method: 'POST', url: '/api/v1/questions', headers: bearer(read), payload: sampleQuestion() });
    expect(refused.json()).toMatchObject({ code: 'forbidden', detail: 'This API token is read-only.' });

    const viewer = await t.addUser('viewer');
    const viewerToken = (await t.inject({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'viewer bot', scope: 'write', userId: viewer.userId } })).json().secret;
    expect((await t.inject({ method: 'POST', url: '/api/v1/questions', headers: bearer(viewerToken), payload: sampleQuestion() })).json().code).toBe('forbidden');
    // When the member leaves the workspace, their tokens stop working.
    const member = (await t.inject({ url: '/api/v1/members' })).json().find((m: { userId: string }) => m.userId === viewer.userId);
    await t.inject({ method: 'DELETE', url: `/api/v1/members/${member.id}` });
    expect((await t.inject({ url: '/api/v1/questions', headers: bearer(viewerToken) })).statusCode).toBe(401);
  });

  it('no admin can mint a token that acts as a candidate and reads their practice', async () => {
    const candidate = await t.addUser('candidate');
    const res = await t.inject({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'peek', scope: 'read', userId: candidate.userId } });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain('private');
  });

  it('refuses malformed and unknown tokens with a clear 401', async () => {
    for (const authorization of ['Bearer', 'Bearer candor_nope', 'Basic abc', `Bearer ${'x'.repeat(500)}`]) {
      const res = await t.inject({ url: '/api/v1/questions', headers: { authorization } });
      expect(res.statusCode, authorization).toBe(401);
    }
  });
});
