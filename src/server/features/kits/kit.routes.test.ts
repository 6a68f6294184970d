import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sampleQuestion, type TestApp } from '../../test/test-app';

let t: TestApp;
let q: { id: string; slug: string; title: string; minutes: number }[];
beforeAll(async () => {
  t = await createTestApp();
  q = [];
  for (const minutes of [10, 15, 20]) q.push((await t.inject({ method: 'POST', url: '/api/v1/questions', payload: sampleQuestion({ minutes }) })).json());
});
afterAll(() => t.close());

const kitBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Backend screen',
  minutes: 30,
  notes: 'Be kind.',
  sections: [
    { title: 'API', minutes: 12, notes: 'Start easy.', questions: [{ questionId: q[0]!.id, notes: 'Listen for keys.' }] },
    { title: 'Depth', minutes: 15, questions: [{ questionId: q[1]!.id }] },
  ],
  ...overrides,
});
const create = (payload: unknown = kitBody(), headers: Record<string, string> = {}) => t.inject({ method: 'POST', url: '/api/v1/kits', payload: payload as object, headers });
const patch = (id: string, payload: unknown, ifMatch?: string) =>
  t.inject({ method: 'PATCH', url: `/api/v1/kits/${id}`, payload: payload as object, headers: ifMatch ? { 'if-match': ifMatch } : {} });
const audit = async (action: string) => (await t.inject({ url: `/api/v1/audit?action=${action}&limit=100` })).json().items as { action: string; targetId: string; details: Record<string, unknown> }[];

