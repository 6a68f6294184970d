// Interviews and scorecards through the API: scheduling snapshots, the lifecycle, draft autosave
// under If-Match, idempotent and final submission, amendments as revisions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../test/test-app';
import { createHiringScene, scheduleInterview, type HiringScene } from '../../test/hiring-fixture';

let t: TestApp;
let scene: HiringScene;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  scene = await createHiringScene(t);
  alice = await t.addUser('interviewer');
  bob = await t.addUser('interviewer');
});
afterAll(() => t.close());

const mine = (id: string, user: TestUser) => t.inject({ url: `/api/v1/interviews/${id}/scorecards/mine`, headers: user.auth });
const patchMine = (id: string, user: TestUser, etag: string | undefined, payload: object) =>
  t.inject({ method: 'PATCH', url: `/api/v1/interviews/${id}/scorecards/mine`, headers: { ...user.auth, ...(etag ? { 'if-match': etag } : {}) }, payload });

describe('scheduling', () => {
  it('snapshots the questions: editing the bank afterwards changes nothing in the interview', async () => {
    const interview = await scheduleInterview(t, scene, [alice]);
    expect(interview.questions.map((q) => q.title)).toEqual(['Scene question 1', 'Scene question 2', 'Scene question 3']);
    const question = await t.inject({ url: `/api/v1/questions/${scene.questionIds[1]}` });
    const edit = await t.inject({ method: 'PATCH', url: `/api/v1/questions/${scene.questionIds[1]}`, headers: { 'if-match': question.headers.etag as string }, payload: { title: 'Renamed after scheduling', prompt: 'A new prompt' } });
    expect(edit.statusCode).toBe(200);
    const read = (await t.inject({ url: `/api/v1/interviews/${interview.id}` })).json();
    expect(read.questions[1]).toMatchObject({ title: 'Scene question 2', notes: 'Push on retries', sectionIndex: 1 });
    expect(read.questions[1].prompt).not.toContain('A new prompt');
    expect(read.sections).toEqual([
      { index: 0, title: 'Warm-up', minutes: 15, positions: [0] },
      { index: 1, title: 'Deep dive', minutes: 30, positions: [1, 2] },
    ]);
    expect(read.interviewers.map((p: { userId: string }) => p.userId)).toEqual([alice.userId]);
  });

  it('refuses interviewers who may not interview and candidates of other workspaces', async () => {
    const viewer = await t.addUser('viewer');
    const res = await t.inject({ method: 'POST', url: '/api/v1/interviews', payload: { candidateId: scene.candidateId, kitId: scene.kitId, interviewerIds: [viewer.userId], scheduledAt: '2026-12-01T10:00:00Z' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors[0].message).toContain('cannot interview');
    const rival = await t.addWorkspace();
    const elsewhere = await t.inject({ method: 'POST', url: '/api/v1/interviews', headers: rival.auth, payload: { candidateId: scene.candidateId, kitId: scene.kitId, interviewerIds: [rival.userId], scheduledAt: '2026-12-01T10:00:00Z' } });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('moves through scheduled → in progress → completed; only its interviewers run it', async () => {
    const interview = await scheduleInterview(t, scene, [alice]);
    const byBob = await t.inject({ method: 'POST', url: `/api/v1/interviews/${interview.id}/start`, headers: bob.auth });
    expect(byBob.statusCode).toBe(403);
    const started = await t.inject({ method: 'POST', url: `/api/v1/interviews/${interview.id}/start`, headers: alice.auth });
    expect(started.json()).toMatchObject({ status: 'in_progress' });
    expect(started.json().startedAt).toBeTruthy();
    const again = await t.inject({ method: 'POST', url: `/api/v1/interviews/${interview.id}/start`, headers: alice.auth });
    expect(again.json().startedAt).toBe(started.json().startedAt);
    expect((await t.inject({ method: 'POST', url: `/api/v1/interviews/${interview.id}/complete`, headers: alice.auth })).json().status).toBe('completed');
    const cancel = await t.inject({ method: 'POST', url: `/api/v1/interviews/${interview.id}/cancel` });
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json().code).toBe('invalid_state');
  });

  it('reschedules under If-Match and adds a draft for a new interviewer', async () => {
    const interview = await scheduleInterview(t, scene, [alice]);
    const stale = await t.inject({ method: 'PATCH', url: `/api/v1/interviews/${interview.id}`, headers: { 'if-match': '"v0-stale"' }, payload: { interviewerIds: [alice.userId, bob.userId] } });
    expect(stale.statusCode).toBe(412);
    const current = await t.inject({ url: `/api/v1/interviews/${interview.id}` });
    const ok = await t.inject({ method: 'PATCH', url: `/api/v1/interviews/${interview.id}`, headers: { 'if-match': current.headers.etag as string }, payload: { interviewerIds: [alice.userId, bob.userId] } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await mine(interview.id, bob)).json()).toMatchObject({ status: 'draft', items: [{ position: 0, score: null }, { position: 1 }, { position: 2 }] });
  });
});

describe('a scorecard', () => {
  it('autosaves drafts under If-Match, merging items by position', async () => {
    const interview = await scheduleInterview(t, scene, [alice]);
    expect((await patchMine(interview.id, alice, undefined, { summary: 'x' })).statusCode).toBe(428);
    const first = await mine(interview.id, alice);
    const a = await patchMine(interview.id, alice, first.headers.etag as string, { items: [{ position: 1, score: 4, keyPoints: ['client-key'] }] });
    expect(a.statusCode).toBe(200);
    const b = await patchMine(interview.id, alice, a.headers.etag as string, { items: [{ position: 1, notes: 'Named the key' }, { position: 0, notAsked: true }] });
    expect(b.json().items).toEqual([
      { position: 0, score: null, notAsked: true, keyPoints: [], notes: '' },
      { position: 1, score: 4, notAsked: false, keyPoints: ['client-key'], notes: 'Named the key' },
      { position: 2, score: null, notAsked: false, keyPoints: [], notes: '' },
    ]);
    // Two tabs: the one holding the old ETag is told, and its write changes nothing.
    const stale = await patchMine(interview.id, alice, a.headers.etag as string, { items: [{ position: 1, score: 1 }] });
    expect(stale.statusCode).toBe(412);
    expect(stale.headers.etag).toBe(b.headers.etag);
    expect((await mine(interview.id, alice)).json().items[1].score).toBe(4);
    const unknown = await patchMine(interview.id, alice, b.headers.etag as string, { items: [{ position: 9, score: 3 }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].name).toBe('items.0.position');
    expect((await mine(interview.id, bob)).statusCode).toBe(404);
  });

  it('submits once: incomplete is refused, a retry replays, afterwards it is immutable and amended by revision', async () => {
    const interview = await scheduleInterview(t, scene, [alice]);
    const url = `/api/v1/interviews/${interview.id}/scorecards/mine/submit`;
    expect((await t.inject({ method: 'POST', url, headers: alice.auth })).statusCode).toBe(428);
    const incomplete = await t.inject({ method: 'POST', url, headers: { ...alice.auth, 'idempotency-key': 'k-incomplete' } });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().errors.map((e: { name: string }) => e.name)).toEqual(['items.0', 'items.1', 'items.2', 'recommendation']);

    const draft = await mine(interview.id, alice);
    await patchMine(interview.id, alice, draft.headers.etag as string, { items: [{ position: 0, score: 3 }, { position: 1, score: 4 }, { position: 2, notAsked: true }], recommendation: 'yes', summary: 'Solid' });
    const first = await t.inject({ method: 'POST', url, headers: { ...alice.auth, 'idempotency-key': 'k-1' } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'submitted', revision: 1, revisions: [{ revision: 1, reason: '' }] });
    const replay = await t.inject({ method: 'POST', url, headers: { ...alice.auth, 'idempotency-key': 'k-1' } });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(first.json());
    const twice = await t.inject({ method: 'POST', url, headers: { ...alice.auth, 'idempotency-key': 'k-2' } });
    expect(twice.statusCode).toBe(409);

    const edit = await patchMine(interview.id, alice, first.headers.etag as string, { summary: 'rewrite history' });
    expect(edit.statusCode).toBe(409);
    const noReason = await t.inject({ method: 'POST', url: `/api/v1/interviews/${interview.id}/scorecards/mine/amendments`, headers: alice.auth, payload: { recommendation: 'maybe' } });
    expect(noReason.statusCode).toBe(400);
    const amended = await t.inject({
      method: 'POST',
      url: `/api/v1/interviews/${interview.id}/scorecards/mine/amendments`,
      headers: alice.auth,
      payload: { items: [{ position: 1, score: 2 }], recommendation: 'maybe', reason: 'Re-read my notes: the retry answer was wrong' },
    });
    expect(amended.statusCode, amended.body).toBe(200);
    expect(amended.json()).toMatchObject({ revision: 2, recommendation: 'maybe', revisions: [{ revision: 1 }, { revision: 2, reason: 'Re-read my notes: the retry answer was wrong' }] });
    expect(amended.json().items[1].score).toBe(2);

    const audit = (await t.inject({ url: '/api/v1/audit?action=scorecard' })).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['scorecard.submit', 'scorecard.amend']));
    expect(JSON.stringify(audit)).not.toContain('Solid');
  });
});
