import type { DraftVersion, SpeakersList } from '@concordia/contracts';
import type { Browser } from 'playwright-core';
import { DESKTOP_AND_PHONE, launchBrowser, newContextAt, pagesForSpec, webUrl } from './support/browser';
import { demoAccounts } from './support/demo-accounts';
import {
  addDelegationWithHead,
  askTheFloor,
  call,
  demoOf,
  openConsole,
  openRoundWithDelegations,
  openSessionRound,
  openText,
  signIn,
  tokenOf,
  type SessionRound,
} from './support/session';

const { newPage } = pagesForSpec();
/**
 * How long a change takes to come back live. These cases check where things land, not how fast:
 * 5 s was missed in CI (a reorder's focus, load 7–9 on 2 cores), so the bound is the one waitLive uses.
 */
const LIVE_MS = 30_000;

describe('speaking time, in the browser', () => {
  it('the chair sets one minute; the speaking delegation counts down on the server’s clock, then sees it is over time; the record lists the turn', async () => {
    const round = await openSessionRound('Speaking time');

    const { page: chair } = await newPage();
    await signIn(chair, demoOf('chair').email);
    await openConsole(chair, round);
    const choice = chair.locator('[data-testid="speaking-time-choice"]');
    await choice.getByText('Other').click();
    await chair.locator('input[data-testid="speaking-time-custom"]').fill('1');
    await chair.locator('[data-testid="speaking-time-set"]').click();
    await choice.getByText('1 min').waitFor({ state: 'visible', timeout: LIVE_MS });

    // The head of delegation's laptop runs ten minutes slow: the countdown must not care (on the
    // laptop's own clock it would read 11:00 left). The figures are checked to the minute only:
    // this machine's server clock may drift from the browser's, which the offset follows late.
    const { context, page: head } = await newPage();
    await context.clock.install({ time: Date.now() - 10 * 60_000 });
    await signIn(head, demoOf('head_of_delegation').email);
    await openText(head, round);
    // Nobody speaks yet: the one-line card above the text already says how long a turn may be,
    // and the cards stay on one row (the live status centred on it), so the text starts as high.
    const idleLimit = head.locator(
      '[data-testid="speakers-panel"][data-compact] [data-testid="speakers-speaking-time"]',
    );
    await idleLimit.waitFor({ state: 'visible', timeout: LIVE_MS });
    expect(await idleLimit.textContent()).toBe('Speaking time: 1 min');
    const cards = await head.locator('[data-testid="session-panel"] > *').all();
    const boxes = await Promise.all(cards.map((card) => card.boundingBox()));
    const centres = boxes.map((box) => (box ? box.y + box.height / 2 : -1));
    expect(Math.max(...centres) - Math.min(...centres)).toBeLessThan(8);
    await head.locator('[data-testid="speakers-request"]').click();

    const entry = chair.locator('[data-testid="speakers-entry"]');
    await entry.waitFor({ state: 'visible', timeout: LIVE_MS });
    await entry.locator('[data-testid="speakers-give"]').click();

    const countdown = head.locator('[data-testid="speakers-countdown"]');
    await countdown.waitFor({ state: 'visible', timeout: LIVE_MS });
    expect(await countdown.getAttribute('data-state')).toBe('left');
    expect(await countdown.textContent()).toMatch(/^Your time: \d:\d\d left$/);
    expect(await head.locator('[data-testid="speakers-speaking-time"]').textContent()).toContain('1 min per turn');
    const announced = head.locator('[data-testid="speakers-countdown-announcement"]');
    expect(await announced.getAttribute('aria-live')).toBe('polite');
    expect((await announced.textContent())?.trim()).toBe('');
    // The chair's console counts down too, addressed to nobody in particular.
    expect(await chair.locator('[data-testid="speakers-countdown"]').textContent()).toMatch(/^\d:\d\d left$/);

    await head.clock.fastForward('01:25');
    await head.locator('[data-testid="speakers-countdown"][data-state="over"]').waitFor({ timeout: LIVE_MS });
    expect(await countdown.textContent()).toMatch(/^Your time is up: over by 0:\d\d$/);
    expect(await announced.textContent()).toContain('Speaking time is up');
    // Nothing happens on its own at the limit: the turn goes on until the chair ends it.
    expect(await head.locator('[data-testid="speakers-floor"]').count()).toBe(1);

    await chair.locator('[data-testid="speakers-end"]').click();
    await head.locator('[data-testid="speakers-last-turn"]').waitFor({ state: 'visible', timeout: LIVE_MS });
    expect(await head.locator('[data-testid="speakers-countdown"]').count()).toBe(0);
    // Back to one line, the last turn and the limit side by side.
    expect(await idleLimit.textContent()).toBe('Speaking time: 1 min');

    const turn = chair.locator('[data-testid="speakers-record-turn"]');
    await turn.waitFor({ state: 'visible', timeout: LIVE_MS });
    expect(await turn.count()).toBe(1);
    expect(await turn.textContent()).toContain('1 min');
    // Delegations do not get the record of the floor.
    expect(await head.locator('[data-testid="speakers-record"]').count()).toBe(0);

    // The secretariat reaches the console from the round for the same record and the speaking time.
    const { page: officer } = await newPage();
    await signIn(officer, demoOf('secretariat').email);
    await officer.goto(`${webUrl()}/processes/${round.processId}/rounds/${round.roundId}`);
    await officer.locator('[data-testid="round-more"]').click();
    await officer.locator('[data-testid="round-console"]').click();
    await officer.locator('[data-testid="speakers-record-turn"]').waitFor({ state: 'visible', timeout: LIVE_MS });
    await officer.locator('[data-testid="speaking-time-choice"]').waitFor({ state: 'visible' });
    // Moderation stays the chair's.
    expect(await officer.locator('[data-testid="moderation-queue"]').count()).toBe(0);
  }, 120_000);
});