describe('creating and reading kits', () => {
  it('creates a kit (201, Location, ETag) and reads it back with question summaries, planned minutes and notes', async () => {
    const res = await create();
    expect(res.statusCode, res.body).toBe(201);
    const kit = res.json();
    expect(res.headers.location).toBe(`/api/v1/kits/${kit.id}`);
    expect(res.headers.etag).toBe(kit.etag);
    expect(kit).toMatchObject({ name: 'Backend screen', minutes: 30, notes: 'Be kind.', version: 1, origin: null, plannedMinutes: 25, questionCount: 2, warnings: [] });
    expect(kit.sections[0]).toMatchObject({ title: 'API', minutes: 12, notes: 'Start easy.', plannedMinutes: 10 });
    expect(kit.sections[0].questions[0]).toEqual({
      questionId: q[0]!.id,
      notes: 'Listen for keys.',
      question: { id: q[0]!.id, slug: q[0]!.slug, title: q[0]!.title, category: 'API Design', difficulty: 'medium', type: 'technical', minutes: 10, deleted: false },
    });
    const read = await t.inject({ url: `/api/v1/kits/${kit.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe(kit.etag);
    expect(read.json()).toEqual(kit);
    expect((await audit('kit.create')).some((e) => e.targetId === kit.id)).toBe(true);
  });

  it('lists kits by name with planned minutes, counts and warnings, and no sections', async () => {
    const a = (await create(kitBody({ name: 'Aardvark kit' }))).json();
    const list = (await t.inject({ url: '/api/v1/kits' })).json().items;
    const item = list.find((k: { id: string }) => k.id === a.id);
    expect(item).toMatchObject({ name: 'Aardvark kit', plannedMinutes: 25, questionCount: 2, sectionCount: 2, warnings: [] });
    expect(item.sections).toBeUndefined();
    const names = list.map((k: { name: string }) => k.name);
    expect(names).toEqual([...names].sort((x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0)));
  });

  it('warns, without refusing, when the questions plan more than the duration or a time box', async () => {
    const res = await create(kitBody({ minutes: 20, sections: [{ title: 'All', minutes: 20, questions: [{ questionId: q[0]!.id }, { questionId: q[2]!.id }] }] }));
    expect(res.statusCode).toBe(201);
    expect(res.json().plannedMinutes).toBe(30);
    expect(res.json().warnings).toEqual(['The questions plan 30 minutes in a 20-minute interview.', '"All" plans 30 minutes of questions in 20.']);
  });

  it('replays a create with the same Idempotency-Key instead of making a second kit', async () => {
    const key = `kit-${Math.random()}`;
    const first = await create(kitBody({ name: 'Idempotent kit' }), { 'idempotency-key': key });
    const again = await create(kitBody({ name: 'Idempotent kit' }), { 'idempotency-key': key });
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    const list = (await t.inject({ url: '/api/v1/kits' })).json().items;
    expect(list.filter((k: { name: string }) => k.name === 'Idempotent kit')).toHaveLength(1);
  });
});

describe('validation problems', () => {
  it('names each invalid field (400 problem+json)', async () => {
    const res = await create({ name: 'x', minutes: 3, sections: [{ title: '', minutes: 0, questions: [{ questionId: 'nope' }] }] });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const names = res.json().errors.map((e: { name: string }) => e.name);
    expect(names).toEqual(expect.arrayContaining(['name', 'minutes', 'sections.0.title', 'sections.0.minutes', 'sections.0.questions.0.questionId']));
  });

  it('refuses a question that is not in the bank (422 unknown_question) and one asked twice (400)', async () => {
    const res = await create(kitBody({ sections: [{ title: 'A', minutes: 10, questions: [{ questionId: '00000000-0000-4000-8000-000000000000' }] }] }));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'unknown_question', errors: [{ in: 'body', name: 'sections.0.questions.0.questionId' }] });
    const twice = await create(kitBody({ sections: [{ title: 'A', minutes: 10, questions: [{ questionId: q[0]!.id }] }, { title: 'B', minutes: 10, questions: [{ questionId: q[0]!.id.toUpperCase() }] }] }));
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors).toEqual([{ in: 'body', name: 'sections.1.questions.0.questionId', message: 'appears twice in the kit' }]);
  });
});

describe('editing with If-Match', () => {
  it('needs If-Match (428), refuses a stale one (412 with the current ETag), and saves with the current one', async () => {
    const kit = (await create()).json();
    const reordered = { sections: [kit.sections[1], kit.sections[0]].map((s: { title: string; minutes: number; notes: string; questions: { questionId: string; notes: string }[] }) => ({ ...s, questions: s.questions.map(({ questionId, notes }) => ({ questionId, notes })) })) };
    const missing = await patch(kit.id, reordered);
    expect(missing.statusCode).toBe(428);
    expect(missing.json().code).toBe('precondition_required');

    const saved = await patch(kit.id, reordered, kit.etag);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(2);
    expect(saved.json().sections.map((s: { title: string }) => s.title)).toEqual(['Depth', 'API']);
    expect(saved.headers.etag).not.toBe(kit.etag);

    const stale = await patch(kit.id, { name: 'Lost update' }, kit.etag);
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('precondition_failed');
    expect(stale.headers.etag).toBe(saved.headers.etag);
    expect((await t.inject({ url: `/api/v1/kits/${kit.id}` })).json().name).toBe('Backend screen');
    expect((await audit('kit.update')).filter((e) => e.targetId === kit.id)).toHaveLength(1);
  });

  it('keeps the version when nothing changed, and moves a question between sections', async () => {
    const kit = (await create()).json();
    const same = await patch(kit.id, { name: kit.name }, kit.etag);
    expect(same.json().version).toBe(1);
    expect(same.headers.etag).toBe(kit.etag);
    const moved = await patch(
      kit.id,
      { sections: [{ title: 'API', minutes: 12, questions: [] }, { title: 'Depth', minutes: 15, questions: [{ questionId: q[1]!.id }, { questionId: q[0]!.id, notes: 'moved' }] }] },
      kit.etag,
    );
    expect(moved.json().sections[1].questions.map((x: { questionId: string }) => x.questionId)).toEqual([q[1]!.id, q[0]!.id]);
    expect(moved.json().sections.map((s: { plannedMinutes: number }) => s.plannedMinutes)).toEqual([0, 25]);
  });

  it('flags a question deleted from the bank, warns, and still saves the kit around it', async () => {
    const extra = (await t.inject({ method: 'POST', url: '/api/v1/questions', payload: sampleQuestion({ title: 'Soon to be deleted question' }) })).json();
    const kit = (await create(kitBody({ sections: [{ title: 'A', minutes: 20, questions: [{ questionId: extra.id }] }] }))).json();
    const etag = (await t.inject({ url: `/api/v1/questions/${extra.id}` })).headers.etag as string;
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/questions/${extra.id}`, headers: { 'if-match': etag } })).statusCode).toBe(204);
    const read = (await t.inject({ url: `/api/v1/kits/${kit.id}` })).json();
    expect(read.sections[0].questions[0].question).toMatchObject({ id: extra.id, deleted: true });
    expect(read.warnings).toContain('"Soon to be deleted question" was deleted from the bank: replace it or take it out.');
    expect((await patch(kit.id, { name: 'Renamed with a deleted question' }, read.etag)).statusCode).toBe(200);
    // …but a deleted question cannot be added to another kit.
    const added = await create(kitBody({ sections: [{ title: 'A', minutes: 20, questions: [{ questionId: extra.id }] }] }));
    expect(added.statusCode).toBe(422);
    expect(added.json().errors[0].message).toMatch(/was deleted from the bank/);
  });
});

