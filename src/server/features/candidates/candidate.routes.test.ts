import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { CANDIDATE_STATUSES } from '../../../shared/candidate.schema';
import { createTestApp, type TestApp } from '../../test/test-app';
import { createHiringScene, scheduleInterview } from '../../test/hiring-fixture';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let counter = 0;
const create = (payload: Record<string, unknown> = {}) =>
  t.inject({ method: 'POST', url: '/api/v1/candidates', payload: { name: `Ada Candidate ${++counter}`, email: `ada${counter}@example.com`, roleApplied: 'Backend developer', ...payload } });
const read = (id: string, headers: Record<string, string> = {}) => t.inject({ url: `/api/v1/candidates/${id}`, headers });
const patch = (id: string, payload: unknown, ifMatch?: string) =>
  t.inject({ method: 'PATCH', url: `/api/v1/candidates/${id}`, payload: payload as object, headers: ifMatch ? { 'if-match': ifMatch } : {} });
const audit = async (action: string) => (await t.inject({ url: `/api/v1/audit?action=${action}&limit=100` })).json().items as { action: string; targetId: string; details: Record<string, unknown> }[];

it('offers the statuses the database allows, no more, no fewer', async () => {
  const [row] = await queryRows<{ def: string }>(t.database.db, sql`select pg_get_constraintdef(oid) as def from pg_constraint where conname = 'candidates_status_check'`);
  expect([...row!.def.matchAll(/'([a-z_]+)'/g)].map((m) => m[1])).toEqual([...CANDIDATE_STATUSES]);
});

describe('POST and GET /api/v1/candidates/:id', () => {
  it('creates a candidate: 201, Location, a strong ETag, version 1, no CV yet', async () => {
    const res = await create({ name: '  Grace Hopper ', email: 'Grace@Example.COM', notes: 'Met at a conference.' });
    expect(res.statusCode, res.body).toBe(201);
    const candidate = res.json();
    expect(candidate).toMatchObject({ name: 'Grace Hopper', email: 'grace@example.com', roleApplied: 'Backend developer', notes: 'Met at a conference.', status: 'active', version: 1, cv: null, cvText: '' });
    expect(res.headers.location).toBe(`/api/v1/candidates/${candidate.id}`);
    expect(res.headers.etag).toMatch(/^"v1-[0-9a-f]{16}"$/);
    const got = await read(candidate.id);
    expect(got.json()).toEqual(candidate);
    expect(got.headers.etag).toBe(res.headers.etag);
    expect(got.headers['cache-control']).toBe('private, no-cache');
    expect((await read(candidate.id, { 'if-none-match': res.headers.etag as string })).statusCode).toBe(304);
  });

  it('takes an empty email as none, and refuses a bad one or a missing name, naming each field', async () => {
    expect((await create({ email: '' })).json().email).toBeNull();
    const res = await create({ name: ' ', email: 'not-an-email', status: 'hired-ish' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
    expect(res.json().errors.map((e: { name: string }) => e.name).sort()).toEqual(['email', 'name', 'status']);
  });

  it('answers 404 problem+json for an unknown id, a malformed id and another workspace’s candidate', async () => {
    const rival = await t.addWorkspace();
    const theirs = (await t.inject({ method: 'POST', url: '/api/v1/candidates', headers: rival.auth, payload: { name: 'Rival candidate' } })).json();
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', theirs.id]) {
      const res = await read(id);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().code).toBe('not_found');
    }
  });

  it('lets an interviewer and a viewer read but not write', async () => {
    const { id } = (await create()).json();
    for (const role of ['interviewer', 'viewer'] as const) {
      const user = await t.addUser(role);
      expect((await t.inject({ url: `/api/v1/candidates/${id}`, headers: user.auth })).statusCode).toBe(200);
      const write = await t.inject({ method: 'POST', url: '/api/v1/candidates', headers: user.auth, payload: { name: 'Nope' } });
      expect(write.statusCode).toBe(403);
    }
  });
});

