// The debrief, the decision, the CSV export and calibration, from two interviewers who disagree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createTestApp, type TestApp, type TestUser } from '../../test/test-app';
import { createHiringScene, scheduleInterview, scoreAndSubmit, type HiringScene } from '../../test/hiring-fixture';

let t: TestApp;
let scene: HiringScene;
let alice: TestUser;
let bob: TestUser;
let interviewId: string;

beforeAll(async () => {
  t = await createTestApp();
  scene = await createHiringScene(t);
  alice = await t.addUser('interviewer');
  bob = await t.addUser('interviewer');
  interviewId = (await scheduleInterview(t, scene, [alice, bob])).id;
  await scoreAndSubmit(t, interviewId, alice, [5, 4, 2], 'yes');
  // Bob's notes start like a spreadsheet formula: the export must not let it run.
  const card = await t.inject({ url: `/api/v1/interviews/${interviewId}/scorecards/mine`, headers: bob.auth });
  await t.inject({ method: 'PATCH', url: `/api/v1/interviews/${interviewId}/scorecards/mine`, headers: { ...bob.auth, 'if-match': card.headers.etag as string }, payload: { items: [{ position: 0, notes: '=HYPERLINK("http://evil.example")' }] } });
  const res = await t.inject({ url: `/api/v1/interviews/${interviewId}/scorecards/mine`, headers: bob.auth });
  await t.inject({ method: 'PATCH', url: `/api/v1/interviews/${interviewId}/scorecards/mine`, headers: { ...bob.auth, 'if-match': res.headers.etag as string }, payload: { items: [{ position: 0, score: 3 }, { position: 1, score: 4 }, { position: 2, score: 5 }], recommendation: 'no', summary: 'Unsure about depth' } });
  const submitted = await t.inject({ method: 'POST', url: `/api/v1/interviews/${interviewId}/scorecards/mine/submit`, headers: { ...bob.auth, 'idempotency-key': 'bob-1' } });
  expect(submitted.statusCode, submitted.body).toBe(200);
});
afterAll(() => t.close());

