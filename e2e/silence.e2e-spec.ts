import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newDesktopPage, webUrl } from './support/browser';
import { demoOf as demo, openSessionRound, openText, signIn, waitLive, type SessionRound } from './support/session';

const RESULTS = join(__dirname, '..', 'test-results');
/** Live updates must show without a reload; this leaves a loaded CI machine slack. */
const LIVE_MS = 15_000;
/**
 * The first procedure's notice, as the chair types it: short enough to wait for in a test, long
 * enough for every page to show it running on a loaded machine.
 */
const NOTICE_SECONDS = 10;
const STATEMENT = 'Mexico needs to consult its capital on this paragraph.';
/** The worker's turn after a deadline, counted from the deadline (a loaded machine included). */
const WORKER_SLACK_MS = 30_000;

/** A paragraph's number as the session names it: "¶ 1", not "¶ 1." as the demo draft numbers it. */
const bare = (number: string) => number.replace(/[.)]$/, '');

/** The chair picks paragraph `number` and a notice, and starts the procedure from the console. */
const startSilence = async (page: Page, number: string, minutes: number, seconds: number): Promise<void> => {
  const form = page.locator('[data-testid="silence-start-form"]');
  await form.locator('input[data-testid="silence-paragraphs"]').click();
  await page.getByRole('option', { name: `¶ ${bare(number)}`, exact: true }).click();
  await page.keyboard.press('Escape');
  await form.locator('input[data-testid="silence-minutes"]').fill(String(minutes));
  await form.locator('input[data-testid="silence-seconds"]').fill(String(seconds));
  await form.locator('[data-testid="silence-start"]').click();
};

const statusOf = (page: Page, key: string) =>
  page.locator(`[data-testid="paragraph"][data-key="${key}"] [data-testid="paragraph-status"]`);

describe('silence procedure, in the browser', () => {
  let browser: Browser;
  let seeded: SessionRound;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    seeded = await openSessionRound('Silence procedure session');
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });

  // Three people sign in, two procedures and a deadline: more than one test's worth on a loaded machine.
  it('adopts a paragraph at the deadline when nobody breaks silence; a head of delegation breaks the next one', async () => {
    const chair = await newDesktopPage(browser);
    const head = await newDesktopPage(browser);
    const delegate = await newDesktopPage(browser);
    contexts.push(chair.context, head.context, delegate.context);
    await signIn(chair.page, demo('chair').email);
    await signIn(head.page, demo('head_of_delegation').email);
    await signIn(delegate.page, demo('delegate').email);

    // The chair reaches the console from the chair's page.
    await chair.page.goto(`${webUrl()}/chair`);
    const chaired = chair.page.locator('[data-testid="chaired-round"]', { hasText: 'Silence procedure session' });
    await chaired.waitFor();
    // The round's zone is named as people name it ("Central Standard Time (Mexico City)"), not by its IANA id.
    expect(await chaired.textContent()).not.toMatch(/[A-Za-z]+\/[A-Za-z_]+/);
    await chaired.locator('[data-testid="round-console"]').click();
    await waitLive(chair.page);
    await openText(head.page, seeded);
    await openText(delegate.page, seeded);

    const first = head.page.locator('[data-testid="paragraph"]').nth(0);
    const second = head.page.locator('[data-testid="paragraph"]').nth(1);
    const [firstKey, firstNumber] = [await first.getAttribute('data-key'), await first.getAttribute('data-number')];
    const [secondKey, secondNumber] = [await second.getAttribute('data-key'), await second.getAttribute('data-number')];
    if (!firstKey || !firstNumber || !secondKey || !secondNumber) throw new Error('the demo text has no paragraphs');
    expect(await statusOf(head.page, firstKey).getAttribute('data-status')).not.toBe('agreed');

    // 1. A short procedure that nobody breaks: everyone sees it running before its deadline, then the text adopted.
    await startSilence(chair.page, firstNumber, 0, NOTICE_SECONDS);
    const seen = { state: 'visible', timeout: NOTICE_SECONDS * 1000 } as const;
    await Promise.all([
      head.page.locator('[data-testid="silence-running"]').waitFor(seen),
      delegate.page.locator('[data-testid="silence-running"]').waitFor(seen),
    ]);

    const adopted = NOTICE_SECONDS * 1000 + WORKER_SLACK_MS;
    await head.page
      .locator('[data-testid="silence-ended"][data-status="concluded"]')
      .waitFor({ state: 'visible', timeout: adopted });
    await statusOf(head.page, firstKey).and(head.page.locator('[data-status="agreed"]')).waitFor({ timeout: LIVE_MS });
    await statusOf(delegate.page, firstKey)
      .and(delegate.page.locator('[data-status="agreed"]'))
      .waitFor({ timeout: LIVE_MS });
    await chair.page
      .locator('[data-testid="silence-ended"][data-status="concluded"]')
      .waitFor({ state: 'visible', timeout: LIVE_MS });
    await head.page.screenshot({ path: join(RESULTS, 'silence-adopted.png') });

    // 2. A second procedure, broken by Mexico's head with a statement: everyone sees which, who and why.
    // Ten minutes ahead: what a running procedure offers is checked with no deadline to race.
    await startSilence(chair.page, secondNumber, 10, 0);
    const next = head.page.locator('[data-testid="silence-running"]');
    await next.waitFor({ state: 'visible', timeout: LIVE_MS });
    expect(await next.locator('[data-testid="silence-countdown"]').textContent()).toMatch(/^\d+:\d\d$/);
    await delegate.page.locator('[data-testid="silence-running"]').waitFor({ state: 'visible', timeout: LIVE_MS });
    // A delegate (not the head) is not offered the break; the head is.
    expect(await delegate.page.locator('[data-testid="silence-break"]').count()).toBe(0);
    expect(await next.locator('[data-testid="silence-break"]').count()).toBe(1);
    await head.page.screenshot({ path: join(RESULTS, 'silence-countdown.png') });
    await next.locator('[data-testid="silence-break"]').click();
    await head.page.locator('textarea[data-testid="silence-statement"]').fill(STATEMENT);
    await head.page.locator('[data-testid="silence-break-confirm"]').click();
    for (const page of [chair.page, delegate.page, head.page]) {
      await page
        .locator('[data-testid="silence-ended"][data-status="broken"]', { hasText: STATEMENT })
        .waitFor({ state: 'visible', timeout: LIVE_MS });
      expect(await page.locator('[data-testid="silence-running"]').count()).toBe(0);
      expect(
        await page.locator('[data-testid="silence-ended"][data-status="broken"]', { hasText: STATEMENT }).textContent(),
      ).toContain(`Silence on ¶ ${bare(secondNumber)} broken by Mexico`);
    }
    await chair.page.screenshot({ path: join(RESULTS, 'silence-broken-chair.png') });
    expect(await statusOf(head.page, secondKey).getAttribute('data-status')).not.toBe('agreed');
  }, 180_000);
});
