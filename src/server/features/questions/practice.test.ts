// A candidate's session or token must not obtain a reference answer, key point, anchor, follow-up
// or red flag through any route: this crawls every registered route as a candidate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sampleQuestion, TEST_ORIGIN, type TestApp } from '../../test/test-app';

const SECRETS = ['zebrafishanswer', 'quokkakeypoint', 'axolotlevidence', 'narwhalanchor', 'pangolinfollowup', 'okapiredflag'];

let t: TestApp;
let question: { id: string; slug: string };
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

  it('practice search never matches on the reference answer', async () => {
    const candidate = await t.addUser('candidate');
    const hit = await t.inject({ url: '/api/v1/practice/questions?q=refunds', headers: candidate.auth });
    expect(hit.json().items.map((i: { slug: string }) => i.slug)).toContain(question.slug);
    const byAnswer = await t.inject({ url: '/api/v1/practice/questions?q=zebrafishanswer', headers: candidate.auth });
    expect(byAnswer.json().total).toBe(0);
    // Staff search does use the answer.
    expect((await t.inject({ url: '/api/v1/questions?q=zebrafishanswer' })).json().total).toBe(1);
  });

  it.each(['session', 'token'] as const)('no route gives a candidate %s any answer, key point, anchor, follow-up or red flag', async (via) => {
    const candidate = await t.addUser('candidate');
    const headers: Record<string, string> = via === 'token' ? candidate.auth : { cookie: await t.signIn(candidate), origin: TEST_ORIGIN };
    const leaks: string[] = [];
    const routes = t.app.routeAccess.filter((r) => !r.url.includes('*') && !r.url.endsWith('sign-out'));
    for (const route of routes) {
      for (const id of [question.id, question.slug]) {
        const url = route.url.replace(':id', id).replace(':token', 'x'.repeat(20));
        for (const query of ['', '?q=zebrafishanswer', '?q=ledger&limit=100']) {
          const res = await t.app.inject({ method: route.method as 'GET', url: url + query, headers, payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {} });
          const found = SECRETS.filter((s) => res.body.includes(s));
          if (found.length) leaks.push(`${route.method} ${url}${query} → ${res.statusCode}: ${found.join(', ')}`);
        }
      }
    }
    expect(routes.length).toBeGreaterThan(30);
    expect(leaks).toEqual([]);
  });
});