describe('PATCH /api/v1/candidates/:id', () => {
  it('needs If-Match (428), refuses a stale one (412, with the current ETag) and bumps the version', async () => {
    const res = await create();
    const { id } = res.json();
    const missing = await patch(id, { notes: 'x' });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().code).toBe('precondition_required');

    const updated = await patch(id, { notes: 'Strong on SQL', roleApplied: 'Staff engineer' }, res.headers.etag as string);
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ notes: 'Strong on SQL', roleApplied: 'Staff engineer', version: 2 });
    expect(updated.headers.etag).not.toBe(res.headers.etag);

    const stale = await patch(id, { notes: 'Lost update' }, res.headers.etag as string);
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('precondition_failed');
    expect(stale.headers.etag).toBe(updated.headers.etag);
    expect((await read(id)).json().notes).toBe('Strong on SQL');
  });

  it('keeps the version when nothing changes', async () => {
    const res = await create({ notes: 'same' });
    const again = await patch(res.json().id, { notes: 'same' }, res.headers.etag as string);
    expect(again.json().version).toBe(1);
    expect(again.headers.etag).toBe(res.headers.etag);
  });

  it('audits edits by field name and status changes by status, never personal data', async () => {
    const res = await create({ name: 'Katherine Johnson', email: 'katherine@example.com' });
    const { id } = res.json();
    const moved = await patch(id, { status: 'offer', notes: 'Offer sent by Katherine’s recruiter' }, res.headers.etag as string);
    expect(moved.statusCode).toBe(200);
    const statusEvents = (await audit('candidate.status')).filter((e) => e.targetId === id);
    expect(statusEvents.map((e) => e.details)).toEqual([{ from: 'active', to: 'offer' }]);
    const updates = (await audit('candidate.update')).filter((e) => e.targetId === id);
    expect(updates[0]!.details).toEqual({ fields: ['notes', 'status'], version: 2 });
    const everything = JSON.stringify(await audit('candidate'));
    expect(everything).not.toMatch(/Katherine|katherine@example\.com/);
  });

  it('refuses unknown fields instead of ignoring them', async () => {
    const res = await create();
    const bad = await patch(res.json().id, { version: 9 }, res.headers.etag as string);
    expect(bad.statusCode).toBe(400);
  });
});

describe('DELETE /api/v1/candidates/:id', () => {
  it('soft-deletes under If-Match: gone from reads and lists, audited', async () => {
    const res = await create({ name: 'Temporary Person' });
    const { id } = res.json();
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/candidates/${id}` })).statusCode).toBe(428);
    const deleted = await t.inject({ method: 'DELETE', url: `/api/v1/candidates/${id}`, headers: { 'if-match': res.headers.etag as string } });
    expect(deleted.statusCode).toBe(204);
    expect((await read(id)).statusCode).toBe(404);
    const list = (await t.inject({ url: '/api/v1/candidates?limit=100&q=Temporary' })).json();
    expect(list.items.map((c: { id: string }) => c.id)).not.toContain(id);
    expect((await audit('candidate.delete')).map((e) => e.targetId)).toContain(id);
  });

  it('refuses while an interview is scheduled (409), and deletes once it is cancelled', async () => {
    const interviewer = await t.addUser('interviewer');
    const scene = await createHiringScene(t);
    const interview = await scheduleInterview(t, scene, [interviewer]);
    const current = await read(scene.candidateId);
    const refused = await t.inject({ method: 'DELETE', url: `/api/v1/candidates/${scene.candidateId}`, headers: { 'if-match': current.headers.etag as string } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'invalid_state' });
    expect(refused.json().detail).toMatch(/1 interview scheduled or in progress/);

    const cancel = await t.inject({ method: 'POST', url: `/api/v1/interviews/${interview.id}/cancel` });
    expect(cancel.statusCode, cancel.body).toBe(200);
    const deleted = await t.inject({ method: 'DELETE', url: `/api/v1/candidates/${scene.candidateId}`, headers: { 'if-match': current.headers.etag as string } });
    expect(deleted.statusCode, deleted.body).toBe(204);
  });
});
