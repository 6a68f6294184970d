// Kits from a pack's starter kit and from constraints, on the bundled Backend pack.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidates, interviewQuestions, interviews } from '../../db/hiring-schema';
import { loadBundledPacks } from '../packs/pack.service';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.database.db.transaction((tx) => loadBundledPacks(tx, join(process.cwd(), 'content/packs'), t.workspaceId));
});
afterAll(() => t.close());

type Pick = { id: string; slug: string; category: string; difficulty: string; type: string; minutes: number; reason: string; section: number };
const assemble = (payload: Record<string, unknown>, headers: Record<string, string> = {}) => t.inject({ method: 'POST', url: '/api/v1/kits/assemble', payload, headers });
const fromPack = (payload: Record<string, unknown>, headers: Record<string, string> = {}) => t.inject({ method: 'POST', url: '/api/v1/kits/from-pack', payload, headers });

describe('POST /api/v1/kits/from-pack', () => {
  it('builds a kit from the bundled 60-minute starter, its slugs resolved to this workspace’s questions', async () => {
    const res = await fromPack({ pack: 'backend', kit: 'backend-technical-60' });
    expect(res.statusCode, res.body).toBe(201);
    const { kit, missing } = res.json();
    expect(missing).toEqual([]);
    expect(kit).toMatchObject({ name: 'Backend technical interview (60 min)', minutes: 60, origin: 'backend/backend-technical-60', version: 1 });
    expect(kit.sections.map((s: { title: string; minutes: number }) => [s.title, s.minutes])).toEqual([
      ['Warm-up', 8],
      ['API and auth', 12],
      ['Database deep-dive', 12],
      ['Async and queues', 18],
      ['Candidate questions', 10],
    ]);
    const slugs = kit.sections.flatMap((s: { questions: { question: { slug: string } }[] }) => s.questions.map((x) => x.question.slug));
    expect(slugs).toEqual(['beh-code-review-disagreement', 'api-idempotency-keys', 'db-optimistic-vs-pessimistic-locking', 'msg-delivery-semantics']);
    expect(kit.questionCount).toBe(4);
    expect(res.headers.location).toBe(`/api/v1/kits/${kit.id}`);
    // A real, editable kit: readable and listed.
    expect((await t.inject({ url: `/api/v1/kits/${kit.id}` })).json().plannedMinutes).toBe(kit.plannedMinutes);
  });

  it('leaves out and reports slugs this workspace no longer has', async () => {
    const question = (await t.inject({ url: '/api/v1/questions/db-n-plus-one' }));
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/questions/${question.json().id}`, headers: { 'if-match': question.headers.etag as string } })).statusCode).toBe(204);
    const res = await fromPack({ pack: 'backend', kit: 'backend-screen-30', name: 'Our screen' });
    expect(res.statusCode).toBe(201);
    expect(res.json().missing).toEqual(['db-n-plus-one']);
    expect(res.json().kit.name).toBe('Our screen');
    const deepDive = res.json().kit.sections.find((s: { title: string }) => s.title === 'Database deep-dive');
    expect(deepDive.questions).toEqual([]);
    // Section notes from the pack file come along.
    expect(res.json().kit.sections[0].notes).toMatch(/Introduce yourself/);
  });

  it('answers 404 for an unknown pack or starter kit, and 400 for a malformed one', async () => {
    expect((await fromPack({ pack: 'nope', kit: 'backend-technical-60' })).json()).toMatchObject({ status: 404, code: 'not_found' });
    expect((await fromPack({ pack: 'backend', kit: 'no-such-kit' })).json().detail).toMatch(/no starter kit "no-such-kit"/);
    expect((await fromPack({ pack: 'Backend!', kit: '' })).statusCode).toBe(400);
  });

  it('is per workspace: another workspace without the pack cannot use ours', async () => {
    const other = await t.addWorkspace('No packs here');
    expect((await fromPack({ pack: 'backend', kit: 'backend-technical-60' }, other.auth)).statusCode).toBe(404);
  });
});

describe('POST /api/v1/kits/assemble', () => {
  it('proposes a 60-minute kit from at least 4 categories, with a reason for every pick, and saves nothing', async () => {
    const before = (await t.inject({ url: '/api/v1/kits' })).json().items.length;
    const res = await assemble({ minutes: 60, reserveMinutes: 10, minCategories: 4, level: 'mid' });
    expect(res.statusCode, res.body).toBe(200);
    const proposal = res.json();
    expect(proposal.plannedMinutes).toBeLessThanOrEqual(50);
    expect(proposal.plannedMinutes).toBeGreaterThanOrEqual(35);
    expect(proposal.categories.length).toBeGreaterThanOrEqual(4);
    expect(proposal.warnings).toEqual([]);
    for (const p of proposal.picks as Pick[]) expect(p.reason).toMatch(/min fits the \d+ min left/);
    // Sections by category, then the reserved time; the proposal is a valid body for POST /api/v1/kits.
    const { kit } = proposal;
    expect(kit).toMatchObject({ name: '60-minute mid-level interview', minutes: 60 });
    expect(kit.sections.at(-1)).toMatchObject({ title: "Introductions and the candidate's questions", minutes: 10, questions: [] });
    for (const [i, section] of kit.sections.slice(0, -1).entries())
      for (const q of section.questions) expect((proposal.picks as Pick[]).find((p) => p.id === q.questionId)).toMatchObject({ category: section.title, section: i });
    expect((await t.inject({ url: '/api/v1/kits' })).json().items.length).toBe(before);

    const saved = await t.inject({ method: 'POST', url: '/api/v1/kits', payload: kit });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json()).toMatchObject({ plannedMinutes: proposal.plannedMinutes, warnings: [] });
  });

  it('honours types, tags to include and exclude, and the difficulty mix', async () => {
    const share = (picks: Pick[], difficulty: string) => picks.filter((p) => p.difficulty === difficulty).reduce((n, p) => n + p.minutes, 0) / picks.reduce((n, p) => n + p.minutes, 0);
    const picks = (await assemble({ minutes: 60, types: ['technical'], excludeTags: ['redis'], mix: { easy: 0, medium: 0, hard: 100 }, seed: 4 })).json().picks as Pick[];
    expect(picks.length).toBeGreaterThan(0);
    for (const p of picks) expect(p.type).toBe('technical');
    // The mix is a target for the time, not a filter: it leans the kit, and the reasons say so.
    expect(share(picks, 'hard')).toBeGreaterThan(0.5);
    expect(picks[0]!.reason).toMatch(/hard, whose share of the time is 0% against a target of 100%/);
    const easy = (await assemble({ minutes: 60, types: ['technical'], level: 'junior', seed: 4 })).json().picks as Pick[];
    expect(share(easy, 'easy')).toBeGreaterThan(share(picks, 'easy'));
    const tagged = await t.inject({ url: '/api/v1/questions?tag=redis&limit=100' });
    const redis = new Set(tagged.json().items.map((x: { slug: string }) => x.slug));
    expect(redis.size).toBeGreaterThan(0);
    for (const p of picks) expect(redis.has(p.slug)).toBe(false);

    const only = (await assemble({ minutes: 30, includeTags: ['redis'] })).json().picks as Pick[];
    expect(only.length).toBeGreaterThan(0);
    for (const p of only) expect(redis.has(p.slug)).toBe(true);
  });

  it('says which constraints it could not meet', async () => {
    const res = (await assemble({ minutes: 30, includeTags: ['no-such-tag'] })).json();
    expect(res.picks).toEqual([]);
    expect(res.warnings[0]).toMatch(/No question meets the filters/);
    expect((await assemble({ minutes: 30, minCategories: 6, types: ['behavioral'] })).json().warnings.join(' ')).toMatch(/fewer than the 6 asked for/);
  });

  it('leaves out every question the candidate was already asked, except in cancelled interviews', async () => {
    const db = t.database.db;
    const [candidate] = await db.insert(candidates).values({ workspaceId: t.workspaceId, name: 'Casey Candidate' }).returning();
    const full = await assemble({ minutes: 240, seed: 2 });
    const everything = (full.json().picks as Pick[]).map((p) => p.slug);
    const [asked, cancelledOnly] = [everything.slice(0, 5), everything[5]!];
    const question = async (slug: string) => (await t.inject({ url: `/api/v1/questions/${slug}` })).json();
    for (const [status, slugs] of [['completed', asked], ['cancelled', [cancelledOnly]]] as const) {
      const [interview] = await db
        .insert(interviews)
        .values({ workspaceId: t.workspaceId, candidateId: candidate!.id, kitName: 'Earlier', minutes: 60, scheduledAt: new Date(), status })
        .returning();
      for (const [position, slug] of slugs.entries()) {
        const { id, version, createdAt: _c, updatedAt: _u, contentHash: _h, source: _s, ...content } = await question(slug);
        await db.insert(interviewQuestions).values({ interviewId: interview!.id, position, sectionIndex: 0, sectionTitle: 'Q', sectionMinutes: 60, questionId: id, questionVersion: version, content });
      }
    }
    const res = await assemble({ minutes: 240, seed: 2, candidateId: candidate!.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().alreadyAsked).toEqual([...asked].sort());
    const slugs = (res.json().picks as Pick[]).map((p) => p.slug);
    for (const slug of asked) expect(slugs).not.toContain(slug);
    // What a cancelled interview planned was never asked: it stays available.
    expect(res.json().alreadyAsked).not.toContain(cancelledOnly);
  });

  it("answers 404 for another workspace's candidate and 400 for bad constraints", async () => {
    const other = await t.addWorkspace('Candidates elsewhere');
    const [theirs] = await t.database.db.insert(candidates).values({ workspaceId: other.workspaceId, name: 'Not yours' }).returning();
    const res = await assemble({ minutes: 60, candidateId: theirs!.id });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
    const bad = await assemble({ minutes: 2, types: ['poetry'], mix: { easy: 0, medium: 0, hard: 0 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['minutes', 'types.0', 'mix']));
  });

  it('is refused to a viewer, who may read kits but not build them', async () => {
    const viewer = await t.addUser('viewer');
    expect((await assemble({ minutes: 60 }, viewer.auth)).statusCode).toBe(403);
    expect((await t.inject({ url: '/api/v1/kits', headers: viewer.auth })).statusCode).toBe(200);
  });
});
