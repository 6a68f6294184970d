// A structured interview end to end in the browser, against the real server: a kit from the
// 60-minute starter, a candidate, an interview scheduled with two interviewers; interviewer A runs
// it with the keyboard only (and reloads mid-interview without losing anything); interviewer B
// cannot see A's scorecard before submitting, on the page or through the API; then the debrief,
// its printable version and calibration. Screenshots at desktop and phone width, axe on each page.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createUser } from '../src/server/features/auth/auth.service';
import { addMember } from '../src/server/features/workspaces/workspace.service';
import { OWNER, startHarness, type Credentials, type Harness } from './harness';

let h: Harness;
const ada = { name: 'Ada Interviewer', email: 'ada@example.com', password: 'ada has a long password' };
const ben = { name: 'Ben Interviewer', email: 'ben@example.com', password: 'ben has a long password' };
const CANDIDATE = 'Casey Candidate';
let candidateId = '';
let interviewId = '';

const WARM_UP = 'Disagreeing with a teammate in a code review';
const IDEMPOTENCY = 'Making a payment endpoint safe to retry';
const LOCKING = 'Two people edit the same record; optimistic or pessimistic locking?';
const MESSAGING = 'Exactly-once loyalty points from an at-least-once queue';

beforeAll(async () => {
  h = await startHarness();
  mkdirSync('e2e/screenshots', { recursive: true });
  const me = (await h.inject({ method: 'GET', url: '/api/v1/auth/me' })).json() as { workspace: { id: string } };
  for (const person of [ada, ben]) {
    const user = await createUser(h.database.db, person);
    await addMember(h.database.db, { workspaceId: me.workspace.id, userId: user.id, role: 'interviewer' });
  }
  const kit = await h.inject({ method: 'POST', url: '/api/v1/kits/from-pack', payload: { pack: 'backend', kit: 'backend-technical-60' } });
  expect(kit.statusCode, kit.body).toBe(201);
  const candidate = await h.inject({ method: 'POST', url: '/api/v1/candidates', payload: { name: CANDIDATE, email: 'casey@example.com', roleApplied: 'Backend engineer' } });
  expect(candidate.statusCode, candidate.body).toBe(201);
  candidateId = candidate.json().id;
});
afterAll(() => h?.close());

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Desktop and phone screenshots of the page at `url`, signed in as `who`, with axe on both. */
async function screenshots(url: string, name: string, who: Credentials, ready: (page: Page) => Promise<unknown>) {
  for (const width of [1280, 375]) {
    const { page, context, errors } = await h.newPage({ as: who, width, height: 900 });
    await page.goto(url);
    await ready(page);
    await page.screenshot({ path: `e2e/screenshots/${name}-${width}.png`, fullPage: true });
    // What sticks out, named in the message when something does.
    const wide = await page.evaluate((w) => [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > w + 1 && !el.closest('.table-wrap')).slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}`), width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width}px scrolls sideways: ${wide.join(', ')}`).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  }
}

const saveStatus = (page: Page) => page.locator('.save-status [role="status"]').textContent();
const outlineItem = (page: Page, title: string) => page.getByRole('navigation', { name: 'Interview outline' }).getByRole('button', { name: new RegExp(`^${title.replace(/[?()]/g, '\\$&')}\\s*,`) });
const userIdOf = async (page: Page) => ((await (await page.context().request.get('/api/v1/auth/me')).json()) as { user: { id: string } }).user.id;
const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true });

