// Practice answers belong to the candidate: no other member of the workspace — owner, admin,
// interviewer, viewer or another candidate — nor anyone in another workspace can read or change
// them, until the candidate shares a session's report; then members who may read candidates can
// read it (and only read it), and unsharing hides it again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/auth.schema';
import { createTestApp, type TestApp, type TestUser } from '../../test/test-app';
import { addQuestion, GOOD_ANSWER, POOR_ANSWER } from './practice-test-fixtures';

let t: TestApp;
let cara: TestUser;
let sessionId: string;
let attemptId: string;
let questionId: string;
const others: Record<string, TestUser> = {};
const READERS: Role[] = ['owner', 'admin', 'interviewer', 'viewer'];

beforeAll(async () => {
  t = await createTestApp();
  questionId = (await addQuestion(t, { category: 'Messaging' })).id;
  cara = await t.addUser('candidate');
  const session = await t.inject({ method: 'POST', url: '/api/v1/practice/sessions', headers: cara.auth, payload: { mode: 'mock', length: 1 } });
  sessionId = session.json().id;
  const attempt = await t.inject({ method: 'POST', url: '/api/v1/practice/attempts', headers: cara.auth, payload: { questionId, sessionId, answer: POOR_ANSWER } });
  attemptId = attempt.json().attempt.id;
  others.owner = t.owner;
  for (const role of ['admin', 'interviewer', 'viewer', 'candidate'] as const) others[role] = await t.addUser(role);
  const rival = await t.addWorkspace('Rival team');
  others['other workspace owner'] = rival;
  others['other workspace candidate'] = await t.addUser('candidate', { workspaceId: rival.workspaceId });
});
afterAll(() => t.close());

const report = (user: TestUser) => t.inject({ url: `/api/v1/practice/sessions/${sessionId}`, headers: user.auth });
const share = (user: TestUser, method: 'PUT' | 'DELETE') => t.inject({ method, url: `/api/v1/practice/sessions/${sessionId}/share`, headers: user.auth });

/** Every way someone else might reach Cara's practice, with the status each must get. */
async function probe(user: TestUser) {
  const results: Record<string, number> = {};
  results.finish = (await t.inject({ method: 'POST', url: `/api/v1/practice/sessions/${sessionId}/finish`, headers: user.auth })).statusCode;
  results.share = (await share(user, 'PUT')).statusCode;
  results.unshare = (await share(user, 'DELETE')).statusCode;
  results.answerInHerSession = (await t.inject({ method: 'POST', url: '/api/v1/practice/attempts', headers: user.auth, payload: { questionId, sessionId, answer: GOOD_ANSWER } })).statusCode;
  results.followUpHerAttempt = (await t.inject({ method: 'POST', url: '/api/v1/practice/attempts', headers: user.auth, payload: { questionId, followUpOf: attemptId, answer: GOOD_ANSWER } })).statusCode;
  // Nothing of hers in their own lists, schedule or progress.
  for (const url of ['/api/v1/practice/sessions', '/api/v1/practice/reviews', '/api/v1/practice/progress']) {
    const body = (await t.inject({ url, headers: user.auth })).body;
    if (body.includes(sessionId) || body.includes(attemptId) || body.includes('idempotency key')) results[`leak in ${url}`] = 1;
  }
  return results;
}

/** Session ids in the list of shared reports as `user` sees it (null when refused, with the status). */
async function sharedList(user: TestUser): Promise<string[] | number> {
  const res = await t.inject({ url: '/api/v1/practice/shared', headers: user.auth });
  return res.statusCode === 200 ? res.json().items.map((r: { id: string }) => r.id) : res.statusCode;
}

const NOTHING = { finish: 404, share: 404, unshare: 404, answerInHerSession: 404, followUpHerAttempt: 404 };

describe('a practice session nobody else can see', () => {
  it.each(['owner', 'admin', 'interviewer', 'viewer', 'candidate', 'other workspace owner', 'other workspace candidate'])(
    "the %s gets 404 for Cara's unshared report and cannot touch her practice",
    async (who) => {
      const user = others[who]!;
      const res = await report(user);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain(POOR_ANSWER);
      expect(await probe(user)).toEqual(NOTHING);
      const list = await sharedList(user);
      expect(Array.isArray(list) ? list.includes(sessionId) : list).toBe(who.includes('candidate') ? 403 : false);
    },
  );

  it('the audit log tells the owner that Cara practised, never what she answered', async () => {
    const body = (await t.inject({ url: '/api/v1/audit?action=practice.' })).body;
    expect(body).toContain('practice.attempt.create');
    expect(body).not.toContain('idempotency');
  });
});

describe('sharing a report', () => {
  it('lets members who read candidates see it, read-only; not candidates or other workspaces; unsharing hides it again', async () => {
    const shared = await share(cara, 'PUT');
    expect(shared.statusCode).toBe(200);
    const sharedAt = shared.json().sharedAt;
    expect(sharedAt).toEqual(expect.any(String));
    // Sharing again keeps the first time.
    expect((await share(cara, 'PUT')).json().sharedAt).toBe(sharedAt);

    for (const role of READERS) {
      const res = await report(others[role]!);
      expect(res.statusCode, role).toBe(200);
      expect(res.json()).toMatchObject({ id: sessionId, isOwner: false, owner: { id: cara.userId, name: 'candidate person' } });
      expect(res.json().attempts.map((a: { answer: string }) => a.answer)).toEqual([POOR_ANSWER]);
      // Reading is all a shared report allows.
      expect(await probe(others[role]!), role).toEqual(NOTHING);
    }
    for (const who of ['candidate', 'other workspace owner', 'other workspace candidate']) expect((await report(others[who]!)).statusCode, who).toBe(404);
    // The hiring team's list of shared reports names it and who practised; another workspace's does not.
    for (const role of READERS) expect(await sharedList(others[role]!), role).toEqual([sessionId]);
    const listed = (await t.inject({ url: '/api/v1/practice/shared', headers: others.viewer!.auth })).json().items[0];
    expect(listed).toMatchObject({ id: sessionId, owner: { name: 'candidate person' }, attemptCount: 1, sharedAt });
    expect(JSON.stringify(listed)).not.toContain(POOR_ANSWER);
    expect(await sharedList(others['other workspace owner']!)).toEqual([]);
    expect(await sharedList(cara)).toBe(403);

    // The probes above tried to unshare it as others: it is still shared.
    expect((await report(others.interviewer!)).statusCode).toBe(200);
    const unshared = await share(cara, 'DELETE');
    expect(unshared.json().sharedAt).toBeNull();
    for (const role of READERS) expect((await report(others[role]!)).statusCode, role).toBe(404);
    for (const role of READERS) expect(await sharedList(others[role]!), role).toEqual([]);
    expect((await report(cara)).statusCode).toBe(200);
  });
});
