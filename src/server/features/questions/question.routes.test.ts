import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sampleQuestion, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const create = async (body = sampleQuestion(), headers: Record<string, string> = {}) =>
  t.inject({ method: 'POST', url: '/api/v1/questions', payload: body, headers });

describe('GET /api/v1/questions/:id', () => {
  it('reads a question by id and by slug, with the same strong ETag', async () => {
    const created = (await create()).json();
    const byId = await t.inject({ url: `/api/v1/questions/${created.id}` });
    const bySlug = await t.inject({ url: `/api/v1/questions/${created.slug}` });
    expect(byId.statusCode).toBe(200);
    expect(bySlug.json()).toEqual(byId.json());
    expect(byId.headers.etag).toMatch(/^"v1-[0-9a-f]{16}"$/);
    expect(bySlug.headers.etag).toBe(byId.headers.etag);
    expect(byId.json().keyPoints[0].evidence).toEqual(['idempotency key', 'unique request id']);
  });

  it('answers 304 with no body to If-None-Match holding the current ETag, 200 to a stale one', async () => {
    const created = (await create()).json();
    const first = await t.inject({ url: `/api/v1/questions/${created.id}` });
    const cached = await t.inject({ url: `/api/v1/questions/${created.id}`, headers: { 'if-none-match': first.headers.etag as string } });
    expect(cached.statusCode).toBe(304);
    expect(cached.body).toBe('');
    const stale = await t.inject({ url: `/api/v1/questions/${created.id}`, headers: { 'if-none-match': '"v0-0000000000000000"' } });
    expect(stale.statusCode).toBe(200);
  });

  it('answers 404 problem+json for an unknown id or slug', async () => {
    for (const id of ['no-such-question', '00000000-0000-4000-8000-000000000000']) {
      const res = await t.inject({ url: `/api/v1/questions/${id}` });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ status: 404, code: 'not_found', title: 'Not found' });
      expect(res.json().detail).toContain(id);
    }
  });
});

