import type { DraftVersion, Round } from '@concordia/contracts';
import type { Page } from 'playwright-core';
import { pagesForSpec, webUrl } from './support/browser';
import { call, demoOf, openConsole, openSessionRound, openText, signIn, tokenOf, waitLive } from './support/session';

const { newPage } = pagesForSpec();

/**
 * Notes in the page the moment an element with this test id first shows (a mutation observer),
 * on the test's own clock when the page's is faked (see withShiftedClock), else on the page's.
 */
const noteWhenShown = (page: Page, testId: string): Promise<unknown> =>
  page.evaluate(`(() => {
    const id = ${JSON.stringify(testId)};
    window.__shownAt = window.__shownAt || {};
    const noted = new Set();
    const look = () => {
      if (noted.has(id) || !document.querySelector('[data-testid="' + id + '"]')) return;
      noted.add(id);
      if (window.__realNow) window.__realNow().then((at) => { window.__shownAt[id] = at; });
      else window.__shownAt[id] = Date.now();
    };
    look();
    new MutationObserver(look).observe(document.body, { childList: true, subtree: true });
  })()`);

/**
 * A page whose clock runs `shiftMs` off the real one (the server's: same host), as a laptop set
 * wrong; the real time stays at hand for noteWhenShown.
 */
const withShiftedClock = async (shiftMs: number): Promise<Page> => {
  const { context, page } = await newPage();
  await context.exposeFunction('__realNow', () => Date.now());
  await context.clock.install({ time: Date.now() + shiftMs });
  return page;
};

/** When that element first showed (waits for it). */
const shownAt = async (page: Page, testId: string, timeout = 20_000): Promise<number> => {
  const handle = await page.waitForFunction(
    `window.__shownAt && window.__shownAt[${JSON.stringify(testId)}]`,
    undefined,
    { timeout },
  );
  return Number(await handle.jsonValue());
};