describe('the debrief', () => {
  it('lays the scores side by side, flags spreads of 2 or more and aggregates them mechanically', async () => {
    const debrief = (await t.inject({ url: `/api/v1/candidates/${scene.candidateId}/debrief` })).json();
    expect(debrief.hidden).toEqual({ count: 0, reason: null });
    expect(debrief.pending).toEqual([]);
    const scoresOf = (row: { cells: { userId: string; score: number }[] }) => Object.fromEntries(row.cells.map((c) => [c.userId === alice.userId ? 'alice' : 'bob', c.score]));
    expect(debrief.rows.map(scoresOf)).toEqual([
      { alice: 5, bob: 3 },
      { alice: 4, bob: 4 },
      { alice: 2, bob: 5 },
    ]);
    expect(debrief.rows.map((r: { spread: number; disagreement: boolean; mean: number }) => [r.spread, r.disagreement, r.mean])).toEqual([
      [2, true, 4],
      [0, false, 4],
      [3, true, 3.5],
    ]);
    expect(debrief.aggregate).toEqual({ meanScore: 3.83, scoredAnswers: 6, recommendations: { yes: 1, no: 1 }, meanRecommendation: 3, disagreements: 2 });
    const evidence = debrief.rows[0].cells.find((c: { userId: string }) => c.userId === bob.userId);
    expect(evidence.notes).toBe('=HYPERLINK("http://evil.example")');
    expect(debrief.scorecards.map((s: { name: string; meanScore: number }) => s.meanScore).sort()).toEqual([3.67, 4]);
  });

  it('records the decision with its rationale, keeps the history and moves the candidate on', async () => {
    const interviewer = await t.inject({ method: 'POST', url: `/api/v1/candidates/${scene.candidateId}/decision`, headers: alice.auth, payload: { decision: 'hire', rationale: 'Strong on design.' } });
    expect(interviewer.statusCode).toBe(403);
    const short = await t.inject({ method: 'POST', url: `/api/v1/candidates/${scene.candidateId}/decision`, payload: { decision: 'hire', rationale: 'ok' } });
    expect(short.statusCode).toBe(400);
    await t.inject({ method: 'POST', url: `/api/v1/candidates/${scene.candidateId}/decision`, payload: { decision: 'hold', rationale: 'Waiting for the reference check.' } });
    const hire = await t.inject({ method: 'POST', url: `/api/v1/candidates/${scene.candidateId}/decision`, payload: { decision: 'hire', rationale: 'Disagreement on retries resolved: Bob agreed after discussion.' } });
    expect(hire.statusCode, hire.body).toBe(201);
    const debrief = (await t.inject({ url: `/api/v1/candidates/${scene.candidateId}/debrief` })).json();
    expect(debrief.decision).toMatchObject({ decision: 'hire', decidedBy: { userId: t.owner.userId } });
    expect(debrief.decisionHistory.map((d: { decision: string }) => d.decision)).toEqual(['hire', 'hold']);
    expect(debrief.candidate.status).toBe('offer');
  });

  it('exports the scorecards as CSV, one row per question and interviewer, formulas defused', async () => {
    const res = await t.inject({ url: `/api/v1/candidates/${scene.candidateId}/scorecards.csv` });
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toBe('attachment; filename="scorecards-ada-candidate.csv"');
    const rows = parse(res.body, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(6);
    // Bob recommended No; his note on the first question is the formula.
    const bobFirst = rows.find((r) => r.question_number === '1' && r.recommendation === 'No')!;
    expect(bobFirst.notes).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(rows.map((r) => r.score).sort()).toEqual(['2', '3', '4', '4', '5', '5']);
  });

  it('answers 404 for a candidate of another workspace', async () => {
    const rival = await t.addWorkspace();
    expect((await t.inject({ url: `/api/v1/candidates/${scene.candidateId}/debrief`, headers: rival.auth })).statusCode).toBe(404);
  });
});

describe('calibration', () => {
  it('reports leniency against the team mean and agreement computed as by hand', async () => {
    const calibration = (await t.inject({ url: '/api/v1/analytics/calibration' })).json();
    // 23 points over 6 ratings; Alice 11/3, Bob 12/3.
    expect(calibration.teamMean).toBe(3.833);
    const byUser = Object.fromEntries(calibration.interviewers.map((i: { userId: string }) => [i.userId, i]));
    expect(byUser[alice.userId]).toMatchObject({ scorecards: 1, ratings: 3, mean: 3.667, leniency: -0.167, spread: 1.528 });
    expect(byUser[bob.userId]).toMatchObject({ scorecards: 1, ratings: 3, mean: 4, leniency: 0.167, spread: 1 });
    // ICC(2,1) of [[5,3],[4,4],[2,5]]: BMS 1/6, JMS 1/6, EMS 19/6 → (1/6 − 19/6) / (1/6 + 19/6 + 2(1/6 − 19/6)/3) = −2.25.
    expect(calibration.agreement).toMatchObject({ units: 3, raters: 2, icc: -2.25 });
    expect(calibration.agreement.alpha).toBeLessThan(0);
    expect(calibration.agreement.perKit).toHaveLength(1);
    expect(calibration.questions).toHaveLength(3);
    expect(calibration.questions.every((q: { timesAsked: number; leakRisk: boolean }) => q.timesAsked === 1 && !q.leakRisk)).toBe(true);
    expect(calibration.withheldCandidates).toBe(0);
  });

  it('leaves out cancelled interviews', async () => {
    const carol = await t.addUser('interviewer');
    const other = await scheduleInterview(t, scene, [carol]);
    await scoreAndSubmit(t, other.id, carol, [1, 1, 1], 'strong_no');
    await t.inject({ method: 'POST', url: `/api/v1/interviews/${other.id}/start`, headers: carol.auth });
    const cancelled = await t.inject({ method: 'POST', url: `/api/v1/interviews/${other.id}/cancel` });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const calibration = (await t.inject({ url: '/api/v1/analytics/calibration' })).json();
    expect(calibration.interviewers.map((i: { userId: string }) => i.userId)).not.toContain(carol.userId);
    expect(calibration.teamMean).toBe(3.833);
  });
});
