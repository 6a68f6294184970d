// A first import large enough to rebuild the GIN indexes: the indexes come back exactly as the
// migration made them, in the same transaction, and search finds the new rows through them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app';
import { queryRows } from '../../db/client';
import { generateBank } from '../../../../bench/generate-bank';
import { syncQuestionsFromSource } from './question-sync.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ginIndexes = () =>
  queryRows<{ indexname: string; indexdef: string }>(t.database.db, sql`select indexname, indexdef from pg_indexes where tablename = 'questions' and indexdef like '%USING gin%' order by indexname`);

describe('a bulk first import', () => {
  it('rebuilds the GIN indexes it dropped, and a failed import leaves them as they were', async () => {
    const before = await ginIndexes();
    expect(before.map((i) => i.indexname)).toEqual(['questions_search_idx', 'questions_tags_idx']);
    const bank = generateBank(2_100);

    await expect(
      t.database.db.transaction(async (tx) => {
        await syncQuestionsFromSource(tx, t.workspaceId, 'bulk', bank);
        throw new Error('crash after the write');
      }),
    ).rejects.toThrow('crash after the write');
    expect(await ginIndexes()).toEqual(before);

    const report = await t.database.db.transaction((tx) => syncQuestionsFromSource(tx, t.workspaceId, 'bulk', bank));
    expect(report.created).toBe(2_100);
    expect(await ginIndexes()).toEqual(before);
    const word = bank[1_234]!.title.split(' ').find((w) => w.length > 6)!;
    const plan = await queryRows<{ 'QUERY PLAN': string }>(t.database.db, sql`explain select id from questions where search_vector @@ plainto_tsquery('english', ${word})`);
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('questions_search_idx');
    const found = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from questions where search_vector @@ plainto_tsquery('english', ${word}) and slug = ${bank[1_234]!.slug}`);
    expect(found[0]!.n).toBe(1);
  }, 120_000);

  it('stores every field of a batch as given: text, arrays, JSON and nulls', async () => {
    const bank = generateBank(600, 99).map((q, i) => ({ ...q, slug: `fields-${i}`, anchors: i === 0 ? null : q.anchors }));
    await t.database.db.transaction((tx) => syncQuestionsFromSource(tx, t.workspaceId, 'fields', bank));
    for (const i of [0, 1, 599]) {
      const res = await t.inject({ url: `/api/v1/questions/fields-${i}` });
      expect(res.statusCode).toBe(200);
      const { id, version, contentHash, source, createdAt, updatedAt, ...content } = res.json();
      expect({ id, version, source, createdAt, updatedAt }).toMatchObject({ version: 1, source: 'fields' });
      expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(content).toEqual(JSON.parse(JSON.stringify(bank[i])));
    }
  }, 120_000);

  it('indexes the title, tags, prompt and key points for search, and not the reference answer prose', async () => {
    const [q] = generateBank(1, 5);
    const question = { ...q!, slug: 'search-fields', title: 'Zanzibartitle title', tags: ['xylophone'], prompt: 'A quetzal prompt?', referenceAnswer: 'The wombatprose answer.', keyPoints: [{ ...q!.keyPoints[0]!, text: 'Names the yodelpoint' }] };
    await t.database.db.transaction((tx) => syncQuestionsFromSource(tx, t.workspaceId, 'search-fields', [question]));
    const total = async (q: string) => (await t.inject({ url: `/api/v1/questions?q=${q}` })).json().total;
    expect([await total('zanzibartitle'), await total('xylophone'), await total('quetzal'), await total('yodelpoint')]).toEqual([1, 1, 1, 1]);
    expect(await total('wombatprose')).toBe(0);
  });
});
