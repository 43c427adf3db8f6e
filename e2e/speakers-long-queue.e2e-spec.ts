import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SpeakersList } from '@concordia/contracts';
import type { BrowserContext, Page } from 'playwright-core';
import { pagesForSpec } from './support/browser';
import { eventually } from './support/notices';
import {
  askTheFloor,
  call,
  demoOf,
  openRoundWithDelegations,
  openText,
  signIn,
  tokenOf,
  type SessionRound,
} from './support/session';

const RESULTS = join(__dirname, '..', 'test-results');

/** How long a change takes to come back live on a loaded machine. */
const LIVE_MS = 30_000;

/**
 * Waiting in this order while nobody speaks: the longest first, on the card's next line. Then the
 * chair gives it the floor and Papua New Guinea asks: four still wait, Venezuela next (long, yet
 * with room beside it when the viewer has no button to press there).
 */
const FIRST = [
  'United Kingdom of Great Britain and Northern Ireland',
  'Bolivarian Republic of Venezuela',
  'Democratic Republic of the Congo',
  'Saint Vincent and the Grenadines',
];
const LATE = 'Independent State of Papua New Guinea';
const THEN = [...FIRST.slice(1), LATE];

type Viewer = 'chair' | 'head_of_delegation' | 'secretariat';
type Language = 'en' | 'fr';

const WORDS = {
  en: {
    waiting: '4 waiting',
    nobody: 'Nobody has the floor.',
    give: 'Give the floor',
    remove: 'Remove',
    withdraw: 'Withdraw',
  },
  fr: {
    waiting: '4 en attente',
    nobody: 'Personne n’a la parole.',
    give: 'Donner la parole',
    remove: 'Retirer',
    withdraw: 'Retirer',
  },
} as const;