describe("a chair at the keyboard runs the speakers' list", () => {
  it('gives the floor, ends the turn and removes entries with Enter alone: the focus goes to the next control, never to the page', async () => {
    const {
      round,
      heads: others,
      paragraphKey,
    } = await openRoundWithDelegations('Keyboard chair', ['Northern Keyboard Republic', 'Southern Keyboard Republic']);
    // Mexico asks first, then the two others.
    for (const email of [demoOf('head_of_delegation').email, ...others.map((o) => o.email)]) {
      await askTheFloor(round, email, paragraphKey);
    }

    const { page: chair } = await newPage();
    await signIn(chair, demoOf('chair').email);
    await openConsole(chair, round);
    const entries = chair.locator('[data-testid="speakers-entry"]');
    await entries.nth(2).waitFor({ state: 'visible', timeout: LIVE_MS });
    const focused = (attribute: string) => chair.evaluate(`document.activeElement?.getAttribute('${attribute}')`);
    const focusOn = (testId: string) =>
      chair.waitForFunction(`document.activeElement?.getAttribute('data-testid') === '${testId}'`, undefined, {
        timeout: LIVE_MS,
      });

    // Giving the floor: the entry and its button leave the queue; "End the turn" (saying whose) is next.
    const give = entries.first().getByRole('button', { name: 'Give the floor to Mexico', exact: true });
    await give.focus();
    await chair.keyboard.press('Enter');
    await chair.locator('[data-testid="speakers-floor"]').waitFor({ state: 'visible', timeout: LIVE_MS });
    await focusOn('speakers-end');
    const end = chair.getByRole('button', { name: 'End the turn', exact: true });
    expect(await end.getAttribute('aria-describedby')).toBe(
      await chair.locator('[data-testid="speakers-floor"] p').first().getAttribute('id'),
    );

    // Ending it: the first in the queue is next to be given the floor.
    await chair.keyboard.press('Enter');
    await chair.locator('[data-testid="speakers-floor"]').waitFor({ state: 'detached', timeout: LIVE_MS });
    await focusOn('speakers-give');
    expect(await focused('aria-label')).toBe('Give the floor to Northern Keyboard Republic');

    // Moving the second up: at the top its "up" is disabled, so the focus stays on the entry, on its "down".
    await entries.nth(1).getByRole('button', { name: 'Move Southern Keyboard Republic up', exact: true }).focus();
    await chair.keyboard.press('Enter');
    await chair.waitForFunction(
      `document.activeElement?.getAttribute('aria-label') === 'Move Southern Keyboard Republic down'`,
      undefined,
      { timeout: LIVE_MS },
    );
    expect(await entries.first().textContent()).toContain('Southern Keyboard Republic');

    // Removing an entry: the same button on the entry that takes its place…
    await entries
      .first()
      .getByRole('button', { name: 'Remove Southern Keyboard Republic from the speakers’ list', exact: true })
      .focus();
    await chair.keyboard.press('Enter');
    await entries.nth(1).waitFor({ state: 'detached', timeout: LIVE_MS });
    await focusOn('speakers-withdraw');
    expect(await focused('aria-label')).toBe('Remove Northern Keyboard Republic from the speakers’ list');
    // …and once the queue is empty, the list's heading, where the next Tab finds the chair's controls.
    await chair.keyboard.press('Enter');
    await chair.locator('[data-testid="speakers-empty"]').waitFor({ state: 'visible', timeout: LIVE_MS });
    await chair.waitForFunction(`document.activeElement?.tagName === 'H3'`, undefined, { timeout: LIVE_MS });
    expect(await chair.evaluate('document.activeElement?.textContent')).toBe('Speakers’ list');
  }, 90_000);
});

