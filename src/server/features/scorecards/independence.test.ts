// The independence rule against direct API calls by every role: until an interviewer has submitted
// their own scorecard for a candidate, no route gives them another interviewer's scores, notes or
// recommendation for that candidate — not the interview's list, the debrief, the CSV, calibration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../../shared/auth.schema';
import { createTestApp, type TestApp, type TestUser } from '../../test/test-app';
import { createHiringScene, scheduleInterview, scoreAndSubmit, type HiringScene } from '../../test/hiring-fixture';

let t: TestApp;
let scene: HiringScene;
/** Alice submits first; her words must not reach anyone still owing a scorecard. */
let alice: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  scene = await createHiringScene(t);
  alice = await t.addUser('interviewer');
});
afterAll(() => t.close());

/** Every read that could carry Alice's scorecard, as `user` sees it. */
async function everythingVisibleTo(user: TestUser, interviewId: string) {
  const urls = [
    `/api/v1/interviews/${interviewId}/scorecards`,
    `/api/v1/candidates/${scene.candidateId}/debrief`,
    `/api/v1/candidates/${scene.candidateId}/scorecards.csv`,
    '/api/v1/analytics/calibration',
    `/api/v1/interviews/${interviewId}`,
    '/api/v1/interviews',
  ];
  const responses = await Promise.all(urls.map((url) => t.inject({ url, headers: user.auth })));
  return Object.fromEntries(urls.map((url, i) => [url, responses[i]!]));
}

const leaksAlice = (body: string) => body.includes(alice.email) || body.includes(`Summary by ${alice.email}`) || body.includes(alice.userId);