describe('POST /api/v1/questions', () => {
  it('creates a question: 201, Location, ETag, version 1, and the markdown stored as written', async () => {
    const body = sampleQuestion({ prompt: 'Why <script>alert(1)</script> **bold**?' });
    const res = await create(body);
    expect(res.statusCode).toBe(201);
    const q = res.json();
    expect(res.headers.location).toBe(`/api/v1/questions/${q.id}`);
    expect(res.headers.etag).toBe(`"v1-${q.contentHash.slice(0, 16)}"`);
    expect(q).toMatchObject({ slug: body.slug, version: 1, source: null, prompt: 'Why <script>alert(1)</script> **bold**?' });
  });

  it('refuses an invalid question, naming every bad field', async () => {
    const res = await create({ ...sampleQuestion(), slug: 'Not A Slug', difficulty: 'impossible' as never, minutes: 0 });
    expect(res.statusCode).toBe(400);
    const names = res.json().errors.map((e: { name: string }) => e.name).sort();
    expect(names).toEqual(['difficulty', 'minutes', 'slug']);
    expect(res.json().errors.every((e: { in: string }) => e.in === 'body')).toBe(true);
  });

  it('refuses a follow-up naming a key point that does not exist', async () => {
    const res = await create(sampleQuestion({ followUps: [{ prompt: 'And then?', keyPoints: ['no-such-point'] }] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('no-such-point');
  });

  it('refuses a slug that is taken (409), even by a deleted question', async () => {
    const q = (await create()).json();
    expect((await create(sampleQuestion({ slug: q.slug }))).statusCode).toBe(409);
    const etag = (await t.inject({ url: `/api/v1/questions/${q.id}` })).headers.etag as string;
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/questions/${q.id}`, headers: { 'if-match': etag } })).statusCode).toBe(204);
    const again = await create(sampleQuestion({ slug: q.slug }));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'slug_taken' });
    expect(again.json().detail).toMatch(/never reused/);
  });
});

describe('Idempotency-Key', () => {
  it('replays the first response to a retry with the same key and body, creating nothing new', async () => {
    const body = sampleQuestion();
    const key = `key-${Math.random()}`;
    const first = await create(body, { 'idempotency-key': key });
    const retry = await create(body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
  });

  it('refuses the same key with another body (422) and leaves the first result alone', async () => {
    const key = `key-${Math.random()}`;
    const first = await create(sampleQuestion(), { 'idempotency-key': key });
    const other = sampleQuestion();
    const reused = await create(other, { 'idempotency-key': key });
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({ code: 'idempotency_key_reused', errors: [{ in: 'header', name: 'Idempotency-Key' }] });
    expect((await t.inject({ url: `/api/v1/questions/${other.slug}` })).statusCode).toBe(404);
    expect((await t.inject({ url: `/api/v1/questions/${first.json().slug}` })).statusCode).toBe(200);
  });

  it('creates exactly one question when retries with one key arrive at once', async () => {
    const body = sampleQuestion();
    const key = `key-${Math.random()}`;
    const responses = await Promise.all(Array.from({ length: 5 }, () => create(body, { 'idempotency-key': key })));
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
  });

  it('does not store a failed request: a corrected retry with a new body and a new key succeeds', async () => {
    const key = `key-${Math.random()}`;
    const bad = await create({ ...sampleQuestion(), minutes: 0 }, { 'idempotency-key': key });
    expect(bad.statusCode).toBe(400);
    const good = sampleQuestion();
    expect((await create(good, { 'idempotency-key': key })).statusCode).toBe(201);
  });

  it('refuses a malformed key', async () => {
    const res = await create(sampleQuestion(), { 'idempotency-key': 'x'.repeat(300) });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ in: 'header', name: 'Idempotency-Key' });
  });
});

describe('PATCH and DELETE with If-Match', () => {
  it('428 without If-Match, 412 with a stale one, 200 with the current one (version and ETag move on)', async () => {
    const q = (await create()).json();
    const url = `/api/v1/questions/${q.id}`;
    const etag = (await t.inject({ url })).headers.etag as string;

    const missing = await t.inject({ method: 'PATCH', url, payload: { title: 'A better title here' } });
    expect(missing.statusCode).toBe(428);
    expect(missing.json()).toMatchObject({ code: 'precondition_required', errors: [{ in: 'header', name: 'If-Match' }] });

    const ok = await t.inject({ method: 'PATCH', url, payload: { title: 'A better title here' }, headers: { 'if-match': etag } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ title: 'A better title here', version: 2, tags: ['sample'], keyPoints: q.keyPoints });
    expect(ok.headers.etag).not.toBe(etag);

    const stale = await t.inject({ method: 'PATCH', url, payload: { title: 'Lost update attempt' }, headers: { 'if-match': etag } });
    expect(stale.statusCode).toBe(412);
    expect(stale.headers.etag).toBe(ok.headers.etag);
    expect((await t.inject({ url })).json().title).toBe('A better title here');
  });

  it('a weak ETag never satisfies If-Match; * does', async () => {
    const q = (await create()).json();
    const url = `/api/v1/questions/${q.id}`;
    const etag = (await t.inject({ url })).headers.etag as string;
    expect((await t.inject({ method: 'PATCH', url, payload: { minutes: 12 }, headers: { 'if-match': `W/${etag}` } })).statusCode).toBe(412);
    expect((await t.inject({ method: 'PATCH', url, payload: { minutes: 12 }, headers: { 'if-match': '*' } })).statusCode).toBe(200);
  });

  it('an edit that changes nothing keeps the version; an unknown field is refused', async () => {
    const q = (await create()).json();
    const url = `/api/v1/questions/${q.id}`;
    const etag = (await t.inject({ url })).headers.etag as string;
    const same = await t.inject({ method: 'PATCH', url, payload: { title: q.title }, headers: { 'if-match': etag } });
    expect(same.json().version).toBe(1);
    const unknown = await t.inject({ method: 'PATCH', url, payload: { colour: 'red' }, headers: { 'if-match': etag } });
    expect(unknown.statusCode).toBe(400);
  });

  it('two concurrent edits with the same ETag: exactly one wins, the other gets 412', async () => {
    const q = (await create()).json();
    const url = `/api/v1/questions/${q.id}`;
    const etag = (await t.inject({ url })).headers.etag as string;
    const results = await Promise.all(
      ['First concurrent title', 'Second concurrent title'].map((title) =>
        t.inject({ method: 'PATCH', url, payload: { title }, headers: { 'if-match': etag } }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 412]);
    expect((await t.inject({ url })).json().version).toBe(2);
  });

  it('DELETE: 428 without If-Match, 412 stale, 204 current; then 404 and gone from the list', async () => {
    const q = (await create(sampleQuestion({ tags: ['delete-me'] }))).json();
    const url = `/api/v1/questions/${q.id}`;
    const etag = (await t.inject({ url })).headers.etag as string;
    expect((await t.inject({ method: 'DELETE', url })).statusCode).toBe(428);
    expect((await t.inject({ method: 'DELETE', url, headers: { 'if-match': '"v9-0000000000000000"' } })).statusCode).toBe(412);
    expect((await t.inject({ method: 'DELETE', url, headers: { 'if-match': etag } })).statusCode).toBe(204);
    expect((await t.inject({ url })).statusCode).toBe(404);
    expect((await t.inject({ url: '/api/v1/questions?tag=delete-me' })).json().total).toBe(0);
  });
});
