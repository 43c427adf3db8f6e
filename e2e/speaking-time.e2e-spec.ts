import { pagesForSpec, webUrl } from './support/browser';
import { demoOf, openConsole, openSessionRound, openText, signIn } from './support/session';

const { newPage } = pagesForSpec();
const LIVE_MS = 5_000;

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
    await officer.locator('[data-testid="round-console"]').click();
    await officer.locator('[data-testid="speakers-record-turn"]').waitFor({ state: 'visible', timeout: LIVE_MS });
    await officer.locator('[data-testid="speaking-time-choice"]').waitFor({ state: 'visible' });
    // Moderation stays the chair's.
    expect(await officer.locator('[data-testid="moderation-queue"]').count()).toBe(0);
  });
});