describe('a structured interview in the browser', () => {
  it('schedules the candidate with both interviewers from the form', async () => {
    const { page, context, errors } = await h.newPage();
    await page.goto(`/interviews/new?candidate=${candidateId}`);
    await expect.poll(() => page.getByLabel('Candidate').inputValue()).toBe(candidateId);
    await page.getByLabel('Kit').selectOption({ label: 'Backend technical interview (60 min) — 4 questions, 60 min' });
    await page.getByRole('checkbox', { name: new RegExp(ada.name) }).check();
    await page.getByRole('checkbox', { name: new RegExp(ben.name) }).check();
    await page.getByRole('button', { name: 'Schedule interview' }).click();
    await expect.poll(() => page.getByText(`Interview with ${CANDIDATE} scheduled.`).isVisible()).toBe(true);
    const list = (await h.inject({ method: 'GET', url: '/api/v1/interviews' })).json() as { items: { id: string; interviewers: { name: string }[] }[] };
    expect(list.items).toHaveLength(1);
    expect(list.items[0]!.interviewers.map((p) => p.name).sort()).toEqual([ada.name, ben.name]);
    interviewId = list.items[0]!.id;
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reschedules it from the list, keeping the panel, and says so', async () => {
    const { page, context, errors } = await h.newPage();
    await page.goto('/interviews');
    await page.getByRole('link', { name: `Reschedule or change the interviewers of the interview with ${CANDIDATE}` }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: new RegExp(ada.name) }).isChecked()).toBe(true);
    await page.getByLabel('When').fill('2031-03-04T09:30');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByText(`Interview with ${CANDIDATE} updated.`).isVisible()).toBe(true);
    const saved = (await h.inject({ method: 'GET', url: `/api/v1/interviews/${interviewId}` })).json() as { scheduledAt: string; version: number; interviewers: { name: string }[] };
    // The browser and the server share this machine's time zone, so the local time maps back exactly.
    expect(saved.scheduledAt).toBe(new Date('2031-03-04T09:30').toISOString());
    expect(saved.version).toBe(2);
    expect(saved.interviewers.map((p) => p.name).sort()).toEqual([ada.name, ben.name]);
    expect(errors).toEqual([]);
    await context.close();
    await screenshots(`/interviews/${interviewId}/edit`, 'interview-edit', OWNER, (p) => p.getByRole('button', { name: 'Save changes' }).waitFor());
  });

  it('interviewer A runs it with the keyboard only; a reload mid-interview loses nothing', async () => {
    const { page, context, errors } = await h.newPage({ as: ada });
    const adaId = await userIdOf(page);
    await page.goto('/interviews');
    await page.getByRole('link', { name: `Open the interview with ${CANDIDATE}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page, WARM_UP).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Start interview' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.live-header .badge').textContent()).toBe('In progress');
    await page.locator('#question-h').focus();

    // Warm-up: score 4, tick the first and third key points, write a note, leave the field.
    await page.keyboard.press('4');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('k');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('k');
    await page.keyboard.press('e');
    await page.keyboard.type('Owned the disagreement; 3 options weighed.'); // the 3 is text, not a score
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: '4 Yes' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.kp-tick[aria-pressed="true"]').count()).toBe(2);
    await expect.poll(() => saveStatus(page)).toBe('Saved');

    // The idempotency question: 3, one key point; then a 5 and an immediate reload, before the save.
    await page.keyboard.press('n');
    await expect.poll(() => heading(page, IDEMPOTENCY).isVisible()).toBe(true);
    await page.keyboard.press('3');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('k');
    await expect.poll(() => saveStatus(page)).toBe('Saved');
    await page.keyboard.press('5');
    await page.reload();
    await expect.poll(() => heading(page, IDEMPOTENCY).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: '5 Strong Yes' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => saveStatus(page)).toBe('Saved');
    expect(await page.locator('.kp-tick[aria-pressed="true"]').count()).toBe(1);
    expect(await outlineItem(page, WARM_UP).textContent()).toContain('scored 4');

    // Back to the warm-up with p: its score, ticks and note came from the server after the reload.
    await page.locator('#question-h').focus();
    await page.keyboard.press('p');
    await expect.poll(() => heading(page, WARM_UP).isVisible()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Owned the disagreement; 3 options weighed.');
    expect(await page.locator('.kp-tick[aria-pressed="true"]').count()).toBe(2);
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await expect.poll(() => heading(page, LOCKING).isVisible()).toBe(true);
    await page.keyboard.press('2');
    await page.keyboard.press('n');
    await expect.poll(() => heading(page, MESSAGING).isVisible()).toBe(true);
    // The network drops: the change stays on the device, says so, and is sent when it returns.
    await context.setOffline(true);
    await page.keyboard.press('x');
    await expect.poll(() => saveStatus(page)).toBe('Offline — kept on this device');
    expect(await page.evaluate((key) => localStorage.getItem(key), `candor:scorecard-draft:${adaId}:${interviewId}`)).toContain('"notAsked":true');
    await context.setOffline(false);
    await expect.poll(() => saveStatus(page), { timeout: 15_000 }).toBe('Saved');
    await page.keyboard.press('?');
    await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.keyboard.press('n');
    await expect.poll(() => heading(page, 'Summary and submit').isVisible()).toBe(true);
    await expect.poll(() => saveStatus(page)).toBe('Saved');
    await page.screenshot({ path: 'e2e/screenshots/live-summary-1280.png', fullPage: true });

    // The recommendation and summary from the keyboard, then submit.
    await page.getByRole('radio', { name: 'Yes', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('textbox', { name: 'Summary' }).focus();
    await page.keyboard.type('Clear on retries and trade-offs; weak on locking.');
    await page.getByRole('button', { name: 'Submit scorecard' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page, 'Your submitted scorecard').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('1 scorecard hidden until you submit yours').count()).toBe(0);
    // The only console errors are the requests that failed while the network was down.
    expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();

    const mine = await h.inject({ method: 'GET', url: `/api/v1/interviews/${interviewId}/scorecards` });
    const adas = (mine.json() as { items: { interviewer: { name: string }; items: { position: number; score: number | null; notAsked: boolean }[] }[] }).items.find((s) => s.interviewer.name === ada.name)!;
    expect(adas.items.map((i) => (i.notAsked ? 'n/a' : i.score))).toEqual([4, 5, 2, 'n/a']);
  });

  it("interviewer B cannot see A's scorecard before submitting, on the page or through the API", async () => {
    const { page, context, errors } = await h.newPage({ as: ben });
    const direct = await context.request.get(`/api/v1/interviews/${interviewId}/scorecards`);
    const listed = (await direct.json()) as { items: { interviewer: { name: string }; summary: string }[]; hidden: number };
    expect(listed.hidden).toBe(1);
    expect(listed.items.map((s) => s.interviewer.name)).toEqual([ben.name]);
    const debrief = await (await context.request.get(`/api/v1/candidates/${candidateId}/debrief`)).text();
    expect(debrief).not.toContain('Owned the disagreement');
    expect(debrief).not.toContain('weak on locking');
    expect(JSON.parse(debrief).hidden.count).toBe(1);
    const csv = await (await context.request.get(`/api/v1/candidates/${candidateId}/scorecards.csv`)).text();
    expect(csv).not.toContain('Owned the disagreement');

    await page.goto(`/interviews/${interviewId}/live?q=summary`);
    await expect.poll(() => page.getByText('1 scorecard hidden until you submit yours').isVisible()).toBe(true);
    expect(await page.getByText('weak on locking').count()).toBe(0);
    await page.goto(`/candidates/${candidateId}/debrief`);
    await expect.poll(() => page.getByText('1 scorecard hidden until you submit yours.').isVisible()).toBe(true);
    expect(await page.getByText('Owned the disagreement').count()).toBe(0);

    // B scores (2 on the warm-up: a disagreement with A's 4), recommends and submits.
    await page.goto(`/interviews/${interviewId}/live`);
    await expect.poll(() => saveStatus(page)).toBe('Up to date');
    // A burst of keys, as fast as the browser takes them: each acts on the question the last one chose.
    for (const key of ['2', 'n', '4', 'n', '3', 'n', '3', 'n']) await page.keyboard.press(key);
    await expect.poll(() => heading(page, 'Summary and submit').isVisible()).toBe(true);
    await page.getByRole('radio', { name: 'No', exact: true }).check();
    await page.getByRole('textbox', { name: 'Summary' }).fill('Hesitant in the warm-up; fine on the rest.');
    await page.getByRole('button', { name: 'Submit scorecard' }).click();
    await expect.poll(() => heading(page, 'Your submitted scorecard').isVisible()).toBe(true);
    // Now A's scorecard is B's to read.
    await expect.poll(() => page.getByText('Clear on retries and trade-offs; weak on locking.').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the debrief shows both scorecards with the disagreement, takes a decision, and prints', async () => {
    const { page, context, errors } = await h.newPage();
    await page.goto(`/candidates/${candidateId}/debrief`);
    const row = page.getByRole('row', { name: new RegExp(WARM_UP) });
    await expect.poll(() => row.textContent()).toContain('Discuss');
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(['Question', ada.name, ben.name, 'Mean', 'Spread']);
    await page.getByRole('radio', { name: 'Hire', exact: true }).check();
    await page.getByLabel('Rationale').fill('Strong on the essentials; locking can be taught.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'History' }).isVisible()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download scorecards (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);

    await page.getByRole('link', { name: 'Print' }).click();
    await expect.poll(() => page.getByRole('heading', { name: `Debrief: ${CANDIDATE}` }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: 'e2e/screenshots/debrief-print.png', fullPage: true });
    // Each section starts a new sheet: the summary, the interviewers, the evidence.
    expect(await page.locator('.print-section').evaluateAll((sections) => sections.map((el) => getComputedStyle(el).breakBefore))).toEqual(['auto', 'page', 'page']);
    const pdf = await page.pdf({ format: 'A4', path: 'e2e/screenshots/debrief-print.pdf' });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('screenshots of the live screen, the debrief and calibration pass axe at desktop and phone widths', async () => {
    await screenshots(`/interviews/${interviewId}/live?q=2`, 'live', ada, (page) => expect.poll(() => heading(page, IDEMPOTENCY).isVisible()).toBe(true));
    await screenshots(`/candidates/${candidateId}/debrief`, 'debrief', OWNER, (page) => expect.poll(() => page.getByRole('heading', { name: 'Evidence by question' }).isVisible()).toBe(true));
    await screenshots('/calibration', 'calibration', OWNER, (page) => expect.poll(() => page.getByRole('heading', { name: 'Agreement between interviewers' }).isVisible()).toBe(true));
  });
});
