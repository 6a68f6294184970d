// Candidates in the browser, against the real server: add one from the empty list, upload a PDF CV
// (built byte by byte, read by the server's PDF reader), find them by a word that is only in the
// CV, change their status, and see a refused file explained. Screenshots at desktop and phone
// width, axe on every page.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makePdf, PNG_BYTES } from '../src/server/features/candidates/fixtures/cv-fixtures';
import { startHarness, type Harness } from './harness';

let h: Harness;
let candidatePath = '';
beforeAll(async () => {
  h = await startHarness();
  mkdirSync('e2e/screenshots', { recursive: true });
});
afterAll(() => h?.close());

const CV = makePdf(['Ada Lovelace', 'Backend engineer, 2019-2025', 'Wrote a note on computing Bernoulli numbers with the analytical engine.', 'Kubernetes, PostgreSQL, Go.']);

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function screenshot(page: Page, name: string, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(width);
  await page.screenshot({ path: `e2e/screenshots/${name}-${width}.png`, fullPage: true });
  await expectNoAxeViolations(page);
}

describe('candidates in the browser', () => {
  it('adds a candidate from the empty list, uploads a PDF CV and shows what was read from it', async () => {
    const { page, context, errors } = await h.newPage();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Candidates' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'No candidates yet' }).isVisible()).toBe(true);
    await screenshot(page, 'candidates-empty', 1280);

    await page.getByRole('link', { name: 'Add the first candidate' }).click();
    await page.getByLabel('Name').fill('Ada Lovelace');
    await page.getByLabel('Email').fill('ada@example.com');
    await page.getByLabel('Role applied for').fill('Backend engineer');
    await page.getByLabel('Notes').fill('Referred by Charles.\nAsk about the analytical engine.');
    await page.getByRole('button', { name: 'Add candidate' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).isVisible()).toBe(true);
    candidatePath = new URL(page.url()).pathname;
    expect(candidatePath).toMatch(/^\/candidates\/[0-9a-f-]{36}$/);

    await page.getByLabel('Upload a CV').setInputFiles({ name: 'Ada Lovelace CV.pdf', mimeType: 'application/pdf', buffer: Buffer.from(CV) });
    await expect.poll(() => page.getByText(/^CV uploaded; \d+ characters of text read\.$/).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Ada Lovelace CV.pdf').isVisible()).toBe(true);
    await page.getByText(/Text read from the CV/).click();
    await expect.poll(() => page.locator('.cv-text').textContent()).toContain('computing Bernoulli numbers');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CV' }).click()]);
    expect(download.suggestedFilename()).toBe('Ada Lovelace CV.pdf');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds the candidate by a word that is only in the CV, highlighted', async () => {
    for (const width of [1280, 375]) {
      const { page, context, errors } = await h.newPage({ width, height: 900 });
      await page.goto('/candidates');
      await page.getByLabel('Search candidates').fill('bernoulli');
      await expect.poll(() => page.locator('.results mark').first().textContent()).toBe('Bernoulli');
      expect(await page.getByRole('heading', { name: '1 candidate' }).isVisible()).toBe(true);
      expect(new URL(page.url()).searchParams.get('q')).toBe('bernoulli');
      await screenshot(page, 'candidates-search', width);
      await page.getByRole('link', { name: 'Ada Lovelace' }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(candidatePath);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('changes the status in place, and the list filters by it', async () => {
    const { page, context, errors } = await h.newPage();
    await page.goto(candidatePath);
    await page.getByLabel('Status').selectOption('offer');
    await expect.poll(() => page.getByText('Status saved.').isVisible()).toBe(true);
    await page.goto('/candidates?status=offer');
    await expect.poll(() => page.getByRole('link', { name: 'Ada Lovelace' }).isVisible()).toBe(true);
    await page.getByLabel('Status').selectOption('rejected');
    await expect.poll(() => page.getByRole('heading', { name: 'No candidates match' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains a refused file, and the detail page works 375 px wide', async () => {
    for (const width of [1280, 375]) {
      const { page, context, errors } = await h.newPage({ width, height: 900 });
      await page.goto(candidatePath);
      await page.getByLabel('Replace the CV').setInputFiles({ name: 'holiday.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PNG_BYTES) });
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('“holiday.pdf” is a PNG image');
      // The refused file changed nothing: the PDF is still the CV.
      expect(await page.getByText('Ada Lovelace CV.pdf').isVisible()).toBe(true);
      await screenshot(page, 'candidate-detail', width);
      // The browser reports the 415 itself; nothing else may fail.
      expect(errors.filter((e) => !/status of 415/.test(e))).toEqual([]);
      await context.close();
    }
  });
});