describe('the speakers’ card above the text with four long names waiting, at 1280×720', () => {
  const pages = pagesForSpec();
  let round: SessionRound;
  /** The heads of the delegations, in the order they ask for the floor. */
  let heads: Array<{ delegationId: string; email: string }> = [];
  let paragraphKey = '';

  const setLanguage = async (email: string, language: Language): Promise<void> =>
    void (await call('PATCH', '/auth/me', await tokenOf(email), { language }));

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    ({ round, heads, paragraphKey } = await openRoundWithDelegations('Long queue', [...FIRST, LATE]));
    for (const head of heads.slice(0, FIRST.length)) await askTheFloor(round, head.email, paragraphKey);
  }, 120_000);

  afterAll(async () => {
    // Other specs read these demo people in English.
    await setLanguage(demoOf('chair').email, 'en');
    await setLanguage(demoOf('secretariat').email, 'en');
  });

  /** The viewer's email: the demo chair and secretariat; as head of delegation, Venezuela's, second then first in the queue. */
  const emailOf = (viewer: Viewer): string =>
    viewer === 'head_of_delegation' ? (heads[1]?.email ?? '') : demoOf(viewer).email;

  // One window at a time: twelve open pages, each with its live link, slowed this loaded machine to time-outs.
  let opened: BrowserContext | null = null;
  afterEach(async () => {
    await opened?.close();
    opened = null;
  });

  const openAs = async (viewer: Viewer, language: Language): Promise<Page> => {
    await setLanguage(emailOf(viewer), language);
    const { context, page } = await pages.newPage();
    opened = context;
    await page.setViewportSize({ width: 1280, height: 720 });
    await signIn(page, emailOf(viewer));
    await openText(page, round);
    return page;
  };

  /** What a reader sees of the card: its height, the first paragraph's top, and the next speaker's name on its line. */
  const measure = (page: Page) =>
    page.evaluate<{
      cardHeight: number;
      name: string;
      title: string | null;
      cut: boolean;
      shownWidth: number;
      freeOnLine: number;
    }>(`(() => {
      const card = document.querySelector('[data-testid="speakers-panel"]');
      const name = card.querySelector('[data-testid="speakers-next"] [data-testid="speakers-entry-name"]');
      const line = card.querySelector('[data-testid="speakers-next"]');
      const gap = parseFloat(getComputedStyle(line).columnGap) || 0;
      const used = [...line.children].reduce((sum, child) => sum + child.getBoundingClientRect().width, 0)
        + gap * (line.children.length - 1);
      return {
        cardHeight: card.getBoundingClientRect().height,
        name: name.textContent,
        title: name.getAttribute('title'),
        cut: name.scrollWidth > name.clientWidth,
        shownWidth: name.clientWidth,
        freeOnLine: line.clientWidth - used,
      };
    })()`);

  /** The queue opened from "4 waiting": every entry in order, with the buttons this viewer may use on it. */
  const openQueue = async (page: Page, language: Language) => {
    const opener = page.locator('[data-testid="speakers-panel"] [data-testid="speakers-queue-open"]');
    expect((await opener.textContent())?.trim()).toBe(WORDS[language].waiting);
    await opener.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible', timeout: LIVE_MS });
    const entries = dialog.locator('[data-testid="speakers-entry"]');
    const listed: Array<{ name: string; buttons: string[] }> = [];
    for (const entry of await entries.all()) {
      listed.push({
        name: (await entry.locator('[data-testid="speakers-entry-name"]').textContent()) ?? '',
        buttons: (await entry.getByRole('button').allTextContents()).map((text) => text.trim()),
      });
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: LIVE_MS });
    return listed;
  };

  const expectedQueue = (queue: string[], viewer: Viewer, language: Language) =>
    queue.map((name) => ({
      name,
      buttons:
        viewer === 'chair'
          ? [WORDS[language].give, WORDS[language].remove]
          : viewer === 'head_of_delegation' && name === 'Bolivarian Republic of Venezuela'
            ? [WORDS[language].withdraw]
            : [],
    }));

  /** The text's first lines above the fold, once the next in the queue is drawn. */
  const expectTextFirst = async (page: Page, next: string, shot: string) => {
    await page
      .locator('[data-testid="speakers-panel"] [data-testid="speakers-entry"]', { hasText: next })
      .first()
      .waitFor({ state: 'visible', timeout: LIVE_MS });
    await page.screenshot({ path: join(RESULTS, `speakers-long-${shot}.png`) });
    const first = await page.locator('[data-testid="paragraph"]').first().boundingBox();
    if (!first) throw new Error('the first paragraph is not drawn');
    // The page's actions share the title's line (French included: the secretariat's extra ones
    // are under More), so nothing but the session cards stands between the title and the text.
    expect(first.y + 60).toBeLessThanOrEqual(720);
  };

  /** Two lines of the card, and a name cut only where the line is full. */
  const expectCompact = async (page: Page, next: string) => {
    const seen = await measure(page);
    // Two lines of text in a padded card, not one per delegation.
    expect(seen.cardHeight).toBeLessThanOrEqual(80);
    expect(seen.name).toBe(next);
    expect(seen.title).toBe(next);
    // Cut only when the line has no room left, and never down to a letter or two ("U…").
    expect({ cut: seen.cut, full: seen.cut && seen.freeOnLine < 2 }).toEqual({ cut: seen.cut, full: seen.cut });
    expect(seen.shownWidth).toBeGreaterThanOrEqual(64);
    return seen;
  };

  describe('while they wait and nobody speaks', () => {
    it.each([
      ['en', 'chair'],
      ['en', 'head_of_delegation'],
      ['en', 'secretariat'],
      ['fr', 'chair'],
      ['fr', 'head_of_delegation'],
      ['fr', 'secretariat'],
    ] as const)(
      'in %s the %s sees nobody speaking and the next in the queue, and opens all four',
      async (language, viewer) => {
        const page = await openAs(viewer, language);
        await expectTextFirst(page, FIRST[0], `waiting-${language}-${viewer}`);
        const card = page.locator('[data-testid="speakers-panel"]');
        await card.locator('[data-testid="speakers-next"]').waitFor({ state: 'visible', timeout: LIVE_MS });
        expect((await card.locator('[data-testid="speakers-nobody"]').textContent())?.trim()).toBe(
          WORDS[language].nobody,
        );
        await expectCompact(page, FIRST[0]);
        expect(await openQueue(page, language)).toEqual(expectedQueue(FIRST, viewer, language));
      },
      90_000,
    );
  });

  describe('while another delegation speaks', () => {
    beforeAll(async () => {
      const chair = await tokenOf(demoOf('chair').email);
      const { queue } = await call<SpeakersList>('GET', `/rounds/${round.roundId}/speakers`, chair);
      await call('POST', `/rounds/${round.roundId}/speakers/${queue[0]?.id ?? ''}/floor`, chair, {});
      const late = heads[FIRST.length];
      if (!late) throw new Error('the late delegation was not created');
      await call('POST', `/rounds/${round.roundId}/speakers`, await tokenOf(late.email), { paragraphKey });
    }, 60_000);

    it.each([
      ['en', 'chair'],
      ['en', 'head_of_delegation'],
      ['en', 'secretariat'],
      ['fr', 'chair'],
      ['fr', 'head_of_delegation'],
      ['fr', 'secretariat'],
    ] as const)(
      'in %s the %s sees who speaks with the clock, the next in the queue, and opens all four',
      async (language, viewer) => {
        const page = await openAs(viewer, language);
        await expectTextFirst(page, THEN[0] ?? '', `speaking-${language}-${viewer}`);
        const card = page.locator('[data-testid="speakers-panel"]');
        const floor = card.locator('[data-testid="speakers-floor"]');
        await floor.waitFor({ state: 'visible', timeout: LIVE_MS });
        expect(await floor.locator('[data-testid="speakers-floor-name"]').getAttribute('title')).toBe(FIRST[0]);
        expect(await floor.locator('[data-testid="speakers-elapsed"]').textContent()).toMatch(/^\d+:\d\d$/);
        expect(await card.locator('[data-testid="speakers-end"]').count()).toBe(viewer === 'chair' ? 1 : 0);
        const seen = await expectCompact(page, THEN[0] ?? '');
        // Beside "4 waiting" alone, there is room for Venezuela's name.
        if (viewer === 'secretariat') expect(seen.cut).toBe(false);
        expect(await openQueue(page, language)).toEqual(expectedQueue(THEN, viewer, language));
      },
      90_000,
    );
  });
});

