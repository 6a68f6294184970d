import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sampleQuestion, type TestApp } from '../../test/test-app';
import type { QuestionList } from '../../../shared/question-list.schema';

let t: TestApp;
// Every question of this file carries this tag, so counts are about this file's data only.
const TAG = `list-${process.pid}`;

beforeAll(async () => {
  t = await createTestApp();
  const fixtures = [
    { title: 'Rate limiting with token buckets', category: 'API Design', difficulty: 'hard', type: 'system-design', tags: [TAG, 'redis', 'rate-limiting'], prompt: 'Design a rate limiter that answers 429 with Retry-After.' },
    { title: 'Cursor pagination over inserts', category: 'API Design', difficulty: 'medium', type: 'technical', tags: [TAG, 'pagination'], prompt: 'Why does offset pagination skip rows when inserts happen?' },
    { title: 'Isolation levels in PostgreSQL', category: 'Databases', difficulty: 'medium', type: 'technical', tags: [TAG, 'postgres'], prompt: 'Explain read committed and repeatable read.' },
    { title: 'Choosing a cache for sessions', category: 'Caching', difficulty: 'easy', type: 'technical', tags: [TAG, 'redis'], prompt: 'Where would you keep sessions: Redis or in process memory?' },
    { title: 'A time you disagreed in review', category: 'Programming Fundamentals', difficulty: 'easy', type: 'behavioral', tags: [TAG], prompt: 'Tell me about a code review disagreement.' },
  ] as const;
  for (const f of fixtures) {
    const res = await t.inject({ method: 'POST', url: '/api/v1/questions', payload: sampleQuestion({ ...f, tags: [...f.tags] }) });
    expect(res.statusCode).toBe(201);
  }
});
afterAll(() => t.close());

const list = async (query: string): Promise<QuestionList> => {
  const res = await t.inject({ url: `/api/v1/questions?tag=${TAG}&${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const count = (facet: { value: string; count: number }[], value: string) => facet.find((f) => f.value === value)?.count;

describe('GET /api/v1/questions', () => {
  it('lists summaries (no reference answers) in title order with a total and facets', async () => {
    const page = await list('');
    expect(page.total).toBe(5);
    expect(page.items.map((i) => i.title)).toEqual([...page.items.map((i) => i.title)].sort((a, b) => (a < b ? -1 : 1)));
    expect(page.items[0]).not.toHaveProperty('referenceAnswer');
    expect(page.items[0]).not.toHaveProperty('keyPoints');
    expect(page.nextCursor).toBeNull();
    expect(count(page.facets.category, 'API Design')).toBe(2);
    expect(page.facets.difficulty).toEqual([
      { value: 'easy', count: 2 },
      { value: 'medium', count: 2 },
      { value: 'hard', count: 1 },
    ]);
    expect(count(page.facets.tag, 'redis')).toBe(2);
  });

  it('filters by category, difficulty and type; repeated values match any of them', async () => {
    expect((await list('category=API%20Design')).total).toBe(2);
    expect((await list('difficulty=easy&difficulty=hard')).total).toBe(3);
    expect((await list('type=behavioral')).items.map((i) => i.title)).toEqual(['A time you disagreed in review']);
  });

  it('requires every given tag', async () => {
    expect((await list('tag=redis')).total).toBe(2);
    expect((await list('tag=redis&tag=rate-limiting')).items.map((i) => i.title)).toEqual(['Rate limiting with token buckets']);
  });

  it('counts each facet under the other filters, so other values stay choosable', async () => {
    const page = await list('category=API%20Design&difficulty=medium');
    expect(page.total).toBe(1);
    // category counts ignore the category filter but honour difficulty=medium
    expect(count(page.facets.category, 'API Design')).toBe(1);
    expect(count(page.facets.category, 'Databases')).toBe(1);
    // difficulty counts ignore difficulty but honour category=API Design
    expect(count(page.facets.difficulty, 'hard')).toBe(1);
    expect(count(page.facets.difficulty, 'easy')).toBe(0);
    // tags count under all filters
    expect(count(page.facets.tag, 'pagination')).toBe(1);
    expect(count(page.facets.tag, 'redis')).toBeUndefined();
  });

  it('keeps a chosen category listed at zero so it can be undone', async () => {
    const page = await list('category=Messaging');
    expect(page.total).toBe(0);
    expect(page.facets.category).toContainEqual({ value: 'Messaging', count: 0 });
  });

  it('searches in web-search syntax, ranks title matches first and highlights the words in a snippet', async () => {
    const page = await list('q=redis');
    expect(page.items.map((i) => i.title).sort()).toEqual(['Choosing a cache for sessions', 'Rate limiting with token buckets']);
    const sessions = page.items.find((i) => i.title.startsWith('Choosing'))!;
    expect(sessions.snippet).toContainEqual({ text: 'Redis', highlight: true });
    expect((await list('q=redis%20-sessions')).items.map((i) => i.title)).toEqual(['Rate limiting with token buckets']);
    expect((await list('q=%22read%20committed%22')).items.map((i) => i.title)).toEqual(['Isolation levels in PostgreSQL']);
  });

  it('matches a word being typed as a prefix (search as you type)', async () => {
    expect((await list('q=paginat')).items.map((i) => i.title)).toEqual(['Cursor pagination over inserts']);
    expect((await list('q=isolation%20lev')).total).toBe(1);
  });

  it('returns no results, not an error, for a query of stop words or punctuation', async () => {
    for (const q of ['the', '!!!', '"', '-', 'or']) expect((await list(`q=${encodeURIComponent(q)}`)).total).toBeGreaterThanOrEqual(0);
  });

  it('names the parameter of a bad value', async () => {
    for (const [query, name] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['difficulty=extreme', 'difficulty'],
      ['sort=random', 'sort'],
      ['cursor=not-a-cursor', 'cursor'],
      ['sort=relevance', 'sort'],
    ]) {
      const res = await t.inject({ url: `/api/v1/questions?${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().errors[0], query).toMatchObject({ in: 'query', name });
      expect(res.json().detail, query).toContain(name);
    }
  });

  it('answers 304 to If-None-Match with the list ETag, and a new ETag after a write', async () => {
    const first = await t.inject({ url: `/api/v1/questions?tag=${TAG}` });
    const again = await t.inject({ url: `/api/v1/questions?tag=${TAG}`, headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    await t.inject({ method: 'POST', url: '/api/v1/questions', payload: sampleQuestion({ tags: [TAG, 'late'] }) });
    const after = await t.inject({ url: `/api/v1/questions?tag=${TAG}`, headers: { 'if-none-match': first.headers.etag as string } });
    expect(after.statusCode).toBe(200);
    expect(after.json().total).toBe(6);
  });
});

