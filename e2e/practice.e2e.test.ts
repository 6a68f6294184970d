// Practice in a browser, as a candidate: a bank question answered poorly shows the missed points
// and a follow-up; answered well, the score rises; the review schedule moves. Then the report is
// private until shared, and the pages work on a phone and without speech recognition.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createUser } from '../src/server/features/auth/auth.service';
import { addMember } from '../src/server/features/workspaces/workspace.service';
import { startHarness, type Harness } from './harness';

let h: Harness;
const cara = { name: 'Cara Candidate', email: 'cara@example.com', password: 'cara has a long password' };
beforeAll(async () => {
  h = await startHarness();
  mkdirSync('e2e/screenshots', { recursive: true });
  const me = (await h.inject({ url: '/api/v1/auth/me' })).json();
  const user = await createUser(h.database.db, cara);
  await addMember(h.database.db, { workspaceId: me.workspace.id, userId: user.id, role: 'candidate' });
});
afterAll(() => h?.close());

// The bundled pack's only easy API Design question, and answers a candidate might give to it.
const TITLE = 'Choosing the right status codes for an orders API';
const POOR = 'When the request works I return 200 OK, and when something is missing I return 404 not found. If the server crashes it is a 500 internal server error. That covers most of what clients need to know.';
const FOLLOW_UP = "If the token is valid but the order belongs to another customer I return 403 Forbidden, or 404 when we should hide that the order exists at all.";
const GOOD =
  'Creating an order with POST returns 201 Created with a Location header pointing at the new order, and a DELETE that succeeds returns 204 No Content with an empty body. ' +
  'Errors must never be 200 with an error body, because caches, retry logic and error rate alerts all read the status code. ' +
  'A body that is malformed JSON is a 400 Bad Request, a well-formed order that fails validation is 422 Unprocessable Content, and an order that does not exist is 404 Not Found. ' +
  'A missing or expired token is 401 Unauthorized with a WWW-Authenticate header, while a valid user without permission gets 403 Forbidden, or 404 when we want to hide that the order exists. ' +
  'Cancelling an order that is already shipped is a 409 Conflict, and a stale If-Match ETag gets 412 Precondition Failed so we avoid lost updates. ' +
  'Rate limits answer 429 Too Many Requests with Retry-After, an unhandled bug is a 500 internal server error with no stack trace, and overload is 503 Service Unavailable. ' +
  'Every error body uses Problem Details, application/problem+json from RFC 9457, with type, title, status and detail.';

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const scoreOf = async (page: Page) => Number((await page.locator('.score-line strong').last().textContent())?.match(/Score (\d) of 5/)?.[1]);
const reviewDue = async (page: Page) => new Date((await page.locator('.review-note time').getAttribute('datetime')) ?? '').getTime();
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function answer(page: Page, label: string, text: string, button: string) {
  await page.getByLabel(label).fill(text);
  await page.getByRole('button', { name: button }).click();
}