describe('a chair at the keyboard runs a long queue from the card above the text', () => {
  const pages = pagesForSpec();

  it('gives the floor from the next line, ends the turn, and removes entries in the opened queue: the focus goes to the next control, never to the page', async () => {
    const names = [
      'Bolivarian Republic of Venezuela',
      'Democratic Republic of the Congo',
      'Saint Vincent and the Grenadines',
      'United Kingdom of Great Britain and Northern Ireland',
    ];
    const { round, heads, paragraphKey } = await openRoundWithDelegations('Long queue at the keyboard', names);
    for (const head of heads) await askTheFloor(round, head.email, paragraphKey);

    const { page } = await pages.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await signIn(page, demoOf('chair').email);
    await openText(page, round);
    const card = page.locator('[data-testid="speakers-panel"]');
    const focusedName = () =>
      page.evaluate<string | null>(`document.activeElement?.getAttribute('aria-label') ?? null`);
    const focusOn = (testId: string) =>
      page.waitForFunction(`document.activeElement?.getAttribute('data-testid') === '${testId}'`, undefined, {
        timeout: LIVE_MS,
      });
    const focusInQueue = () => page.evaluate<boolean>(`document.activeElement?.closest('[role="dialog"]') != null`);

    // Giving the floor from the card's next line: "End the turn" is next.
    const give = card.getByRole('button', { name: `Give the floor to ${names[0]}`, exact: true });
    await give.waitFor({ state: 'visible', timeout: LIVE_MS });
    await give.focus();
    await page.keyboard.press('Enter');
    await card.locator('[data-testid="speakers-floor"]').waitFor({ state: 'visible', timeout: LIVE_MS });
    await focusOn('speakers-end');

    // Ending it: giving the floor to the next in the queue, on the card's next line.
    await page.keyboard.press('Enter');
    await card.locator('[data-testid="speakers-floor"]').waitFor({ state: 'detached', timeout: LIVE_MS });
    await focusOn('speakers-give');
    expect(await focusedName()).toBe(`Give the floor to ${names[1]}`);

    // Removing the second in the opened queue: the focus stays there, on the entry now second.
    await card.locator('[data-testid="speakers-queue-open"]').focus();
    await page.keyboard.press('Enter');
    const queue = page.getByRole('dialog');
    await queue.waitFor({ state: 'visible', timeout: LIVE_MS });
    await queue.getByRole('button', { name: `Remove ${names[2]} from the speakers’ list`, exact: true }).focus();
    await page.keyboard.press('Enter');
    await queue.locator('[data-testid="speakers-entry"]', { hasText: names[2] }).waitFor({
      state: 'detached',
      timeout: LIVE_MS,
    });
    await focusOn('speakers-withdraw');
    expect(await focusedName()).toBe(`Remove ${names[3]} from the speakers’ list`);
    expect(await focusInQueue()).toBe(true);

    // The last removed, the one before it; once the queue is empty, the list's heading.
    await page.keyboard.press('Enter');
    await queue.locator('[data-testid="speakers-entry"]', { hasText: names[3] }).waitFor({
      state: 'detached',
      timeout: LIVE_MS,
    });
    await focusOn('speakers-withdraw');
    expect(await focusedName()).toBe(`Remove ${names[1]} from the speakers’ list`);
    expect(await focusInQueue()).toBe(true);
    await page.keyboard.press('Enter');
    // Back to the one-line card (the last turn on it).
    await page.locator('[data-testid="speakers-panel"][data-compact]').waitFor({ state: 'visible', timeout: LIVE_MS });
    await page.waitForFunction(`document.activeElement?.tagName === 'H3'`, undefined, { timeout: LIVE_MS });
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Speakers’ list');
  }, 120_000);
});

