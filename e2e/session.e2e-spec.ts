import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation } from '@concordia/contracts';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, newDesktopPage } from './support/browser';
import {
  call,
  demoOf,
  openConsole,
  openSessionRound,
  openText,
  signIn,
  tokenOf,
  type SessionRound,
} from './support/session';

const RESULTS = join(__dirname, '..', 'test-results');
const LIVE_MS = 5_000;
const RUDE = 'An insulting remark that the chair will hide.';
const REASON = 'Personal attack on another delegation.';

describe("speakers' list and moderation, in the browser", () => {
  let browser: Browser;
  let round: SessionRound;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    round = await openSessionRound('Live session');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });

  it('a delegation asks for the floor, the chair gives and ends it; a hidden comment shows a placeholder', async () => {
    const chair = await newDesktopPage(browser);
    const head = await newDesktopPage(browser);
    const delegate = await newDesktopPage(browser);
    contexts.push(chair.context, head.context, delegate.context);
    await signIn(chair.page, demoOf('chair').email);
    await signIn(head.page, demoOf('head_of_delegation').email);
    await signIn(delegate.page, demoOf('delegate').email);
    await openConsole(chair.page, round);
    await openText(head.page, round);
    await openText(delegate.page, round);

    // Mexico's head asks for the floor: the chair and the delegate see the queue at once.
    await head.page.locator('[data-testid="speakers-request"]').click();
    const chairEntry = chair.page.locator('[data-testid="speakers-entry"]');
    await chairEntry.waitFor({ state: 'visible', timeout: LIVE_MS });
    await delegate.page.locator('[data-testid="speakers-entry"]').waitFor({ state: 'visible', timeout: LIVE_MS });
    // One place per delegation: the delegate is no longer offered the request.
    expect(await delegate.page.locator('[data-testid="speakers-request"]').count()).toBe(0);

    await chairEntry.locator('[data-testid="speakers-give"]').click();
    const floor = head.page.locator('[data-testid="speakers-floor"]');
    await floor.waitFor({ state: 'visible', timeout: LIVE_MS });
    expect(await floor.locator('[data-testid="speakers-elapsed"]').textContent()).toMatch(/^\d+:\d\d$/);
    expect(await head.page.locator('[data-testid="speakers-entry"]').count()).toBe(0);
    await chair.page.screenshot({ path: join(RESULTS, 'session-floor-chair.png') });
    await chair.page.locator('[data-testid="speakers-end"]').click();
    await delegate.page.locator('[data-testid="speakers-last-turn"]').waitFor({ state: 'visible', timeout: LIVE_MS });
    expect(await delegate.page.locator('[data-testid="speakers-floor"]').count()).toBe(0);

    // Moderation: the head's comment is hidden by the chair with a reason.
    const headToken = await tokenOf(demoOf('head_of_delegation').email);
    const key = (await head.page.locator('[data-testid="paragraph"]').first().getAttribute('data-key')) ?? '';
    const comment = await call<Annotation>('POST', '/annotations', headToken, {
      clientId: randomUUID(),
      roundId: round.roundId,
      paragraphKey: key,
      kind: 'comment',
      body: RUDE,
    });
    const item = chair.page.locator(`[data-testid="moderation-item"][data-annotation-id="${comment.id}"]`);
    await item.waitFor({ state: 'visible', timeout: LIVE_MS });
    await item.locator('[data-testid="moderation-hide"]').click();
    await chair.page.locator('textarea[data-testid="moderation-reason"]').fill(REASON);
    await chair.page.locator('[data-testid="moderation-confirm"]').click();
    await item.locator('[data-testid="hidden-by-chair"]').waitFor({ state: 'visible', timeout: LIVE_MS });

    // The delegate sees that something was hidden, not what nor why; the author reads both.
    const thread = (page: typeof head.page) =>
      page.locator(`[data-testid="thread"][data-annotation-id="${comment.id}"]`);
    await delegate.page
      .locator(`[data-testid="paragraph"][data-key="${key}"] [data-testid="annotation-count"]`)
      .click();
    await thread(delegate.page)
      .locator('[data-testid="hidden-by-chair"]')
      .waitFor({ state: 'visible', timeout: LIVE_MS });
    expect(await thread(delegate.page).textContent()).not.toContain(RUDE);
    expect(await thread(delegate.page).locator('[data-testid="hidden-reason"]').count()).toBe(0);
    await head.page.locator(`[data-testid="paragraph"][data-key="${key}"] [data-testid="annotation-count"]`).click();
    await thread(head.page).locator('[data-testid="hidden-reason"]', { hasText: REASON }).waitFor({ timeout: LIVE_MS });
    expect(await thread(head.page).textContent()).toContain(RUDE);
    await delegate.page.screenshot({ path: join(RESULTS, 'session-hidden-placeholder.png') });
  });
});
