import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation, DraftVersion } from '@concordia/contracts';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, newDesktopPage, paragraphOnScreen } from './support/browser';
import { demoAccounts } from './support/demo-accounts';
import { call, demoOf, openSessionRound, openText, signIn, tokenOf, type SessionRound } from './support/session';

const RESULTS = join(__dirname, '..', 'test-results');
/** A word only this run writes, so the search finds this spec's annotations and no other's. */
const WORD = `zq${Date.now().toString(36)}`;

describe('finding threads in a round, in the browser', () => {
  let browser: Browser;
  let round: SessionRound;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    round = await openSessionRound('Find');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });

  it('a delegate types words in Find, sees only what they may read, and jumps to the thread', async () => {
    const observer = demoAccounts.accounts.find((a) => a.processRole === 'observer');
    if (!observer) throw new Error('demo-accounts.json lists no observer');
    const [delegate, secretariat, observerToken] = await Promise.all([
      tokenOf(demoOf('delegate').email),
      tokenOf(demoOf('secretariat').email),
      tokenOf(observer.email),
    ]);
    const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, delegate);
    const paragraphs = version.sections.flatMap((s) => s.paragraphs);
    // Far down the text: jumping to its thread must bring the paragraph on screen too.
    const target = paragraphs[24];
    if (!target) throw new Error('the demo draft is too short');
    const annotate = (token: string, paragraphKey: string, body: string, visibility = 'round') =>
      call<Annotation>('POST', '/annotations', token, {
        clientId: randomUUID(),
        roundId: round.roundId,
        paragraphKey,
        kind: 'question',
        visibility,
        body,
      });
    const wanted = await annotate(delegate, target.key, `Does the orderly readmisión ${WORD} cover returns at sea?`);
    await annotate(delegate, paragraphs[0]?.key ?? target.key, 'A question on something else.');
    // Same words, written where the demo delegate (Mexico) may not read them.
    await annotate(
      observerToken,
      target.key,
      `Internal to the observer's delegation: readmisión ${WORD}`,
      'delegation',
    );
    await annotate(secretariat, target.key, `Secretariat only: readmisión ${WORD}`, 'secretariat');

    const { context, page } = await newDesktopPage(browser);
    contexts.push(context);
    await signIn(page, demoOf('delegate').email);
    await openText(page, round);
    await page.locator('[data-testid="tab-find"]').click();
    // Capitals and no accent: the server folds both.
    await page.getByLabel('Find in the comments').fill(`READMISION ${WORD.toUpperCase()}`);
    await page.locator('[data-testid="find-status"]', { hasText: 'Threads found: 1' }).waitFor({ state: 'visible' });
    const result = page.locator('[data-testid="find-result"]');
    expect(await result.count()).toBe(1);
    expect(await result.getAttribute('data-annotation-id')).toBe(wanted.id);
    expect(await result.textContent()).toContain(`Paragraph ${target.number}`);
    expect(await result.textContent()).toContain(demoOf('delegate').name);
    expect(await result.locator('mark').allTextContents()).toEqual(['readmisión', WORD]);
    await page.locator('#annotation-panel').screenshot({ path: join(RESULTS, 'annotation-search-found.png') });

    // With the keyboard: the result is a button; Enter opens its thread and moves the focus there.
    await result.focus();
    await page.keyboard.press('Enter');
    const thread = page.locator(`[data-testid="thread-panel"][data-key="${target.key}"] #thread-${wanted.id}`);
    await thread.waitFor({ state: 'visible' });
    expect(await thread.getAttribute('class')).toContain('is-highlighted');
    await page.waitForFunction(`document.activeElement?.id === 'thread-${wanted.id}'`);
    await paragraphOnScreen(page, target.key);
    await page.locator('#annotation-panel').screenshot({ path: join(RESULTS, 'annotation-search-jumped.png') });

    // Back on Find, the words and the result are still there.
    await page.locator('[data-testid="tab-find"]').click();
    expect(await page.getByLabel('Find in the comments').inputValue()).toBe(`READMISION ${WORD.toUpperCase()}`);
    expect(await page.locator('[data-testid="find-result"]').count()).toBe(1);
  }, 90_000);

  it('keeps the results of Find current while others comment, and scrolls each time a result is opened', async () => {
    const word = `${WORD}live`;
    const [head, delegate] = await Promise.all([
      tokenOf(demoOf('head_of_delegation').email),
      tokenOf(demoOf('delegate').email),
    ]);
    const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, delegate);
    // Far down the text, so that scrolling to it shows.
    const target = version.sections.flatMap((s) => s.paragraphs)[30];
    if (!target) throw new Error('the demo draft is too short');

    // B (the demo delegate) has Find open with words nobody has written yet.
    const { context, page } = await newDesktopPage(browser);
    contexts.push(context);
    await signIn(page, demoOf('delegate').email);
    await openText(page, round);
    await page.locator('[data-testid="tab-find"]').click();
    await page.getByLabel('Find in the comments').fill(word);
    const status = page.locator('[data-testid="find-status"]');
    await status.filter({ hasText: 'No thread matches.' }).waitFor({ state: 'visible' });

    // A (a head of delegation) comments with those words: B's results show it without a reload.
    const posted = await call<Annotation>('POST', '/annotations', head, {
      clientId: randomUUID(),
      roundId: round.roundId,
      paragraphKey: target.key,
      kind: 'comment',
      visibility: 'round',
      body: `Posted while B searches: ${word}`,
    });
    const result = page.locator(`[data-testid="find-result"][data-annotation-id="${posted.id}"]`);
    await result.waitFor({ state: 'visible' });
    expect(await status.textContent()).toBe('Threads found: 1');
    expect(await result.locator('mark').allTextContents()).toEqual([word]);
    await page.locator('#annotation-panel').screenshot({ path: join(RESULTS, 'annotation-search-live.png') });

    // The same result opened twice scrolls the text to its paragraph both times.
    const offScreen = `(() => {
      const el = document.querySelector('[data-testid="paragraph"][data-key="${target.key}"]');
      return !el || el.getBoundingClientRect().top > window.innerHeight;
    })()`;
    for (const time of [1, 2]) {
      await page.evaluate('window.scrollTo(0, 0)');
      await page.waitForFunction(offScreen);
      await page.locator('[data-testid="tab-find"]').click();
      await result.click();
      await paragraphOnScreen(page, target.key).catch(() => {
        throw new Error(`opening the result a ${time === 1 ? 'first' : 'second'} time did not scroll`);
      });
    }

    // A edits the words away: the thread leaves B's results.
    await call('PATCH', `/annotations/${posted.id}`, head, { body: 'Nothing to find here any more' });
    await page.locator('[data-testid="tab-find"]').click();
    await status.filter({ hasText: 'No thread matches.' }).waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="find-result"]').count()).toBe(0);
  }, 90_000);
});