describe('a delegation waiting further down the queue', () => {
  const pages = pagesForSpec();

  it('sees its place and its Withdraw on the card above the text, on a desktop and on a phone', async () => {
    const {
      round,
      heads: ahead,
      paragraphKey,
    } = await openRoundWithDelegations('Own place in the queue', ['Republic of Seychelles', 'Kingdom of Lesotho']);
    for (const head of ahead) await askTheFloor(round, head.email, paragraphKey);
    const secretariat = await tokenOf(demoOf('secretariat').email);
    const delegate = demoOf('delegate');
    const queued = async () => {
      const { queue } = await call<SpeakersList>('GET', `/rounds/${round.roundId}/speakers`, secretariat);
      return queue.map((entry) => entry.delegationId);
    };

    const { page } = await pages.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await signIn(page, delegate.email);
    await openText(page, round);
    const card = page.locator('[data-testid="speakers-panel"]');
    await card.locator('[data-testid="speakers-request"]').click();
    // Third: the next line still names Seychelles; the first line says where Mexico's request is.
    const place = card.locator('[data-testid="speakers-my-place"]');
    await place.waitFor({ state: 'visible', timeout: LIVE_MS });
    expect(await place.textContent()).toBe('Your place: 3Withdraw');
    expect(await card.locator('[data-testid="speakers-next"] [data-testid="speakers-entry-name"]').textContent()).toBe(
      'Republic of Seychelles',
    );
    // Asking put the focus on the Withdraw that follows (before, it had none on the card to go to).
    await page.waitForFunction(
      `document.activeElement?.closest('[data-testid="speakers-my-place"]') != null`,
      undefined,
      { timeout: LIVE_MS },
    );
    expect(await page.evaluate(`document.activeElement?.getAttribute('aria-label')`)).toBe(
      'Withdraw your request for the floor',
    );
    expect((await card.boundingBox())?.height ?? 0).toBeLessThanOrEqual(80);

    // Withdrawn from there: the others keep their places, and the request is back.
    await page.keyboard.press('Enter');
    await place.waitFor({ state: 'detached', timeout: LIVE_MS });
    await card.locator('[data-testid="speakers-request"]').waitFor({ state: 'visible', timeout: LIVE_MS });
    expect(await queued()).toEqual(ahead.map((head) => head.delegationId));

    // On a phone the place and its Withdraw stay on the screen, in reach.
    await askTheFloor(round, delegate.email, paragraphKey);
    await page.setViewportSize({ width: 390, height: 844 });
    await place.waitFor({ state: 'visible', timeout: LIVE_MS });
    // The page takes its phone layout a moment after the resize: then the Withdraw is within the
    // screen and nothing scrolls sideways.
    const withdraw = place.getByRole('button', { name: 'Withdraw your request for the floor' });
    const box = await eventually('the Withdraw within a phone’s width, no sideways scroll', async () => {
      const seen = await withdraw.boundingBox();
      const pageWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
      return seen && seen.x >= 0 && seen.x + seen.width <= 390 && pageWidth <= 390 ? seen : undefined;
    });
    expect(box.y + box.height).toBeLessThanOrEqual(844);
  }, 120_000);
});
