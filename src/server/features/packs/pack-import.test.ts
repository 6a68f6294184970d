import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app';
import { queryRows } from '../../db/client';
import { exportPack, importPack, loadPacksFromDir } from './pack.service';
import { readPackDir } from './pack-files';
import { parsePackTree } from '../../../core/pack/pack-tree';
import { packToTree } from '../../../core/pack/pack-writer';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const hashes = (db = t.database.db) => queryRows<{ slug: string; content_hash: string }>(db, sql`select slug, content_hash from questions where source = 'backend' order by slug`);

describe('importing and exporting packs', () => {
  it('a dry run reports what would change and changes nothing', async () => {
    const { pack } = await readPackDir(join(process.cwd(), 'content/packs/backend'));
    const report = await importPack(t.database.db, t.workspaceId, pack!, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, created: pack!.questions.length, kits: 3 });
    expect(await hashes()).toEqual([]);
  });

  it('exporting the bundled pack and importing the export changes nothing (same content hashes)', async () => {
    await loadPacksFromDir(t.database.db, join(process.cwd(), 'content/packs'), [t.workspaceId]);
    const before = await hashes();
    expect(before.length).toBeGreaterThanOrEqual(48);
    const exported = await exportPack(t.database.db, t.workspaceId, 'backend');
    expect(exported.kits.map((k) => k.slug).sort()).toEqual(['backend-developer-interview', 'backend-screen-30', 'backend-technical-60']);
    const reread = parsePackTree(packToTree(exported), { strict: true });
    expect(reread.issues).toEqual([]);
    const report = await importPack(t.database.db, t.workspaceId, reread.pack!);
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: before.length, skipped: [] });
    expect(await hashes()).toEqual(before);
  });

  it('a pack with one broken file imports nothing and names the file and line', async () => {
    const { pack } = await readPackDir(join(process.cwd(), 'content/packs/backend'));
    const tree = packToTree({ ...pack!, manifest: { ...pack!.manifest, id: 'broken-copy' }, questions: pack!.questions.map((q) => ({ ...q, slug: `copy-${q.slug}` })), kits: [] });
    const file = 'questions/copy-db-n-plus-one.md';
    tree.set(file, tree.get(file)!.replace(/^difficulty: .*$/m, 'difficulty: extreme'));
    const parsed = parsePackTree(tree, { strict: false, root: 'broken.zip' });
    expect(parsed.pack).toBeUndefined();
    const lineOfDifficulty = tree.get(file)!.split('\n').findIndex((l) => l.startsWith('difficulty:')) + 1;
    expect(parsed.issues).toEqual([{ file: `broken.zip/${file}`, line: lineOfDifficulty, message: expect.stringMatching(/^difficulty:/) }]);
  });

  it('an import that fails midway leaves nothing behind', async () => {
    const { pack } = await readPackDir(join(process.cwd(), 'content/packs/backend'));
    const questions = pack!.questions.map((q) => ({ ...q, slug: `atomic-${q.slug}` }));
    // The last question breaks a database constraint only the database checks (minutes 0).
    questions[questions.length - 1] = { ...questions.at(-1)!, minutes: 0 };
    await expect(importPack(t.database.db, t.workspaceId, { ...pack!, manifest: { ...pack!.manifest, id: 'atomic' }, questions })).rejects.toThrow();
    const [row] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from questions where source = 'atomic'`);
    expect(row!.n).toBe(0);
  });
});