describe('scorecard independence', () => {
  it.each(['owner', 'admin', 'interviewer'] as const)('a %s on the panel sees nothing of a colleague’s scorecard until submitting their own', async (role) => {
    const me = role === 'owner' ? t.owner : await t.addUser(role);
    const interview = await scheduleInterview(t, scene, [alice, me]);
    await scoreAndSubmit(t, interview.id, alice, [5, 5, 1], 'strong_yes');

    const before = await everythingVisibleTo(me, interview.id);
    for (const [url, res] of Object.entries(before)) {
      // Calibration is not open to interviewers at all; for the others it must hold nothing of Alice's.
      if (url.includes('calibration') && role === 'interviewer') {
        expect(res.statusCode).toBe(403);
        continue;
      }
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      expect(leaksAlice(res.body) && !url.endsWith(interview.id) && !url.endsWith('/interviews'), `${url} leaked Alice's scorecard`).toBe(false);
      // scoreAndSubmit writes Alice's notes as "<email> on <position>".
      expect(res.body).not.toContain(`${alice.email} on `);
    }
    const list = before[`/api/v1/interviews/${interview.id}/scorecards`]!.json();
    expect(list.hidden).toBeGreaterThanOrEqual(1);
    expect(list.items.map((s: { interviewer: { userId: string } }) => s.interviewer.userId)).toEqual([me.userId]);
    const debrief = before[`/api/v1/candidates/${scene.candidateId}/debrief`]!.json();
    expect(debrief.hidden.count).toBeGreaterThanOrEqual(1);
    expect(debrief.hidden.reason).toMatch(/submit/i);
    expect(debrief.rows.flatMap((r: { cells: unknown[] }) => r.cells)).toEqual([]);
    expect(debrief.aggregate.meanScore).toBeNull();

    await scoreAndSubmit(t, interview.id, me, [2, 3, 2], 'no');
    const after = await everythingVisibleTo(me, interview.id);
    const listAfter = after[`/api/v1/interviews/${interview.id}/scorecards`]!.json();
    expect(listAfter.hidden).toBe(0);
    expect(listAfter.items.map((s: { interviewer: { userId: string } }) => s.interviewer.userId).sort()).toEqual([alice.userId, me.userId].sort());
    expect(after[`/api/v1/candidates/${scene.candidateId}/scorecards.csv`]!.body).toContain(`Summary by ${alice.email}`);
  });

  it('a viewer, who interviews no one, reads submitted scorecards but never drafts; a candidate reads nothing', async () => {
    const bob = await t.addUser('interviewer');
    const interview = await scheduleInterview(t, scene, [alice, bob]);
    await scoreAndSubmit(t, interview.id, alice, [4, 4, 4], 'yes');
    const draftEtag = (await t.inject({ url: `/api/v1/interviews/${interview.id}/scorecards/mine`, headers: bob.auth })).headers.etag as string;
    await t.inject({ method: 'PATCH', url: `/api/v1/interviews/${interview.id}/scorecards/mine`, headers: { ...bob.auth, 'if-match': draftEtag }, payload: { summary: 'BOB-DRAFT-THOUGHTS' } });

    const viewer = await t.addUser('viewer');
    const seen = await everythingVisibleTo(viewer, interview.id);
    expect(seen[`/api/v1/interviews/${interview.id}/scorecards`]!.json().items.map((s: { interviewer: { userId: string } }) => s.interviewer.userId)).toContain(alice.userId);
    for (const res of Object.values(seen)) expect(res.body).not.toContain('BOB-DRAFT-THOUGHTS');

    const candidate = await t.addUser('candidate');
    for (const res of Object.values(await everythingVisibleTo(candidate, interview.id))) expect(res.statusCode).toBe(403);
  });

  it('every role, by direct call, gets exactly what the rule allows', async () => {
    const interview = await scheduleInterview(t, scene, [alice]);
    await scoreAndSubmit(t, interview.id, alice, [3, 3, 3], 'maybe');
    for (const role of ROLES) {
      const user = role === 'owner' ? t.owner : await t.addUser(role);
      const res = await t.inject({ url: `/api/v1/interviews/${interview.id}/scorecards`, headers: user.auth });
      if (role === 'candidate') expect(res.statusCode).toBe(403);
      else {
        // Not on this candidate's panel with a pending scorecard → the rule does not apply to them…
        const pending = (await t.inject({ url: `/api/v1/candidates/${scene.candidateId}/debrief`, headers: user.auth })).json().hidden.reason !== null;
        const ids = res.json().items.map((s: { interviewer: { userId: string } }) => s.interviewer.userId);
        // …unless an earlier test put them on it: then Alice's stays hidden until they submit.
        expect(ids.includes(alice.userId), `${role} pending=${pending}`).toBe(!pending);
      }
    }
  });

  it('the workspace may relax the rule, and only an admin may', async () => {
    const carol = await t.addUser('interviewer');
    const interview = await scheduleInterview(t, scene, [alice, carol]);
    await scoreAndSubmit(t, interview.id, alice, [2, 2, 2], 'no');
    const read = () => t.inject({ url: `/api/v1/interviews/${interview.id}/scorecards`, headers: carol.auth });
    expect((await read()).json().hidden).toBeGreaterThanOrEqual(1);
    expect((await t.inject({ method: 'PUT', url: '/api/v1/settings/workspace', headers: carol.auth, payload: { showScorecardsBeforeSubmit: true } })).statusCode).toBe(403);
    expect((await t.inject({ method: 'PUT', url: '/api/v1/settings/workspace', payload: { showScorecardsBeforeSubmit: true } })).json()).toEqual({ showScorecardsBeforeSubmit: true });
    const relaxed = (await read()).json();
    expect(relaxed.hidden).toBe(0);
    expect(relaxed.items.map((s: { interviewer: { userId: string } }) => s.interviewer.userId)).toContain(alice.userId);
    await t.inject({ method: 'PUT', url: '/api/v1/settings/workspace', payload: { showScorecardsBeforeSubmit: false } });
    expect((await read()).json().hidden).toBeGreaterThanOrEqual(1);
  });
});