describe('cursor paging', () => {
  const PAGING = `paging-${process.pid}`;

  async function walk(sort: string, insertBetweenPages: (page: number) => Promise<void>) {
    const seen: string[] = [];
    let cursor: string | null = null;
    let page = 0;
    do {
      const query: string = `tag=${PAGING}&limit=7&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await t.inject({ url: `/api/v1/questions?${query}` });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as QuestionList;
      seen.push(...body.items.map((i) => i.slug));
      cursor = body.nextCursor;
      await insertBetweenPages(page++);
    } while (cursor);
    return seen;
  }

  it('visits every question exactly once while others are inserted between pages, in every sort', async () => {
    const titles = Array.from({ length: 30 }, (_, i) => `Paging question ${String(i).padStart(2, '0')} about caching`);
    for (const title of titles) await t.inject({ method: 'POST', url: '/api/v1/questions', payload: sampleQuestion({ title, tags: [PAGING] }) });
    const before = (await t.inject({ url: `/api/v1/questions?tag=${PAGING}&limit=100` })).json().items.map((i: { slug: string }) => i.slug);
    expect(before).toHaveLength(30);

    let inserted = 0;
    const insertSome = async () => {
      // Titles sort before, between and after the ones already listed; all are newer.
      for (const prefix of ['Aaa', 'Paging question 15b', 'Zzz']) {
        inserted++;
        await t.inject({ method: 'POST', url: '/api/v1/questions', payload: sampleQuestion({ title: `${prefix} inserted ${inserted} about caching`, tags: [PAGING] }) });
      }
    };
    for (const sort of ['title', 'newest', 'relevance']) {
      const q = sort === 'relevance' ? '&q=caching' : '';
      const seen = await walk(`${sort}${q}`, insertSome);
      expect(new Set(seen).size, `${sort}: no duplicates`).toBe(seen.length);
      for (const slug of before) expect(seen, `${sort}: ${slug} not skipped`).toContain(slug);
    }
  });

  it('refuses a cursor made for another sort', async () => {
    const page = (await t.inject({ url: `/api/v1/questions?tag=${PAGING}&limit=2&sort=title` })).json();
    const res = await t.inject({ url: `/api/v1/questions?tag=${PAGING}&limit=2&sort=newest&cursor=${page.nextCursor}` });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_cursor', errors: [{ in: 'query', name: 'cursor' }] });
  });
});
