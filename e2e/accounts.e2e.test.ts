// Accounts in a browser, from a fresh install: the first-run link, inviting an interviewer who
// joins and sees the bank, signing out and in again, and what a candidate is (not) shown.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createSetupLink } from '../src/server/features/auth/setup.service';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ setUp: false });
});
afterAll(() => h?.close());

const owner = { name: 'Priya Owner', email: 'priya@example.com', password: 'priya has a long password' };
const interviewer = { name: 'Ivan Interviewer', email: 'ivan@example.com', password: 'ivan has a long password' };
const countText = async (page: Page) => (await page.locator('.results-count').textContent()) ?? '';

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function invite(page: Page, email: string, role: string): Promise<string> {
  await page.goto('/settings/members');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption(role);
  await page.getByRole('button', { name: 'Create invitation' }).click();
  const link = page.getByLabel('Invitation link');
  await expect.poll(() => link.inputValue()).toMatch(/\/join\//);
  return link.inputValue();
}

describe('accounts in a browser', () => {
  it('sends a signed-out visitor to sign in', async () => {
    const { page, context, errors } = await h.newPage({ as: null });
    await page.goto('/import');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/import');
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('setup → invite → the invited interviewer signs in and sees the bank', async () => {
    // What `npm start` prints on a fresh install.
    const { link } = (await createSetupLink(h.database.db, h.baseUrl))!;
    const { page, context, errors } = await h.newPage({ as: null });
    await page.goto(link);
    await page.getByLabel('Your name').fill(owner.name);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill(owner.password);
    await page.getByLabel('Workspace name').fill('Acme engineering');
    await page.getByRole('button', { name: /create/i }).click();
    await expect.poll(() => countText(page), { timeout: 15_000 }).toMatch(/^\d+ questions/);
    expect(new URL(page.url()).pathname).toBe('/');

    const joinLink = await invite(page, interviewer.email, 'interviewer');
    await context.close();

    const guest = await h.newPage({ as: null });
    await guest.page.goto(joinLink);
    await expect.poll(() => guest.page.getByText('Acme engineering').first().isVisible()).toBe(true);
    await guest.page.getByLabel('Your name').fill(interviewer.name);
    await guest.page.getByLabel('Password', { exact: true }).fill(interviewer.password);
    await guest.page.getByLabel('Confirm password').fill(interviewer.password);
    await guest.page.getByRole('button', { name: /join|accept/i }).click();
    await expect.poll(() => countText(guest.page), { timeout: 15_000 }).toMatch(/^\d+ questions/);
    await guest.context.close();

    // Later, on another browser: sign in from the sign-in page.
    const later = await h.newPage({ as: null });
    await later.page.goto('/');
    await later.page.getByLabel('Email').fill(interviewer.email);
    await later.page.getByLabel('Password').fill(interviewer.password);
    await later.page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => countText(later.page)).toMatch(/^\d+ questions/);
    // An interviewer reads full questions but has no Settings or Import.
    await expect.poll(() => later.page.getByRole('link', { name: 'Question bank' }).isVisible()).toBe(true);
    expect(await later.page.getByRole('link', { name: 'Import' }).count()).toBe(0);
    expect(await later.page.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    expect(errors).toEqual([]);
    expect(later.errors).toEqual([]);
    await later.context.close();
  });

  it('a wrong password is refused on the page, and five lock the account', async () => {
    const { page, context } = await h.newPage({ as: null });
    await page.goto('/sign-in');
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('Email').fill(interviewer.email);
      await page.getByLabel('Password').fill(`not the password ${i}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/do not match/i);
    }
    await page.getByLabel('Password').fill(interviewer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/too many attempts/i);
    await context.close();
  });

  it('a candidate practises without ever being shown an answer', async () => {
    const admin = await h.newPage({ as: owner });
    const joinLink = await invite(admin.page, 'cara@example.com', 'candidate');
    await admin.context.close();

    const { page, context, errors } = await h.newPage({ as: null, width: 375, height: 800 });
    await page.goto(joinLink);
    await page.getByLabel('Your name').fill('Cara Candidate');
    await page.getByLabel('Password', { exact: true }).fill('cara has a long password');
    await page.getByLabel('Confirm password').fill('cara has a long password');
    await page.getByRole('button', { name: /join|accept/i }).click();
    // Candidates land on practice; the questions they may read are one link away.
    await page.waitForURL(/\/practice$/, { timeout: 15_000 });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Questions' }).click();
    await expect.poll(() => countText(page), { timeout: 15_000 }).toMatch(/^\d+ questions/);
    await page.locator('.result-title').first().click();
    await expect.poll(() => page.getByRole('heading', { name: 'Why interviewers ask this' }).isVisible()).toBe(true);
    for (const hidden of ['Reference answer', 'Key points', 'Scoring anchors', 'Follow-ups', 'Red flags'])
      expect(await page.getByRole('heading', { name: hidden }).count(), hidden).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: 'e2e/screenshots/candidate-practice-375.png', fullPage: true });
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