describe('the closing time, as it passes', () => {
  it('stops a delegate typing at the deadline at the closing time itself, the text kept, and says so on the round page and console; reopened, the text goes', async () => {
    const session = await openSessionRound('Typing at the deadline');
    const chairToken = await tokenOf(demoOf('chair').email);
    const version = await call<DraftVersion>('GET', `/versions/${session.versionId}`, chairToken);
    const first = version.sections.flatMap((s) => s.paragraphs)[0];
    if (!first) throw new Error('the demo draft has no paragraph');
    const body = `Our capital asks for one more day on this paragraph ${Date.now()}.`;

    const { page: delegate } = await newPage();
    await signIn(delegate, demoOf('delegate').email);
    await openText(delegate, session);
    await delegate
      .locator(`[data-testid="paragraph"][data-key="${first.key}"] [data-testid="annotation-count"]`)
      .click();
    await delegate.locator('[data-testid="comment-paragraph"]').click();
    const composer = delegate.locator('[data-testid="composer"]');
    await composer.locator('textarea[data-testid="composer-body"]').fill(body);

    const { page: officer } = await newPage();
    await signIn(officer, demoOf('secretariat').email);
    await officer.goto(`${webUrl()}/processes/${session.processId}/rounds/${session.roundId}`);
    await waitLive(officer);
    const { page: chair } = await newPage();
    await signIn(chair, demoOf('chair').email);
    await openConsole(chair, session);
    for (const page of [delegate, officer, chair]) await noteWhenShown(page, 'round-closing-passed');
    await noteWhenShown(delegate, 'composer-closed');

    // The chair brings the closing time forward to a few seconds from now, live.
    const moved = await call<Round>('PUT', `/rounds/${session.roundId}/closes-at`, chairToken, {
      closesAt: new Date(Date.now() + 6_000).toISOString(),
    });
    const closesAt = Date.parse(moved.closesAt);

    // At the closing time, before the worker closes the round: no more comments, on every page.
    const stoppedAt = await shownAt(delegate, 'composer-closed');
    expect(stoppedAt).toBeGreaterThanOrEqual(closesAt);
    for (const page of [delegate, officer, chair]) {
      expect(await shownAt(page, 'round-closing-passed')).toBeGreaterThanOrEqual(closesAt);
    }
    // The text stays where it was typed, kept in the browser, and cannot be sent.
    expect(await composer.locator('textarea[data-testid="composer-body"]').inputValue()).toBe(body);
    expect(await composer.locator('[data-testid="composer-submit"]').isDisabled()).toBe(true);
    await delegate.waitForFunction(
      `Object.keys(localStorage).some((k) => k.startsWith('concordia.unsent:') && localStorage.getItem(k).includes(${JSON.stringify(body)}))`,
    );

    // The worker closes the round: the round page follows, the composer still holds the text.
    await officer.locator('[data-testid="round-status"][data-status="closed"]').waitFor({ timeout: 20_000 });
    await delegate.locator('[data-testid="comments-read-only"]').waitFor({ timeout: 20_000 });
    expect(await composer.locator('textarea[data-testid="composer-body"]').inputValue()).toBe(body);

    // Reopened with a new closing time: the same composer sends the text.
    await call('POST', `/rounds/${session.roundId}/status`, chairToken, {
      status: 'open',
      closesAt: new Date(Date.now() + 3 * 24 * 3_600_000).toISOString(),
    });
    await composer.locator('[data-testid="composer-closed"]').waitFor({ state: 'detached', timeout: 20_000 });
    await composer.locator('[data-testid="composer-submit"]').click();
    await composer.waitFor({ state: 'detached' });
    await delegate.locator('[data-testid="thread"]', { hasText: body }).waitFor({ state: 'visible' });
  }, 120_000);

  it("flips at the server's closing time, not the browser's: a console ahead and a reader behind by minutes withdraw the floor and silence controls as the server passes it", async () => {
    const session = await openSessionRound('Clocks set wrong');
    const chairToken = await tokenOf(demoOf('chair').email);
    const headToken = await tokenOf(demoOf('head_of_delegation').email);
    const version = await call<DraftVersion>('GET', `/versions/${session.versionId}`, chairToken);
    const first = version.sections.flatMap((s) => s.paragraphs)[0];
    if (!first) throw new Error('the demo draft has no paragraph');
    await call('POST', `/rounds/${session.roundId}/speakers`, headToken, { paragraphKey: first.key });

    const chair = await withShiftedClock(3 * 60_000);
    await signIn(chair, demoOf('chair').email);
    await openConsole(chair, session);
    const delegate = await withShiftedClock(-3 * 60_000);
    await signIn(delegate, demoOf('delegate').email);
    await openText(delegate, session);
    await chair.locator('[data-testid="speakers-give"]').waitFor({ state: 'visible' });
    for (const page of [chair, delegate]) {
      await noteWhenShown(page, 'round-closing-passed');
      await noteWhenShown(page, 'speakers-closed');
    }
    await noteWhenShown(chair, 'silence-closed');

    // Twenty seconds ahead on the server: already past on the console's clock, minutes away on the reader's.
    const moved = await call<Round>('PUT', `/rounds/${session.roundId}/closes-at`, chairToken, {
      closesAt: new Date(Date.now() + 20_000).toISOString(),
    });
    const closesAt = Date.parse(moved.closesAt);

    for (const [page, ids] of [
      [chair, ['round-closing-passed', 'speakers-closed', 'silence-closed']],
      [delegate, ['round-closing-passed', 'speakers-closed']],
    ] as const) {
      for (const id of ids) {
        const at = await shownAt(page, id, 40_000);
        expect({ id, early: at < closesAt, late: at > closesAt + 5_000 }).toEqual({ id, early: false, late: false });
      }
    }
    expect(await chair.locator('[data-testid="speakers-give"]').count()).toBe(0);
    expect(await chair.locator('[data-testid="silence-start-form"]').count()).toBe(0);
    expect(await chair.locator('[data-testid="speakers-withdraw"]').count()).toBe(1);
  }, 120_000);
});
