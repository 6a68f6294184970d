// A hiring scene for API tests: questions in the bank, a kit, a candidate and a scheduled
// interview, all made through the API as a team would (the candidate row directly while the
// candidates API is optional to this fixture's callers).
import { expect } from 'vitest';
import { candidates } from '../db/hiring-schema';
import { sampleQuestion, type TestApp, type TestUser } from './test-app';

export interface HiringScene {
  questionIds: string[];
  kitId: string;
  candidateId: string;
}

export async function createCandidate(t: TestApp, name = 'Ada Candidate', workspaceId = t.workspaceId): Promise<string> {
  const [row] = await t.database.db.insert(candidates).values({ workspaceId, name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`, roleApplied: 'Backend developer' }).returning();
  return row!.id;
}

/** Three questions in two sections, a candidate; `as` makes them in that user's workspace. */
export async function createHiringScene(t: TestApp, as?: TestUser): Promise<HiringScene> {
  const headers = as?.auth;
  const questionIds: string[] = [];
  for (let i = 0; i < 3; i++) {
    const res = await t.inject({ method: 'POST', url: '/api/v1/questions', headers, payload: sampleQuestion({ title: `Scene question ${i + 1}` }) });
    expect(res.statusCode, res.body).toBe(201);
    questionIds.push(res.json().id);
  }
  const kit = await t.inject({
    method: 'POST',
    url: '/api/v1/kits',
    headers,
    payload: {
      name: 'Scene kit',
      minutes: 45,
      sections: [
        { title: 'Warm-up', minutes: 15, questions: [{ questionId: questionIds[0] }] },
        { title: 'Deep dive', minutes: 30, questions: [{ questionId: questionIds[1], notes: 'Push on retries' }, { questionId: questionIds[2] }] },
      ],
    },
  });
  expect(kit.statusCode, kit.body).toBe(201);
  return { questionIds, kitId: kit.json().id, candidateId: await createCandidate(t, 'Ada Candidate', as?.workspaceId ?? t.workspaceId) };
}

export async function scheduleInterview(t: TestApp, scene: { kitId: string; candidateId: string }, interviewers: TestUser[], as?: TestUser) {
  const res = await t.inject({
    method: 'POST',
    url: '/api/v1/interviews',
    headers: as?.auth,
    payload: { candidateId: scene.candidateId, kitId: scene.kitId, interviewerIds: interviewers.map((u) => u.userId), scheduledAt: '2026-12-01T10:00:00Z' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; questions: { position: number; title: string; prompt: string }[] };
}

/** Scores every question with `scores` (by position), recommends, and submits as `user`. */
export async function scoreAndSubmit(t: TestApp, interviewId: string, user: TestUser, scores: (number | null)[], recommendation = 'yes') {
  const mine = await t.inject({ url: `/api/v1/interviews/${interviewId}/scorecards/mine`, headers: user.auth });
  expect(mine.statusCode, mine.body).toBe(200);
  const items = scores.map((score, position) => (score === null ? { position, notAsked: true } : { position, score, notes: `${user.email} on ${position}` }));
  const patch = await t.inject({
    method: 'PATCH',
    url: `/api/v1/interviews/${interviewId}/scorecards/mine`,
    headers: { ...user.auth, 'if-match': mine.headers.etag as string },
    payload: { items, recommendation, summary: `Summary by ${user.email}` },
  });
  expect(patch.statusCode, patch.body).toBe(200);
  const submit = await t.inject({ method: 'POST', url: `/api/v1/interviews/${interviewId}/scorecards/mine/submit`, headers: { ...user.auth, 'idempotency-key': `submit-${interviewId}-${user.userId}` } });
  expect(submit.statusCode, submit.body).toBe(200);
  return submit.json();
}
