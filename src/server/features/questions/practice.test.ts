// A candidate's session or token must not obtain a reference answer, key point, anchor, follow-up
// or red flag through any route: this crawls every registered route as a candidate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sampleQuestion, TEST_ORIGIN, type TestApp } from '../../test/test-app';

const SECRETS = ['zebrafishanswer', 'quokkakeypoint', 'axolotlevidence', 'narwhalanchor', 'pangolinfollowup', 'okapiredflag'];

let t: TestApp;
let question: { id: string; slug: string };
/** Another candidate's practice session and attempt on that question: the crawl tries their ids too. */
const practised = { sessionId: '', attemptId: '' };
const LEDGER_ANSWER = 'I would keep every change to the balance as its own row and never overwrite old rows, so the history explains the total at any moment.';
beforeAll(async () => {
  t = await createTestApp();
  const created = await t.inject({
    method: 'POST',
    url: '/api/v1/questions',
    payload: sampleQuestion({
      title: 'Designing a ledger for refunds',
      prompt: 'How would you record refunds so the **balance** is always explainable?',
      whyAsked: 'Money must add up.',
      approach: 'Think about append-only records.',
      referenceAnswer: 'Use an append-only ledger; the zebrafishanswer is double entry.',
      keyPoints: [{ id: 'ledger', text: 'Append-only quokkakeypoint', weight: 3, evidence: ['axolotlevidence'], followUp: 'pangolinfollowup one?' }],
      anchors: { 1: 'narwhalanchor none', 2: 'Vague.', 3: 'Ledger.', 4: 'Double entry.', 5: 'Reconciliation.' },
      followUps: [{ prompt: 'What about pangolinfollowup currency?', keyPoints: ['ledger'] }],
      redFlags: [{ text: 'Updates balances okapiredflag in place', evidence: ['update the balance'] }],
    }),
  });
  question = created.json();
  const practiser = await t.addUser('candidate');
  practised.sessionId = (await t.inject({ method: 'POST', url: '/api/v1/practice/sessions', headers: practiser.auth, payload: { mode: 'mock', length: 1 } })).json().id;
  const attempt = await t.inject({ method: 'POST', url: '/api/v1/practice/attempts', headers: practiser.auth, payload: { questionId: question.id, sessionId: practised.sessionId, answer: LEDGER_ANSWER } });
  practised.attemptId = attempt.json().attempt.id;
});
afterAll(() => t.close());

describe('what a candidate can read', () => {
  it('the practice view has the prompt, hints and why asked, and nothing else', async () => {
    const candidate = await t.addUser('candidate');
    const res = await t.inject({ url: `/api/v1/practice/questions/${question.slug}`, headers: candidate.auth });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual(['approach', 'category', 'difficulty', 'id', 'minutes', 'prompt', 'slug', 'tags', 'title', 'type', 'version', 'whyAsked']);
    expect(res.json()).toMatchObject({ title: 'Designing a ledger for refunds', whyAsked: 'Money must add up.' });
  });

  it('practice search never matches on the answer: its key points are indexed for staff only', async () => {
    const candidate = await t.addUser('candidate');
    const hit = await t.inject({ url: '/api/v1/practice/questions?q=refunds', headers: candidate.auth });
    expect(hit.json().items.map((i: { slug: string }) => i.slug)).toContain(question.slug);
    const byKeyPoint = await t.inject({ url: '/api/v1/practice/questions?q=quokkakeypoint', headers: candidate.auth });
    expect(byKeyPoint.json().total).toBe(0);
    // Staff search matches the key points (weight C); the reference answer's prose is not indexed.
    expect((await t.inject({ url: '/api/v1/questions?q=quokkakeypoint' })).json().total).toBe(1);
    expect((await t.inject({ url: '/api/v1/questions?q=zebrafishanswer' })).json().total).toBe(0);
  });

  it.each(['session', 'token'] as const)('no route gives a candidate %s any answer, key point, anchor, follow-up or red flag', async (via) => {
    const candidate = await t.addUser('candidate');
    const headers: Record<string, string> = via === 'token' ? candidate.auth : { cookie: await t.signIn(candidate), origin: TEST_ORIGIN };
    const leaks: string[] = [];
    const routes = t.app.routeAccess.filter((r) => !r.url.includes('*') && !r.url.endsWith('sign-out'));
    for (const route of routes) {
      // A route without parameters answers the same whatever id is tried: ask it once.
      const ids = route.url.includes(':') ? [question.id, question.slug, practised.sessionId, practised.attemptId] : [''];
      for (const id of ids) {
        const url = route.url.replace(':id', id).replace(':token', 'x'.repeat(20));
        for (const query of ['', '?q=quokkakeypoint', '?q=ledger&limit=100']) {
          const res = await t.app.inject({ method: route.method as 'GET', url: url + query, headers, payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {} });
          const found = SECRETS.filter((s) => res.body.includes(s));
          if (found.length) leaks.push(`${route.method} ${url}${query} → ${res.statusCode}: ${found.join(', ')}`);
        }
      }
    }
    expect(routes.length).toBeGreaterThan(30);
    expect(leaks).toEqual([]);
  });

  it('a practice session shows practice views; only the response to one’s own attempt reveals the answer, key points and anchor', async () => {
    const candidate = await t.addUser('candidate');
    const session = await t.inject({ method: 'POST', url: '/api/v1/practice/sessions', headers: candidate.auth, payload: { mode: 'review', length: 20 } });
    expect(session.statusCode).toBe(201);
    expect(session.json().questions.map((q: { id: string }) => q.id)).toContain(question.id);
    const before = [session.body];
    for (const url of [`/api/v1/practice/sessions/${session.json().id}`, '/api/v1/practice/sessions', '/api/v1/practice/reviews', '/api/v1/practice/progress', '/api/v1/practice/options'])
      before.push((await t.inject({ url, headers: candidate.auth })).body);
    expect(SECRETS.filter((s) => before.some((body) => body.includes(s)))).toEqual([]);

    const attempt = await t.inject({ method: 'POST', url: '/api/v1/practice/attempts', headers: candidate.auth, payload: { questionId: question.id, sessionId: session.json().id, answer: LEDGER_ANSWER } });
    expect(attempt.statusCode).toBe(201);
    expect(attempt.body).toContain('zebrafishanswer');
    expect(attempt.body).toContain('quokkakeypoint');
    // The evidence phrases the grader matches are never shown: they would teach the grader, not the topic.
    expect(attempt.body).not.toContain('axolotlevidence');
    const report = (await t.inject({ url: `/api/v1/practice/sessions/${session.json().id}`, headers: candidate.auth })).body;
    expect(report).not.toContain('zebrafishanswer');
    expect(report).not.toContain('axolotlevidence');
  });
});
