import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPackDir } from '../src/server/features/packs/pack-files';
import { startHarness, type Harness } from './harness';

let h: Harness;
const dir = mkdtempSync(join(tmpdir(), 'candor-e2e-'));
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('packs in the browser', () => {
  it('shows the whole bundled pack with facet counts that match its files', async () => {
    const { pack } = await readPackDir(join(process.cwd(), 'content/packs/backend'));
    const byCategory = new Map<string, number>();
    for (const q of pack!.questions) byCategory.set(q.category, (byCategory.get(q.category) ?? 0) + 1);
    const { page, context, errors } = await h.newPage();
    await page.goto('/');
    await expect.poll(() => page.locator('.results-count').textContent()).toBe(`${pack!.questions.length} questions`);
    for (const [category, count] of byCategory) {
      const shown = await page.locator('.facet-category li', { hasText: category }).locator('.facet-count').textContent();
      expect(Number(shown), category).toBe(count);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('previews an import, changes nothing until applied, then shows the new questions', async () => {
    const csv = join(dir, 'team-screen.csv');
    writeFileSync(csv, 'Question,Model answer,Topic,Level,Keywords\n"How would you shard a users table?","By a stable key…",Databases,senior,"sharding, postgres"\n"What is a reverse proxy for?","TLS, routing, caching",DevOps,junior,proxy\n');
    const { page, context, errors } = await h.newPage();
    await page.goto('/import');
    await page.setInputFiles('#pack-file', csv);
    await expect.poll(() => page.locator('#preview-h').textContent()).toContain('team-screen');
    expect(await page.locator('.report-cell', { hasText: 'New questions' }).locator('dd').textContent()).toBe('2');
    expect((await h.inject({ url: '/api/v1/questions?q=reverse%20proxy' })).json().total).toBe(0);
    await new AxeBuilder({ page }).analyze().then((r) => expect(r.violations.map((v) => v.id)).toEqual([]));
    await page.getByRole('button', { name: 'Import 2 questions' }).click();
    await expect.poll(() => page.locator('#done-h').textContent()).toBe('Imported');
    await page.getByRole('link', { name: 'Open the question bank' }).click();
    await page.fill('#bank-search', 'reverse proxy');
    await expect.poll(() => page.locator('.result-title').allTextContents()).toContain('What is a reverse proxy for?');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists every problem of a broken file by row, and imports nothing', async () => {
    const csv = join(dir, 'broken.csv');
    writeFileSync(csv, 'question,difficulty\nFine question?,easy\n,easy\nUnclear one?,legendary\n');
    const { page, context } = await h.newPage();
    await page.goto('/import');
    await page.setInputFiles('#pack-file', csv);
    await expect.poll(() => page.locator('.problem-list li').allTextContents()).toEqual([
      'broken.csv:3 row 3: no question text',
      'broken.csv:4 row 4: difficulty "legendary" is not easy, medium or hard',
    ]);
    expect(await page.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    expect((await h.inject({ url: '/api/v1/questions?q=fine%20question' })).json().total).toBe(0);
    await context.close();
  });
});
