import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { createTestApp, type TestApp } from '../../test/test-app';
import { packToTree } from '../../../core/pack/pack-writer';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const upload = (name: string, content: string | Uint8Array<ArrayBuffer>, query = '') => {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  return t.inject({ method: 'POST', url: `/api/v1/packs/import${query}`, payload: form });
};
const csv = 'question,answer,category,difficulty,tags\n"How does a B-tree index speed up a lookup?","Logarithmic search",Databases,medium,"sql, indexes"\n"What does HTTP 429 mean?","Too many requests",API Design,easy,http\n';

describe('POST /api/v1/packs/import', () => {
  it('previews a CSV import with dryRun, changing nothing, then applies it', async () => {
    const preview = await upload('team-bank.csv', csv, '?dryRun=true');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ packId: 'team-bank', dryRun: true, created: 2, updated: 0, unchanged: 0 });
    expect((await t.inject({ url: '/api/v1/questions?q=b-tree' })).json().total).toBe(0);

    const applied = await upload('team-bank.csv', csv);
    expect(applied.json()).toMatchObject({ dryRun: false, created: 2 });
    expect((await t.inject({ url: '/api/v1/questions?q=b-tree' })).json().items[0]).toMatchObject({ category: 'Databases', tags: ['sql', 'indexes'] });
    expect((await upload('team-bank.csv', csv)).json()).toMatchObject({ created: 0, unchanged: 2 });
    const packs = (await t.inject({ url: '/api/v1/packs' })).json().items;
    expect(packs).toContainEqual(expect.objectContaining({ id: 'team-bank', questions: 2 }));
  });

  it('imports a zipped pack folder with its kits', async () => {
    const tree = packToTree({
      manifest: { id: 'zipped', name: 'Zipped', version: '1.0.0', description: '', license: '', authors: [] },
      questions: [{ slug: 'zipped-one', title: 'A zipped question', type: 'technical', category: 'Caching', difficulty: 'easy', tags: [], minutes: 5, prompt: 'Why cache?', whyAsked: '', approach: '', referenceAnswer: '', keyPoints: [], anchors: null, followUps: [], redFlags: [] }],
      kits: [{ slug: 'tiny', name: 'Tiny kit', description: '', minutes: 5, sections: [{ title: 'Only', minutes: 5, questions: ['zipped-one'] }] }],
    });
    const zip = zipSync(Object.fromEntries([...tree].map(([p, text]) => [p, strToU8(text)]))) as Uint8Array<ArrayBuffer>;
    const res = await upload('zipped.zip', zip);
    expect(res.json()).toMatchObject({ packId: 'zipped', created: 1, kits: 1 });
  });

  it('refuses a pack with problems (422), listing each by file and line, and imports nothing', async () => {
    const res = await upload('broken.csv', 'question,difficulty\nFine?,easy\n,easy\nBad?,extreme\n');
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'pack_invalid' });
    expect(res.json().errors.map((e: { name: string }) => e.name)).toEqual(['broken.csv:3', 'broken.csv:4']);
    expect((await t.inject({ url: '/api/v1/questions?q=fine' })).json().total).toBe(0);
  });

  it('refuses a request that is not multipart (415) or has no file (400)', async () => {
    const json = await t.inject({ method: 'POST', url: '/api/v1/packs/import', payload: { x: 1 } });
    expect(json.statusCode).toBe(415);
    const form = new FormData();
    form.append('note', 'no file');
    const empty = await t.inject({ method: 'POST', url: '/api/v1/packs/import', payload: form });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0]).toMatchObject({ name: 'file' });
  });

  it('refuses an upload over the limit with 413', async () => {
    const res = await upload('huge.csv', new Uint8Array(26 * 1024 * 1024));
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
  });
});
