// Kits in a browser: from the bundled 60-minute starter kit to a reordered, saved kit, using only
// the keyboard for the reordering, at desktop width and on a phone.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  mkdirSync('e2e/screenshots', { recursive: true });
});
afterAll(() => h?.close());

const WARM_UP = 'Disagreeing with a teammate in a code review';
const IDEMPOTENCY = 'Making a payment endpoint safe to retry';
const LOCKING = 'Two people edit the same record; optimistic or pessimistic locking?';

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The question titles of one section, in the order on screen. */
const titlesIn = (page: Page, section: string) => page.getByRole('list', { name: `Questions in ${section}` }).locator('.kit-question-title').allTextContents();
const strip = (titles: string[]) => titles.map((t) => t.replace(/^\d+\.\s*/, ''));

describe('kits in the browser', () => {
  let kitUrl = '';

  it('creates a kit from the 60-minute starter, reorders it with the keyboard only, saves, and keeps the order after a reload', async () => {
    const { page, context, errors } = await h.newPage();
    await page.goto('/kits');
    await expect.poll(() => page.getByRole('heading', { name: 'No kits yet' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Kits' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'From a starter kit', exact: true }).click();
    await page.getByRole('button', { name: 'Use Backend technical interview (60 min)' }).click();
    await page.waitForURL(/\/kits\/[0-9a-f-]{36}$/);
    kitUrl = new URL(page.url()).pathname;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Backend technical interview (60 min)');
    expect(strip(await titlesIn(page, 'Warm-up'))).toEqual([WARM_UP]);
    expect(strip(await titlesIn(page, 'API and auth'))).toEqual([IDEMPOTENCY]);

    // 1. The Move up button, reached and pressed from the keyboard: the question crosses into Warm-up.
    await page.getByRole('button', { name: `Move up: ${IDEMPOTENCY}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => strip(await titlesIn(page, 'Warm-up'))).toEqual([WARM_UP, IDEMPOTENCY]);
    await expect.poll(() => page.getByTestId('kit-announcer').textContent()).toContain(`“${IDEMPOTENCY}” is now 2 of 2 in “Warm-up”.`);
    // Focus stayed with the moved question, so pressing Enter again moves it once more.
    await page.keyboard.press('Enter');
    await expect.poll(async () => strip(await titlesIn(page, 'Warm-up'))).toEqual([IDEMPOTENCY, WARM_UP]);

    // 2. Keyboard drag and drop: Space picks the locking question up, ArrowUp moves it, Space drops it.
    const handle = page.getByRole('button', { name: `Reorder: ${LOCKING}` });
    await handle.focus();
    // dnd-kit's own live region says what is happening; like a person, the test waits to hear it.
    const dndSays = () => page.locator('[id^="DndLiveRegion"]').textContent();
    await page.keyboard.press('Space');
    await expect.poll(dndSays).toContain('in “Database deep-dive”');
    await page.keyboard.press('ArrowUp');
    await expect.poll(dndSays).toContain('is over position 1 in “API and auth”');
    await page.keyboard.press('Space');
    await expect.poll(dndSays).toContain(`Dropped. “${LOCKING}” is now 1 of 1 in “API and auth”.`);
    await expect.poll(async () => strip(await titlesIn(page, 'API and auth'))).toEqual([LOCKING]);
    expect(strip(await titlesIn(page, 'Database deep-dive'))).toEqual([]);

    await expect.poll(() => page.getByText('Unsaved changes').isVisible()).toBe(true);
    await page.screenshot({ path: 'e2e/screenshots/kit-builder-desktop.png', fullPage: true });
    await page.getByRole('heading', { name: 'Section 1: Warm-up' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'e2e/screenshots/kit-builder-desktop-viewport.png' });
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Save kit' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('All changes saved').isVisible()).toBe(true);

    await page.reload();
    await expect.poll(async () => strip(await titlesIn(page, 'Warm-up'))).toEqual([IDEMPOTENCY, WARM_UP]);
    expect(strip(await titlesIn(page, 'API and auth'))).toEqual([LOCKING]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works on a 375 px phone screen: nothing wider than the screen, the same controls', async () => {
    const { page, context, errors } = await h.newPage({ width: 375, height: 800 });
    await page.goto(kitUrl);
    await expect.poll(async () => strip(await titlesIn(page, 'Warm-up'))).toEqual([IDEMPOTENCY, WARM_UP]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'e2e/screenshots/kit-builder-375.png', fullPage: true });
    await page.getByRole('heading', { name: 'Section 1: Warm-up' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'e2e/screenshots/kit-builder-375-viewport.png' });
    await expectNoAxeViolations(page);

    await page.goto('/kits');
    await expect.poll(() => page.getByRole('link', { name: 'Backend technical interview (60 min)' }).isVisible()).toBe(true);
    await page.screenshot({ path: 'e2e/screenshots/kits-list-375.png', fullPage: true });
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('assembles a kit from constraints, shows why each question was picked, and saves it', async () => {
    const { page, context, errors } = await h.newPage();
    await page.goto('/kits/assemble');
    await page.getByLabel('Duration (min)').fill('45');
    await page.getByLabel('At least this many categories').fill('3');
    await page.getByRole('button', { name: 'Assemble' }).click();
    await expect.poll(() => page.locator('#proposal-h').textContent()).toMatch(/^Proposal: \d+ of 45 min/);
    expect(await page.locator('.proposal-reason').count()).toBeGreaterThan(1);
    expect(await page.locator('.proposal-reason').first().textContent()).toMatch(/^Why: adds .*min fits the \d+ min left\.$/);
    await page.screenshot({ path: 'e2e/screenshots/kit-assemble-desktop.png', fullPage: true });
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save as a kit' }).click();
    await page.waitForURL(/\/kits\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('45-minute mid-level interview');
    expect(errors).toEqual([]);
    await context.close();
  });
});
