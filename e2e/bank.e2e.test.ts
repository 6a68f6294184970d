import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const resultTitles = (page: Page) => page.locator('.result-title').allTextContents();
const countText = async (page: Page) => (await page.locator('.results-count').textContent()) ?? '';

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('the question bank in a browser', () => {
  it('searches as you type and highlights the matched words', async () => {
    const { page, context, errors } = await h.newPage();
    await page.goto('/');
    await expect.poll(() => countText(page)).toMatch(/^\d+ questions/);
    await page.fill('#bank-search', 'idempot');
    await expect.poll(() => resultTitles(page)).toContain('Making a payment endpoint safe to retry');
    expect(page.url()).toContain('q=idempot');
    await page.fill('#bank-search', 'stampede');
    await expect.poll(() => resultTitles(page)).toEqual(['Stopping a cache stampede when a hot key expires']);
    await page.fill('#bank-search', 'cache stamp');
    await expect.poll(() => page.locator('.result-snippet mark').first().textContent()).toMatch(/^cach/i);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters by facets whose counts match the results, and clears them', async () => {
    const { page, context, errors } = await h.newPage();
    await page.goto('/');
    const databases = page.locator('.facet-category li', { hasText: 'Databases' });
    const expected = Number(await databases.locator('.facet-count').textContent());
    // click, not check(): the router applies the change in a transition, a frame after the click.
    await databases.locator('input').click();
    await expect.poll(() => databases.locator('input').isChecked()).toBe(true);
    await expect.poll(() => countText(page)).toBe(`${expected} questions`);
    expect(page.url()).toContain('category=Databases');
    // Under Databases, the Hard count tells how many results choosing Hard will leave.
    const hardFacet = page.locator('.facet-difficulty li', { hasText: 'Hard' });
    const hardCount = Number(await hardFacet.locator('.facet-count').textContent());
    expect(hardCount).toBeGreaterThan(0);
    expect(hardCount).toBeLessThan(expected);
    await hardFacet.locator('input').click();
    await expect.poll(() => page.url()).toContain('difficulty=hard');
    await expect.poll(() => countText(page)).toBe(`${hardCount} question${hardCount === 1 ? '' : 's'}`);
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => countText(page)).toMatch(/^6\d questions/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pages through the whole bank with the cursor', async () => {
    const { page, context } = await h.newPage();
    await page.goto('/');
    const total = Number.parseInt(await (async () => (await expect.poll(() => countText(page)).toMatch(/^\d+/), countText(page)))(), 10);
    while (await page.getByRole('button', { name: 'Show more questions' }).isVisible()) {
      const before = await page.locator('.result').count();
      await page.getByRole('button', { name: 'Show more questions' }).click();
      await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(before);
    }
    const titles = await resultTitles(page);
    expect(titles).toHaveLength(total);
    expect(new Set(titles).size).toBe(total);
    await context.close();
  });

  it('opens a question with its prompt, a hidden reference answer, key points, anchors and follow-ups', async () => {
    const { page, context, errors } = await h.newPage();
    await page.goto('/?q=idempotency');
    await page.getByRole('link', { name: 'Making a payment endpoint safe to retry' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Making a payment endpoint safe to retry');
    for (const heading of ['Prompt', 'Why interviewers ask this', 'How to approach it', 'Key points', 'Scoring anchors', 'Follow-ups', 'Red flags'])
      expect(await page.getByRole('heading', { name: heading, exact: true }).isVisible(), heading).toBe(true);
    const answer = page.locator('.reveal .markdown');
    expect(await answer.isVisible()).toBe(false);
    await page.locator('.reveal summary').click();
    expect(await answer.isVisible()).toBe(true);
    expect(await page.locator('.reveal pre code .hljs-keyword').count()).toBeGreaterThan(0);
    expect(await page.locator('.anchor').count()).toBe(5);
    expect(await page.title()).toBe('Making a payment endpoint safe to retry · Candor');
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works from the keyboard: / to search, j/k to move, Enter to open, Escape to go back', async () => {
    const { page, context, errors } = await h.newPage();
    await page.goto('/');
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(3);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bank-search');
    const before = await countText(page);
    await page.keyboard.type('cache');
    await expect.poll(() => page.url()).toContain('q=cache');
    // Previous results stay on screen while the search loads ("updating"): wait for the new ones.
    await expect.poll(() => countText(page)).toMatch(/^\d+ questions?$/);
    await expect.poll(() => countText(page)).not.toBe(before);
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await page.keyboard.press('j');
    const second = (await page.locator('.result').nth(1).locator('.result-title').textContent())!;
    expect(await page.locator('.result.is-active .result-title').textContent()).toBe(second);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').textContent()).toBe(second);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).toContain('q=cache');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('passes an axe accessibility check on the bank, with and without results', async () => {
    const { page, context } = await h.newPage();
    await page.goto('/');
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.goto('/?q=zzzqqqxxx');
    await expect.poll(() => page.locator('.state-empty').count()).toBe(1);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('is usable 375 px wide: no sideways scrolling, filters folded and openable', async () => {
    const { page, context, errors } = await h.newPage({ width: 375, height: 800 });
    await page.goto('/');
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await page.locator('.facet-category').isVisible()).toBe(false);
    await page.locator('.filters-disclosure summary').click();
    expect(await page.locator('.facet-category').isVisible()).toBe(true);
    await page.goto('/questions/sd-rate-limiter');
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    await page.locator('.reveal summary').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never runs script from question content', async () => {
    const hostile = {
      slug: 'hostile-markdown-e2e',
      title: 'Hostile <img src=x onerror=alert(1)> title',
      type: 'technical',
      category: 'Security',
      difficulty: 'easy',
      minutes: 5,
      tags: ['xss'],
      prompt: 'Hello <script>window.__pwned = 1</script>\n\n<img src="x" onerror="window.__pwned = 2">\n\n[click](javascript:window.__pwned=3)',
      referenceAnswer: '<iframe src="javascript:alert(1)"></iframe> <svg onload="window.__pwned=4"></svg>',
    };
    const created = await h.inject({ method: 'POST', url: '/api/v1/questions', payload: hostile });
    expect(created.statusCode).toBe(201);
    const { page, context, errors } = await h.newPage();
    await page.goto('/questions/hostile-markdown-e2e');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Hostile');
    await page.locator('.reveal summary').click();
    await page.getByRole('link', { name: 'click' }).click().catch(() => {});
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.question script, .question iframe, .question svg[onload], .question img[onerror]').count()).toBe(0);
    await page.goto('/?q=hostile');
    await expect.poll(() => resultTitles(page)).toContain('Hostile <img src=x onerror=alert(1)> title');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a not-found page for an unknown address and an unknown question', async () => {
    const { page, context } = await h.newPage();
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.getByRole('heading', { name: 'There is no page here' }).isVisible()).toBe(true);
    await page.goto('/questions/no-such-question');
    await expect.poll(() => page.locator('.state-error h2').textContent()).toBe('Not found');
    await context.close();
  });
});
