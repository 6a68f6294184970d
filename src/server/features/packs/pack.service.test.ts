import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { loadPacksFromDir } from './pack.service';
import { CATEGORIES } from '../../../shared/question.schema';

const BUNDLED = join(process.cwd(), 'content/packs');
const SLUGS = ['api-idempotency-keys', 'cache-http-etags'];

let t: TestApp;
let root: string;
let packDir: string;

function makePack(id: string) {
  const dir = join(root, id);
  mkdirSync(join(dir, 'questions'), { recursive: true });
  writeFileSync(join(dir, 'pack.yaml'), `id: ${id}\nname: Test pack\nversion: 1.0.0\n`);
  for (const slug of SLUGS) cpSync(join(BUNDLED, 'backend/questions', `${slug}.md`), join(dir, 'questions', `${slug}.md`));
  return dir;
}
const editTitle = (slug: string, title: string) => {
  const file = join(packDir, 'questions', `${slug}.md`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${title}`));
};
const read = (slug: string) => t.inject({ url: `/api/v1/questions/${slug}` });

beforeAll(async () => {
  t = await createTestApp();
  root = mkdtempSync(join(tmpdir(), 'candor-packs-'));
  packDir = makePack('testpack');
});
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await t.close();
});

describe('loading packs', () => {
  it('creates once, then finds everything unchanged on every later load', async () => {
    const [first] = await loadPacksFromDir(t.database.db, root, [t.workspaceId]);
    expect(first).toMatchObject({ packId: 'testpack', problems: [], report: { created: 2, updated: 0, unchanged: 0, skipped: [] } });
    const [second] = await loadPacksFromDir(t.database.db, root, [t.workspaceId]);
    expect(second!.report).toMatchObject({ created: 0, updated: 0, unchanged: 2, skipped: [], packId: 'testpack', dryRun: false });
    expect((await read(SLUGS[0]!)).json()).toMatchObject({ version: 1, source: 'testpack' });
  });

  it('updates an edited file and bumps its version; the list shows the change at once', async () => {
    await t.inject({ url: '/api/v1/questions?q=idempotent' }); // fill the list cache
    editTitle(SLUGS[0]!, 'Retrying a payment safely');
    const [result] = await loadPacksFromDir(t.database.db, root, [t.workspaceId]);
    expect(result!.report).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect((await read(SLUGS[0]!)).json()).toMatchObject({ title: 'Retrying a payment safely', version: 2 });
  });

  it('keeps an edit made in Candor when the file changes too, and says so', async () => {
    const current = await read(SLUGS[1]!);
    const patched = await t.inject({ method: 'PATCH', url: `/api/v1/questions/${SLUGS[1]}`, payload: { title: 'Our own wording of this' }, headers: { 'if-match': current.headers.etag as string } });
    expect(patched.statusCode).toBe(200);
    editTitle(SLUGS[1]!, 'Upstream wording of this');
    const [result] = await loadPacksFromDir(t.database.db, root, [t.workspaceId]);
    expect(result!.report!.skipped).toEqual([{ slug: SLUGS[1], reason: 'edited in Candor since it was loaded; the local edit is kept' }]);
    expect((await read(SLUGS[1]!)).json().title).toBe('Our own wording of this');
  });

  it('does not bring back a question deleted in Candor', async () => {
    const current = await read(SLUGS[0]!);
    await t.inject({ method: 'DELETE', url: `/api/v1/questions/${SLUGS[0]}`, headers: { 'if-match': current.headers.etag as string } });
    const [result] = await loadPacksFromDir(t.database.db, root, [t.workspaceId]);
    expect(result!.report!.skipped).toContainEqual({ slug: SLUGS[0], reason: 'deleted in Candor' });
    expect((await read(SLUGS[0]!)).statusCode).toBe(404);
  });

  it('loads nothing from a pack with a broken file, naming the file and line', async () => {
    const dir = makePack('brokenpack');
    writeFileSync(join(dir, 'pack.yaml'), 'id: brokenpack\nname: Broken\nversion: 1.0.0\n');
    const file = join(dir, 'questions', `${SLUGS[1]}.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^slug: .*$/m, 'slug: renamed-elsewhere').replace(/^minutes: .*$/m, 'minutes: [oops'));
    writeFileSync(join(dir, 'questions', `${SLUGS[0]}.md`), readFileSync(join(BUNDLED, 'backend/questions', `${SLUGS[0]}.md`), 'utf8').replace('slug: api-idempotency-keys', 'slug: brand-new-slug-x'));
    const results = await loadPacksFromDir(t.database.db, root, [t.workspaceId]);
    const broken = results.find((r) => r.packId === 'brokenpack' || r.dir === dir)!;
    expect(broken.report).toBeUndefined();
    expect(broken.problems.some((p) => /cache-http-etags\.md:\d+: YAML/.test(p))).toBe(true);
    expect((await read('brand-new-slug-x')).statusCode).toBe(404);
    rmSync(dir, { recursive: true });
  });
});

describe('the bundled Backend Developer pack', () => {
  it('loads whole and covers every category', async () => {
    const fresh = await createTestApp();
    try {
      const [result] = await loadPacksFromDir(fresh.database.db, BUNDLED, [fresh.workspaceId]);
      expect(result!.problems).toEqual([]);
      expect(result!.report!.created).toBeGreaterThanOrEqual(48);
      const list = (await fresh.inject({ url: '/api/v1/questions?limit=1' })).json();
      expect(list.total).toBe(result!.report!.created);
      for (const category of CATEGORIES) expect(list.facets.category.find((c: { value: string }) => c.value === category)?.count, category).toBeGreaterThanOrEqual(5);
    } finally {
      await fresh.close();
    }
  });
});