describe('practice in the browser', () => {
  let reportPath = '';

  it('a poor answer shows missed points and a follow-up; a good one scores higher; the schedule moves', async () => {
    const { page, context, errors } = await h.newPage({ as: cara });
    await page.goto('/');
    await page.waitForURL(/\/practice$/);
    await expect.poll(() => page.getByRole('heading', { name: 'Start a session' }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.due-card').textContent()).toContain('Nothing yet');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'e2e/screenshots/practice-setup-desktop.png', fullPage: true });

    await page.getByRole('checkbox', { name: /^easy/ }).check();
    await page.getByRole('checkbox', { name: /^API Design/ }).check();
    await page.getByLabel('Number of questions').fill('1');
    await page.getByRole('button', { name: 'Start the mock interview' }).click();
    await page.waitForURL(/\/practice\/sessions\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    expect(await page.getByRole('timer').textContent()).toMatch(/^\d+:\d\d$/);
    // Chromium has webkitSpeechRecognition: the Speak button is offered.
    expect(await page.getByRole('button', { name: 'Speak' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // 1. A poor answer.
    await answer(page, 'Your answer', POOR, 'Submit answer');
    await expect.poll(() => page.locator('.score-line').count()).toBe(1);
    const poorScore = await scoreOf(page);
    expect(poorScore).toBeLessThanOrEqual(2);
    const missed = page.locator('.panel-missed li');
    expect(await missed.count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole('heading', { name: 'The follow-up an interviewer would ask next' }).isVisible()).toBe(true);
    expect((await page.locator('.follow-up-prompt').textContent())!.length).toBeGreaterThan(20);
    // The candidate's own words are marked, and each mark leads to its key point.
    expect(await page.locator('mark.evidence').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/404 not found/i)]));
    // Pointing at a key point lights the words that made it.
    await page.locator('.score-summary').scrollIntoViewIfNeeded();
    await page.locator('.point-link').last().hover();
    expect(await page.locator('mark.evidence.is-linked').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'e2e/screenshots/practice-feedback-linked-desktop.png' });
    await page.locator('mark.evidence button').first().click();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('point-link');
    expect(await page.locator('.point-list li.is-linked').count()).toBe(1);
    expect(await page.getByRole('heading', { name: /^What a \d sounds like for this question$/ }).isVisible()).toBe(true);
    await page.getByText('Reference answer').click();
    expect(await page.locator('.reference-answer .markdown').isVisible()).toBe(true);
    const poorDue = await reviewDue(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'e2e/screenshots/practice-feedback-poor-desktop.png', fullPage: true });

    // 2. The follow-up, answered as a new attempt graded with the first answer.
    await answer(page, 'Your answer to the follow-up', FOLLOW_UP, 'Submit follow-up answer');
    await expect.poll(() => page.locator('.follow-up-asked').count()).toBe(1);
    expect(await scoreOf(page)).toBeGreaterThanOrEqual(poorScore);

    // 3. Retry, answered well: the score rises and the review moves further away.
    await page.getByRole('button', { name: 'Retry this question' }).click();
    await answer(page, 'Your answer', GOOD, 'Submit answer');
    await expect.poll(() => page.locator('.panel-missed li').count()).toBe(0);
    const goodScore = await scoreOf(page);
    expect(goodScore).toBeGreaterThan(poorScore);
    const goodDue = await reviewDue(page);
    expect(goodDue).toBeGreaterThan(poorDue);
    await page.screenshot({ path: 'e2e/screenshots/practice-feedback-good-desktop.png', fullPage: true });

    // 4. The report, and the schedule on the progress page.
    await page.getByRole('button', { name: 'Finish and see the report' }).last().click();
    await page.waitForURL(/\/report$/);
    reportPath = new URL(page.url()).pathname;
    await expect.poll(() => page.locator('.attempt-item').count(), { timeout: 20_000 }).toBe(3);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'e2e/screenshots/practice-report-desktop.png', fullPage: true });
    await page.goto('/practice/progress');
    const due = page.locator('.due-list li').filter({ hasText: TITLE });
    await expect.poll(() => due.count()).toBe(1);
    // The schedule holds the date the good answer set, not the poor one's.
    expect(new Date((await due.locator('time').getAttribute('datetime'))!).getTime()).toBe(goodDue);
    const strength = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Strength per category' }) });
    expect(await strength.getByRole('row', { name: /API Design/ }).first().textContent()).toMatch(/^API Design\d\.\d/);
    expect(await page.locator('.recharts-line').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'e2e/screenshots/practice-progress-desktop.png', fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the report private until Cara shares it, and private again when she stops', async () => {
    const staff = await h.newPage();
    await staff.page.goto(reportPath);
    await expect.poll(() => staff.page.getByRole('heading', { name: 'Not found' }).isVisible()).toBe(true);

    const { page, context, errors } = await h.newPage({ as: cara });
    await page.goto(reportPath);
    await page.getByRole('checkbox', { name: 'Share this report' }).check();
    await expect.poll(() => page.getByLabel('Link to the report').isVisible()).toBe(true);

    // The hiring team finds it from Candidates, in the list of shared reports, and opens it.
    await staff.page.goto('/candidates');
    await staff.page.getByRole('link', { name: 'Shared practice reports' }).click();
    await staff.page.setViewportSize({ width: 375, height: 800 });
    await staff.page.getByRole('link', { name: 'Cara Candidate: mock interview report' }).waitFor();
    expect(await fitsWidth(staff.page)).toBe(true);
    await expectNoAxeViolations(staff.page);
    await staff.page.screenshot({ path: 'e2e/screenshots/practice-shared-list-375.png', fullPage: true });
    await staff.page.setViewportSize({ width: 1280, height: 900 });
    await staff.page.getByRole('link', { name: 'Cara Candidate: mock interview report' }).click();
    await expect.poll(() => staff.page.getByText('Shared by Cara Candidate').isVisible()).toBe(true);
    expect(new URL(staff.page.url()).pathname).toBe(reportPath);
    expect(await staff.page.locator('.attempt-item').count()).toBe(3);
    expect(await staff.page.getByRole('checkbox', { name: 'Share this report' }).count()).toBe(0);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await fitsWidth(page)).toBe(true);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'e2e/screenshots/practice-report-shared-375.png', fullPage: true });
    await page.screenshot({ path: 'e2e/screenshots/practice-report-shared-375-top.png' });
    await page.locator('.attempt-item').nth(1).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'e2e/screenshots/practice-report-attempt-375.png' });

    await page.getByRole('checkbox', { name: 'Share this report' }).uncheck();
    await expect.poll(() => page.getByText('Private', { exact: true }).isVisible()).toBe(true);
    await staff.page.reload();
    await expect.poll(() => staff.page.getByRole('heading', { name: 'Not found' }).isVisible()).toBe(true);
    await staff.page.goto('/practice/shared');
    await expect.poll(() => staff.page.getByRole('heading', { name: 'No shared reports yet' }).isVisible()).toBe(true);
    // The owner's page logs the 404s it was shown on purpose; nothing else.
    expect(staff.errors.filter((e) => !e.includes('404'))).toEqual([]);
    expect(errors).toEqual([]);
    await Promise.all([context.close(), staff.context.close()]);
  });

  it('works at 375 px and without speech recognition: typing still answers', async () => {
    const { page, context, errors } = await h.newPage({ as: cara, width: 375, height: 800 });
    await context.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).webkitSpeechRecognition;
      delete (window as unknown as Record<string, unknown>).SpeechRecognition;
    });
    await page.goto('/practice');
    await expect.poll(() => page.getByRole('heading', { name: 'Start a session' }).isVisible()).toBe(true);
    expect(await fitsWidth(page)).toBe(true);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'e2e/screenshots/practice-setup-375.png', fullPage: true });

    await page.getByRole('radio', { name: /Review/ }).check();
    await page.getByLabel('Number of questions').fill('1');
    await page.getByRole('button', { name: 'Start the review' }).click();
    await page.waitForURL(/\/practice\/sessions\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText('Speech input is not available in this browser. Typing works as usual.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Speak' }).count()).toBe(0);
    expect(await fitsWidth(page)).toBe(true);
    await page.screenshot({ path: 'e2e/screenshots/practice-session-375.png', fullPage: true });
    await answer(page, 'Your answer', POOR, 'Submit answer');
    await expect.poll(() => page.locator('.score-summary').count()).toBe(1);
    expect(await fitsWidth(page)).toBe(true);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'e2e/screenshots/practice-feedback-375.png', fullPage: true });
    await page.locator('.score-summary').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'e2e/screenshots/practice-feedback-375-top.png' });

    await page.goto('/practice/progress');
    await expect.poll(() => page.getByRole('heading', { name: 'Strength per category' }).isVisible()).toBe(true);
    expect(await fitsWidth(page)).toBe(true);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'e2e/screenshots/practice-progress-375.png', fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