describe('the last turn of a delegation with a long name, on the one-line card', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  /** A round whose last turn was a delegation's with a long name: its head asked, the chair gave and ended the floor. */
  const roundAfterLongNamedTurn = async (name: string): Promise<SessionRound> => {
    const round = await openSessionRound('Long delegation name', { leaveScheduled: true });
    const { delegationId, email } = await addDelegationWithHead(round, name);
    const secretariat = await tokenOf(demoOf('secretariat').email);
    await call('POST', `/rounds/${round.roundId}/status`, secretariat, { status: 'open' });

    const chair = await tokenOf(demoOf('chair').email);
    await call('PUT', `/rounds/${round.roundId}/speakers/speaking-time`, chair, { speakingTimeMinutes: 3 });
    const head = await tokenOf(email);
    const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, head);
    const paragraph = version.sections.flatMap((s) => s.paragraphs)[0];
    if (!paragraph) throw new Error('the demo draft has no paragraph');
    const listed = await call<SpeakersList>('POST', `/rounds/${round.roundId}/speakers`, head, {
      paragraphKey: paragraph.key,
    });
    const entry = listed.queue.find((e) => e.delegationId === delegationId);
    if (!entry) throw new Error('the long-named delegation is not in the queue');
    await call('POST', `/rounds/${round.roundId}/speakers/${entry.id}/floor`, chair, {});
    await call('POST', `/rounds/${round.roundId}/speakers/end-floor`, chair, {});
    return round;
  };

  it('keeps the card one line at 1280×720 and on a phone: the name cut with an ellipsis, whole in its title, the duration and limit shown', async () => {
    if (!browser) throw new Error('the browser has not started');
    const name = 'Permanent Mission of the Federated Island States of the Southern Ocean and Adjacent Waters';
    const round = await roundAfterLongNamedTurn(name);

    for (const viewport of DESKTOP_AND_PHONE) {
      const phone = viewport.width < 600;
      const context = await newContextAt(browser, viewport);
      try {
        // The demo head of delegation: the card also holds their floor request, its widest form.
        const page = await context.newPage();
        // (On a phone the user's name hides in the menu: signed in is having left the login page.)
        await page.goto(`${webUrl()}/login`);
        await page.locator('input[data-testid="login-email"]').fill(demoOf('head_of_delegation').email);
        await page.locator('input[data-testid="login-password"]').fill(demoAccounts.password);
        await page.locator('[data-testid="login-submit"]').click();
        await page.waitForURL((url) => !url.pathname.startsWith('/login'));
        // Not waiting for the live link: the card comes with the page, and this machine's load
        // may hold the socket longer than openText waits.
        await page.goto(
          `${webUrl()}/processes/${round.processId}/drafts/${round.draftId}?version=${round.versionId}&round=${round.roundId}`,
        );
        const card = page.locator('[data-testid="speakers-panel"][data-compact]');
        const lastTurn = card.locator('[data-testid="speakers-last-turn"]');
        await lastTurn.waitFor({ state: 'visible', timeout: 30_000 });
        const limit = card.locator('[data-testid="speakers-speaking-time"]');
        expect(await limit.textContent()).toBe('Speaking time: 3 min');
        expect(await lastTurn.textContent()).toMatch(new RegExp(`^Last turn: ${name}, \\d+:\\d\\d$`));

        // The name is cut on screen, and whole for a screen reader and on hover.
        const shown = lastTurn.locator('[data-testid="speakers-last-turn-name"]');
        expect(await shown.getAttribute('title')).toBe(name);
        // (Checked in the page: the specs have no DOM types.)
        const overflows = (testId: string) =>
          page.evaluate(
            `(() => { const el = document.querySelector('[data-testid="speakers-panel"][data-compact] [data-testid="${testId}"]');
              return el === null ? null : el.scrollWidth > el.clientWidth; })()`,
          );
        expect(await overflows('speakers-last-turn-name')).toBe(true);

        // One line: as high as the limit beside it and level with it, and nothing of the card
        // out of the window.
        const [turnBox, limitBox, cardBox] = await Promise.all([
          lastTurn.boundingBox(),
          limit.boundingBox(),
          card.boundingBox(),
        ]);
        if (!turnBox || !limitBox || !cardBox) throw new Error('the card is not laid out');
        expect(Math.abs(turnBox.height - limitBox.height)).toBeLessThan(2);
        expect(Math.abs(turnBox.y - limitBox.y)).toBeLessThan(2);
        expect(turnBox.x + turnBox.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
        expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(viewport.width);

        if (!phone) {
          // The cards stay on one row, and the text's first paragraph above the fold.
          const cards = await page.locator('[data-testid="session-panel"] > *').all();
          const boxes = await Promise.all(cards.map((c) => c.boundingBox()));
          const centres = boxes.map((box) => (box ? box.y + box.height / 2 : -1));
          expect(Math.max(...centres) - Math.min(...centres)).toBeLessThan(8);
          const firstBox = await page.locator('[data-testid="paragraph"]').first().boundingBox();
          if (!firstBox) throw new Error('the first paragraph is not drawn');
          expect(firstBox.y + 60).toBeLessThanOrEqual(viewport.height);
        }
      } finally {
        await context.close();
      }
    }
    // Two windows, each signing in and opening the text.
  }, 120_000);
});