describe('deleting and duplicating', () => {
  it('duplicates a kit with its sections and notes under a new name', async () => {
    const kit = (await create()).json();
    const copy = await t.inject({ method: 'POST', url: `/api/v1/kits/${kit.id}/duplicate` });
    expect(copy.statusCode, copy.body).toBe(201);
    expect(copy.json()).toMatchObject({ name: 'Backend screen (copy)', version: 1, notes: kit.notes, plannedMinutes: kit.plannedMinutes });
    expect(copy.json().id).not.toBe(kit.id);
    expect(copy.json().sections).toEqual(kit.sections);
    const named = await t.inject({ method: 'POST', url: `/api/v1/kits/${kit.id}/duplicate`, payload: { name: 'Senior screen' } });
    expect(named.json().name).toBe('Senior screen');
    expect((await audit('kit.create')).find((e) => e.targetId === named.json().id)?.details).toMatchObject({ duplicatedFrom: kit.id });
  });

  it('deletes with If-Match only; the kit is then gone from reads and the list', async () => {
    const kit = (await create(kitBody({ name: 'To delete' }))).json();
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/kits/${kit.id}` })).statusCode).toBe(428);
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/kits/${kit.id}`, headers: { 'if-match': '"v0-0000000000000000"' } })).statusCode).toBe(412);
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/kits/${kit.id}`, headers: { 'if-match': kit.etag } })).statusCode).toBe(204);
    expect((await t.inject({ url: `/api/v1/kits/${kit.id}` })).statusCode).toBe(404);
    expect((await t.inject({ url: '/api/v1/kits' })).json().items.some((k: { id: string }) => k.id === kit.id)).toBe(false);
    expect((await audit('kit.delete')).some((e) => e.targetId === kit.id)).toBe(true);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await t.inject({ url: `/api/v1/kits/${id}` });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('not_found');
    }
  });
});

describe('workspace isolation', () => {
  it("never reads, changes or uses another workspace's kits and questions", async () => {
    const other = await t.addWorkspace('Kit rivals');
    const theirQuestion = (await t.inject({ method: 'POST', url: '/api/v1/questions', headers: other.auth, payload: sampleQuestion() })).json();
    const theirKit = (await t.inject({ method: 'POST', url: '/api/v1/kits', headers: other.auth, payload: kitBody({ sections: [{ title: 'X', minutes: 10, questions: [{ questionId: theirQuestion.id }] }] }) })).json();
    expect(theirKit.id).toBeTruthy();

    expect((await t.inject({ url: `/api/v1/kits/${theirKit.id}` })).statusCode).toBe(404);
    expect((await patch(theirKit.id, { name: 'Hijacked' }, theirKit.etag)).statusCode).toBe(404);
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/kits/${theirKit.id}`, headers: { 'if-match': theirKit.etag } })).statusCode).toBe(404);
    expect((await t.inject({ method: 'POST', url: `/api/v1/kits/${theirKit.id}/duplicate` })).statusCode).toBe(404);
    expect((await t.inject({ url: '/api/v1/kits' })).body).not.toContain(theirKit.id);

    // Their question is not ours to put in a kit.
    const stolen = await create(kitBody({ sections: [{ title: 'X', minutes: 10, questions: [{ questionId: theirQuestion.id }] }] }));
    expect(stolen.statusCode).toBe(422);
    expect(stolen.json().code).toBe('unknown_question');
    expect(stolen.body).not.toContain(theirQuestion.title);
    expect((await t.inject({ url: `/api/v1/kits/${theirKit.id}`, headers: other.auth })).json().name).toBe('Backend screen');
  });
});
