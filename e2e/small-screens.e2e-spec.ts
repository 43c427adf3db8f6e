import type { DraftVersion, PositionMatrix } from '@concordia/contracts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, webUrl } from './support/browser';
import { draftWithZeroDraft, importReady, publishWorking } from './support/import-draft';
import {
  call,
  demoOf,
  openSessionRound,
  signInByTouch,
  tokenOf,
  waitLive,
  type SessionRole,
  type SessionRound,
} from './support/session';

/** The meeting-room screens: a phone held upright (touch, mobile), a tablet upright (touch). */
const SCREENS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
  { name: 'tablet', viewport: { width: 768, height: 1024 }, isMobile: false },
] as const;
type Screen = (typeof SCREENS)[number];

/** A finger's worth (WCAG 2.5.5 asks 44px; ~40px is the common floor for secondary targets). */
const TOUCH_TARGET = 39.5;

interface Reach {
  /** Wholly inside the window once scrolled to. */
  inWindow: boolean;
  /** What the page hit-tests at its centre is the control (or inside it): nothing covers it. */
  uncovered: boolean;
  height: number;
  width: number;
}

/**
 * Scrolls the first element matching the selector (and holding the text, if given) into view and
 * measures it in the page (no DOM types in the specs).
 */
const reach = async (page: Page, selector: string, text = ''): Promise<Reach> => {
  const control = page.locator(selector, { hasText: text }).first();
  await control.scrollIntoViewIfNeeded();
  return page.evaluate<Reach>(`(() => {
    const el = [...document.querySelectorAll(${JSON.stringify(selector)})].find((e) =>
      e.textContent.includes(${JSON.stringify(text)}),
    );
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {
      inWindow: r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight,
      uncovered: hit !== null && (el === hit || el.contains(hit)),
      height: Math.round(r.height * 10) / 10,
      width: Math.round(r.width * 10) / 10,
    };
  })()`);
};

/** Elements matching the selector that stick out of the window sideways (clipped, not scrolled). */
const outOfWidth = (page: Page, selector: string) =>
  page.evaluate<number>(`[...document.querySelectorAll(${JSON.stringify(selector)})].filter((e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && (r.left < 0 || r.right > window.innerWidth);
  }).length`);

const horizontalScroll = (page: Page) =>
  page.evaluate<{ scrollWidth: number; innerWidth: number }>(
    `({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })`,
  );

/** A phone 360 px wide, the narrowest the meeting rooms see (a small Android held upright). */
const NARROW_PHONE = { width: 360, height: 740 };

/** Elements of the header whose right edge runs past the window's (clipped, or off the screen). */
const headerPastEdge = (page: Page) =>
  page.evaluate<string[]>(`[...document.querySelectorAll('header *')].filter((e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.right > window.innerWidth + 0.5;
  }).map((e) => e.getAttribute('data-testid') ?? e.getAttribute('aria-label') ?? e.className)`);

/** The speakers' one-line card's title: drawn whole (not clipped by the card nor cut by its button). */
const speakersTitle = (page: Page) =>
  page.evaluate<{ text: string | null; whole: boolean }>(`(() => {
    const card = document.querySelector('[data-testid="speakers-panel"][data-compact]');
    const title = card.querySelector('.compact-title');
    const r = title.getBoundingClientRect();
    const heading = card.querySelector('.compact-heading').getBoundingClientRect();
    const action = card.querySelector('.compact-action');
    const beside = action && action.getBoundingClientRect().top < r.bottom && action.getBoundingClientRect().bottom > r.top;
    return {
      text: title.textContent,
      whole: r.width > 0
        && title.scrollWidth <= title.clientWidth + 1
        && r.right <= heading.right + 1
        && r.right <= card.getBoundingClientRect().right
        && (!beside || r.right <= action.getBoundingClientRect().left),
    };
  })()`);

describe('Concordia on a phone and a tablet', () => {
  let browser: Browser | undefined;
  let session: SessionRound;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    session = await openSessionRound('Small screens');
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });

  const openOn = async (screen: Screen): Promise<Page> => {
    if (!browser) throw new Error('the browser has not started');
    const context = await browser.newContext({
      viewport: screen.viewport,
      hasTouch: true,
      isMobile: screen.isMobile,
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    contexts.push(context);
    return context.newPage();
  };

  /**
   * The demo delegate on a phone reading in another language for the time of `use`, signed in by
   * touch; English again afterwards, as other specs read it.
   */
  const asDelegateIn = async (language: 'fr' | 'es', use: (page: Page) => Promise<void>): Promise<void> => {
    const delegate = await tokenOf(demoOf('delegate').email);
    await call('PATCH', '/auth/me', delegate, { language });
    try {
      const page = await openOn(SCREENS[0]);
      await signInByTouch(page, demoOf('delegate').email);
      await use(page);
    } finally {
      await call('PATCH', '/auth/me', delegate, { language: 'en' });
    }
  };

  const base = () => webUrl();
  const text = () =>
    `${base()}/processes/${session.processId}/drafts/${session.draftId}?version=${session.versionId}&round=${session.roundId}`;

  /** The demo delegate on a phone, on the round's text with its live session joined. */
  const delegateReadingOnPhone = async (): Promise<Page> => {
    const page = await openOn(SCREENS[0]);
    await signInByTouch(page, demoOf('delegate').email);
    await page.goto(text());
    await waitLive(page);
    return page;
  };

  /** Each role's pages, and on each the actions a delegate, head, chair or secretary came for. */
  const walks: Array<{
    role: SessionRole;
    pages: Array<{
      name: string;
      url: () => string;
      actions: string[];
      whole?: string;
      nameColumn?: string;
      /** A control to tap, and what it opens, which must be wholly within the window's width. */
      opens?: { tap: string; shows: string };
    }>;
  }> = [
    {
      role: 'delegate',
      pages: [
        {
          name: 'home',
          url: () => `${base()}/`,
          actions: ['[data-testid="notification-bell"]'],
          opens: { tap: '[data-testid="notification-bell"]', shows: '[data-testid="notification-dropdown"]' },
        },
        { name: 'process', url: () => `${base()}/processes/${session.processId}`, actions: [] },
        {
          name: 'reading page',
          url: text,
          actions: [
            '[data-testid="annotation-count"]',
            '[data-testid="document-find"]',
            '[data-testid="open-annotation-panel"]',
          ],
          whole: '.document-find, [data-testid="session-panel"] *',
        },
        {
          name: 'compare',
          url: () => `${base()}/processes/${session.processId}/drafts/${session.draftId}/compare`,
          actions: [],
        },
        {
          name: 'notifications',
          url: () => `${base()}/notifications`,
          actions: ['[data-testid="notifications-mark-all"]'],
        },
        { name: 'account', url: () => `${base()}/account`, actions: ['#main button[type="submit"]'] },
      ],
    },
    {
      role: 'head_of_delegation',
      pages: [
        {
          name: 'my delegation',
          url: () => `${base()}/my-delegation`,
          actions: [],
          // Each colleague's role whole on the screen (beside the name, it was "DELEGA…" past the edge).
          whole: '[data-testid="members-table"] [data-testid="role-badge"]',
        },
        {
          name: 'positions',
          url: () => `${base()}/processes/${session.processId}/rounds/${session.roundId}/positions`,
          actions: [],
          whole: '[data-testid="summary-row"] > *',
        },
      ],
    },
    {
      role: 'chair',
      pages: [
        {
          name: 'chair console',
          url: () => `${base()}/processes/${session.processId}/rounds/${session.roundId}/console`,
          actions: ['[data-testid="silence-start"]'],
        },
      ],
    },
    {
      role: 'secretariat',
      pages: [
        {
          name: 'members',
          // The demo process: its members have long names and addresses, Colombia's among them.
          url: () => `${base()}/members?process=${session.processId}`,
          actions: ['[data-testid="member-edit"]', '[data-testid="member-add-open"]'],
          // The add form's drawer takes the whole screen: nothing of it cut.
          opens: { tap: '[data-testid="member-add-open"]', shows: '[data-testid="member-submit"]' },
          nameColumn: '[data-testid="members-table"] th:first-child',
        },
        {
          name: 'invitations',
          url: () => `${base()}/invitations`,
          actions: ['[data-testid="invitation-create-open"]', '[data-testid="invitation-sheet-open"]'],
          opens: { tap: '[data-testid="invitation-sheet-open"]', shows: '[data-testid="invitation-sheet-check"]' },
        },
      ],
    },
  ];

  for (const screen of SCREENS) {
    describe(`on a ${screen.name} (${screen.viewport.width}×${screen.viewport.height})`, () => {
      it('signs in without scrolling sideways, the sign-in button within reach', async () => {
        const page = await openOn(screen);
        await page.goto(`${base()}/login`);
        const scroll = await horizontalScroll(page);
        expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.innerWidth);
        const submit = await reach(page, '[data-testid="login-submit"]');
        expect(submit).toMatchObject({ inWindow: true, uncovered: true });
        expect(submit.height).toBeGreaterThanOrEqual(TOUCH_TARGET);
      });

      for (const walk of walks) {
        it(`shows the ${walk.role}'s pages within the screen's width, their main actions in reach`, async () => {
          const page = await openOn(screen);
          await signInByTouch(page, demoOf(walk.role).email);
          for (const visited of walk.pages) {
            await page.goto(visited.url());
            await page.locator('#main h2, #main h1').first().waitFor();
            if (visited.name === 'reading page' || visited.name === 'chair console') await waitLive(page);
            const scroll = await horizontalScroll(page);
            expect({ page: visited.name, ...scroll, fits: scroll.scrollWidth <= scroll.innerWidth }).toEqual({
              page: visited.name,
              ...scroll,
              fits: true,
            });
            if (visited.whole) {
              await page.locator(visited.whole).first().waitFor();
              expect({ page: visited.name, cut: await outOfWidth(page, visited.whole) }).toEqual({
                page: visited.name,
                cut: 0,
              });
            }
            if (visited.opens) {
              await page.locator(visited.opens.tap).first().tap();
              await page.locator(visited.opens.shows).waitFor({ state: 'visible' });
              await page.waitForTimeout(300); // its opening transition
              expect({ page: visited.name, cut: await outOfWidth(page, visited.opens.shows) }).toEqual({
                page: visited.name,
                cut: 0,
              });
              await page.keyboard.press('Escape');
              // Gone before the actions under it are measured: a drawer's overlay fades out.
              await page.locator(visited.opens.shows).waitFor({ state: 'hidden' });
            }
            for (const action of visited.actions) {
              const measured = await reach(page, action);
              expect({ page: visited.name, action, ...measured }).toEqual({
                page: visited.name,
                action,
                ...measured,
                inWindow: true,
                uncovered: true,
              });
              expect({ page: visited.name, action, big: measured.height >= TOUCH_TARGET }).toEqual({
                page: visited.name,
                action,
                big: true,
              });
            }
            if (visited.nameColumn) {
              // Once the rows are in (the actions above are in them), names stay readable (whole words):
              // the table scrolls in its frame instead.
              const { width } = await reach(page, visited.nameColumn);
              expect({ page: visited.name, nameColumnWide: width >= 150 }).toEqual({
                page: visited.name,
                nameColumnWide: true,
              });
            }
          }
        });
      }
    });
  }

  it('lets a delegate on a phone comment on a paragraph and read its thread, over the text', async () => {
    const page = await delegateReadingOnPhone();
    await page.locator('[data-testid="paragraph"]').first().waitFor();
    const count = page.locator('[data-testid="annotation-count"]').first();
    const key = await page.locator('[data-testid="paragraph"]').first().getAttribute('data-key');
    await count.tap();

    // The paragraph's threads come up on the screen where the reader is, not after the whole
    // text: nobody scrolls to them.
    const comesUp = await page
      .waitForFunction(
        `(() => {
          const el = document.querySelector('[data-testid="thread-panel-heading"]');
          if (!el) return false;
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return r.top >= 0 && r.bottom <= window.innerHeight && hit !== null && el.contains(hit);
        })()`,
        undefined,
        { timeout: 3_000 },
      )
      .then(() => true)
      .catch(() => false);
    expect(comesUp).toBe(true);
    await page.locator('[data-testid="comment-paragraph"]').tap();
    const body = `Phone comment ${Date.now()}`;
    await page.locator('[data-testid="composer-body"]').fill(body);
    for (const button of ['[data-testid="composer-submit"]', '[data-testid="composer-cancel"]']) {
      const measured = await reach(page, button);
      expect({ button, ...measured }).toEqual({ button, ...measured, inWindow: true, uncovered: true });
      expect(measured.height).toBeGreaterThanOrEqual(TOUCH_TARGET);
    }
    await page.locator('[data-testid="composer-submit"]').tap();
    const posted = `[data-testid="thread-panel"][data-key="${key}"] [data-testid="annotation-body"]`;
    await page.locator(posted, { hasText: body }).waitFor({ state: 'visible' });
    await page.locator('[data-testid="composer"]').waitFor({ state: 'detached' });
    expect(await reach(page, posted, body)).toMatchObject({ inWindow: true, uncovered: true });
  });

  it("shows a delegate on a phone the text's first lines on the first screen, the version and round folded under one line", async () => {
    const page = await delegateReadingOnPhone();
    // A second visit: what changed since the first would be said above the text.
    await page.reload();
    await waitLive(page);
    await page.locator('[data-testid="new-since-visit"]').waitFor({ state: 'attached' });
    const first = page.locator('[data-testid="paragraph"]').first();
    await first.waitFor({ state: 'visible' });
    const box = await first.boundingBox();
    // Before, the version and round choices (and the page's description) put it below 900 px.
    expect(box && box.y + 60).toBeLessThanOrEqual(SCREENS[0].viewport.height);
    // The line says what is shown; a tap opens the choices, within the screen's width.
    const toggle = page.locator('[data-testid="reading-choices-toggle"]');
    expect(await toggle.textContent()).toContain('Small screens');
    expect(await page.locator('[data-testid="round-select"]').isVisible()).toBe(false);
    await toggle.tap();
    await page.locator('[data-testid="round-select"]').waitFor({ state: 'visible' });
    expect(await reach(page, '[data-testid="version-select"]')).toMatchObject({ inWindow: true, uncovered: true });
    expect(await reach(page, '[data-testid="round-select"]')).toMatchObject({ inWindow: true, uncovered: true });
  });

  describe('a live round on a phone, as a delegate reads it', () => {
    /** A round of their own: the news and the requests below are not the other cases'. */
    let live: SessionRound;
    let paragraphKeys: string[];
    beforeAll(async () => {
      live = await openSessionRound('Phone session');
      const version = await call<DraftVersion>(
        'GET',
        `/versions/${live.versionId}`,
        await tokenOf(demoOf('delegate').email),
      );
      paragraphKeys = version.sections.flatMap((s) => s.paragraphs).map((p) => p.key);
    });
    const liveText = () =>
      `${base()}/processes/${live.processId}/drafts/${live.draftId}?version=${live.versionId}&round=${live.roundId}`;
    const firstParagraphTop = async (page: Page): Promise<number> => {
      const first = page.locator('[data-testid="paragraph"]').first();
      await first.waitFor({ state: 'visible' });
      return (await first.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
    };
    /** Of the card's parts (one selector each) those drawn, and how far apart their middles are. */
    const oneLine = (page: Page, card: string, parts: string[]) =>
      page.evaluate<{ found: number; spread: number }>(`(() => {
        const card = document.querySelector(${JSON.stringify(card)});
        const middles = ${JSON.stringify(parts)}
          .map((part) => card.querySelector(part))
          .filter((el) => el !== null && el.getBoundingClientRect().height > 0)
          .map((el) => { const r = el.getBoundingClientRect(); return r.top + r.height / 2; });
        return { found: middles.length, spread: Math.round(Math.max(...middles) - Math.min(...middles)) };
      })()`);

    it('keeps the idle silence and speakers cards to a line each, and the text on the first screen', async () => {
      const page = await openOn(SCREENS[0]);
      await signInByTouch(page, demoOf('delegate').email);
      await page.goto(liveText());
      await waitLive(page);
      const speakers = '[data-testid="speakers-panel"][data-compact]';
      const silence = '[data-testid="silence-panel"][data-compact]';
      await page.locator(speakers).waitFor();
      // Title, status and action side by side: before, each card broke onto two or three lines.
      // (The silence card's status names it on a phone, its title left to screen readers.)
      const silenceLine = await oneLine(page, silence, ['.compact-heading', '.mantine-Text-root']);
      expect(silenceLine.found).toBe(2);
      expect(silenceLine.spread).toBeLessThan(3);
      const line = await oneLine(page, speakers, [
        'h3',
        '[data-testid="speakers-empty"]',
        '[data-testid="speakers-request-open"]',
      ]);
      expect(line.found).toBe(3);
      expect(line.spread).toBeLessThan(3);
      expect(await firstParagraphTop(page)).toBeLessThanOrEqual(SCREENS[0].viewport.height - 120);

      // "Request the floor" opens the paragraph's pick under the line, and asks from there.
      const opener = await reach(page, '[data-testid="speakers-request-open"]');
      expect(opener).toMatchObject({ inWindow: true, uncovered: true });
      expect(opener.height).toBeGreaterThanOrEqual(TOUCH_TARGET);
      await page.locator('[data-testid="speakers-request-open"]').tap();
      await page.locator('[data-testid="speakers-request"]').waitFor({ state: 'visible' });
      expect(await reach(page, '[data-testid="speakers-paragraph"]')).toMatchObject({
        inWindow: true,
        uncovered: true,
      });
      await page.locator('[data-testid="speakers-request"]').tap();
      const withdraw = page.locator('[data-testid="speakers-withdraw"]').first();
      await withdraw.waitFor({ state: 'visible' });
      await withdraw.tap();
      await page.locator('[data-testid="speakers-panel"][data-compact]').waitFor();
    });

    it('folds the paragraph pick again once a delegate on a phone has asked for the floor and withdrawn', async () => {
      const page = await openOn(SCREENS[0]);
      await signInByTouch(page, demoOf('delegate').email);
      await page.goto(liveText());
      await waitLive(page);
      const opener = page.locator('[data-testid="speakers-request-open"]');
      const pick = page.locator('[data-testid="speakers-paragraph"]');
      /** The tap's change of the list as the server answered it: a lost tap fails here, not at a later wait. */
      const tapChanging = async (target: Locator) => {
        const answer = page.waitForResponse(
          (r) => r.url().includes(`/rounds/${live.roundId}/speakers`) && r.request().method() !== 'GET',
          { timeout: 15_000 },
        );
        await target.tap();
        expect((await answer).status()).toBeLessThan(300);
      };
      await opener.tap();
      await tapChanging(page.locator('[data-testid="speakers-request"]'));
      const withdraw = page.locator('[data-testid="speakers-withdraw"]').first();
      await withdraw.waitFor({ state: 'visible' });
      await tapChanging(withdraw);
      await page.locator('[data-testid="speakers-panel"][data-compact]').waitFor();
      await page.waitForTimeout(300); // a pick coming back open would be unfolding by now
      // Before, the pick of the request just withdrawn came back open under the line, a row of
      // controls over the text; now the line is as first drawn, its opener under the finger again.
      expect({
        pickShown: await pick.isVisible(),
        pickHeight: (await pick.boundingBox())?.height ?? 0,
        expanded: await opener.getAttribute('aria-expanded'),
        focused: await page.evaluate<string | null>(`document.activeElement?.getAttribute('data-testid') ?? null`),
      }).toEqual({ pickShown: false, pickHeight: 0, expanded: 'false', focused: 'speakers-request-open' });
      // Opened again, it still asks from there.
      await opener.tap();
      await page.locator('[data-testid="speakers-request"]').waitFor({ state: 'visible' });
    });

    it('gives the find field the width of its bar on a phone, its placeholder whole in Spanish and French', async () => {
      for (const language of ['es', 'fr'] as const) {
        await asDelegateIn(language, async (page) => {
          await page.goto(liveText());
          await waitLive(page);
          const field = page.locator('[data-testid="document-find"]');
          await field.waitFor({ state: 'visible' });
          // The placeholder's width in the field's font against the room inside the field.
          const fit = await page.evaluate<{ placeholder: string; need: number; room: number }>(`(() => {
            const input = document.querySelector('[data-testid="document-find"]');
            const style = getComputedStyle(input);
            const context = document.createElement('canvas').getContext('2d');
            context.font = style.font;
            return {
              placeholder: input.placeholder,
              need: Math.ceil(context.measureText(input.placeholder).width),
              room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
            };
          })()`);
          // Before, the field kept 136 px of its 332-px bar: "Número de párrafo…", « Numéro de paragra… ».
          expect({ ...fit, whole: fit.need <= fit.room }).toEqual({ ...fit, whole: true });
        });
      }
    });

    it('gives way whole, in French, an idle card status with no room for a word, never cut to a letter', async () => {
      await asDelegateIn('fr', async (page) => {
        await page.goto(liveText());
        await waitLive(page);
        await page.locator('[data-testid="speakers-panel"][data-compact]').waitFor();
        // Each status beside a card's title: drawn on the title's line and a word or two wide, or not drawn.
        const statuses = await page.evaluate<{ text: string; shown: boolean; width: number }[]>(`(() =>
          [...document.querySelectorAll('.session-row .compact-heading')].flatMap((heading) => {
            const line = heading.getBoundingClientRect();
            return [...heading.children]
              .filter((part) => !part.matches('.compact-title, .visually-hidden'))
              .map((part) => {
                const box = part.getBoundingClientRect();
                return { text: part.textContent, shown: box.top < line.bottom, width: Math.round(box.width) };
              });
          }))()`);
        expect(statuses.length).toBeGreaterThanOrEqual(2);
        for (const status of statuses.filter((s) => s.shown))
          expect({ ...status, wide: status.width >= 40 }).toEqual({ ...status, wide: true });
        // "Personne n'attend" has no room beside "Liste des orateurs" and "Demander la parole".
        expect(statuses.find((s) => s.text?.startsWith('Personne'))?.shown).toBe(false);
      });
    });

    it('says whole, on one line of a phone 390 or 360 px wide, that no silence procedure runs, in English, French and Spanish', async () => {
      /** The idle silence card's visible status at each width: drawn on the card's line, and not cut. */
      const statusAt = async (page: Page) => {
        await page.goto(liveText());
        await waitLive(page);
        await page.locator('[data-testid="silence-panel"][data-compact]').waitFor();
        const seen: Array<{ width: number; text: string | null; online: boolean; whole: boolean }> = [];
        for (const width of [390, 360]) {
          await page.setViewportSize({ width, height: SCREENS[0].viewport.height });
          seen.push({
            width,
            ...(await page.evaluate<{ text: string | null; online: boolean; whole: boolean }>(`(() => {
              const heading = document.querySelector('[data-testid="silence-panel"][data-compact] .compact-heading');
              const status = heading.querySelector(':scope > :not(.compact-title, .visually-hidden)');
              const box = status.getBoundingClientRect();
              return {
                text: status.textContent,
                online: box.width > 0 && box.top < heading.getBoundingClientRect().bottom,
                whole: status.scrollWidth <= status.clientWidth,
              };
            })()`)),
          });
        }
        return seen;
      };
      const expectWhole = (seen: Awaited<ReturnType<typeof statusAt>>, text: string) =>
        expect(seen).toEqual([390, 360].map((width) => ({ width, text, online: true, whole: true })));

      // Before, the title and "Aucune en cours." did not share the line beside the live dot: "Aucune e…".
      await asDelegateIn('fr', async (french) =>
        expectWhole(await statusAt(french), 'Accord tacite\u00a0: aucun en cours.'),
      );
      await asDelegateIn('es', async (spanish) => expectWhole(await statusAt(spanish), 'Silencio: ninguno en curso.'));
      const page = await openOn(SCREENS[0]);
      await signInByTouch(page, demoOf('delegate').email);
      expectWhole(await statusAt(page), 'Silence procedure: none running.');
      // The card keeps its name for screen readers, its heading to jump to.
      expect(await page.getByRole('heading', { name: 'Silence procedure' }).count()).toBe(1);
    }, 120_000);

    it('shows news since the last visit on one line, its steps in reach, and the text on the first screen', async () => {
      const page = await openOn(SCREENS[0]);
      await signInByTouch(page, demoOf('delegate').email);
      await page.goto(liveText());
      await waitLive(page);
      // Leaving from the header's name: the visit's mark moves.
      const marked = page.waitForResponse((r) => r.url().includes('/reading-mark') && r.request().method() === 'POST');
      await page.locator('.brand-link').tap();
      expect((await marked).status()).toBe(200);
      await call('POST', '/annotations', await tokenOf(demoOf('head_of_delegation', 'PER').email), {
        clientId: crypto.randomUUID(),
        roundId: live.roundId,
        paragraphKey: paragraphKeys[2],
        kind: 'comment',
        visibility: 'round',
        body: 'Seen from a phone on the next visit.',
      });
      await page.goto(liveText());
      await waitLive(page);
      const bar = page.locator('[data-testid="new-since-visit"][data-count="1"]');
      await bar.waitFor({ state: 'visible' });
      expect(await page.locator('[data-testid="new-since-visit-summary"]').textContent()).toMatch(
        /^1 new since your last visit \(.+\)$/,
      );
      // Before, its sentence, two buttons and switch took four lines (some 215 px), and the first
      // paragraph began below the screen.
      expect((await bar.boundingBox())?.height).toBeLessThanOrEqual(60);
      expect((await firstParagraphTop(page)) + 60).toBeLessThanOrEqual(SCREENS[0].viewport.height);
      for (const step of ['[data-testid="new-previous"]', '[data-testid="new-next"]']) {
        const measured = await reach(page, step);
        expect({ step, ...measured }).toEqual({ step, ...measured, inWindow: true, uncovered: true });
        expect(measured.height).toBeGreaterThanOrEqual(TOUCH_TARGET);
      }
      expect(await page.getByRole('button', { name: 'Next new or updated item' }).count()).toBe(1);
    });

    it("keeps the header and the speakers card's title whole on a phone 360 px wide, in English, French and Spanish", async () => {
      const at360 = async (page: Page) => {
        await page.setViewportSize(NARROW_PHONE);
        await page.goto(liveText());
        await waitLive(page);
        await page.locator('[data-testid="speakers-panel"][data-compact]').waitFor();
        await page.locator('header [data-testid="socket-status"][data-state="connected"]').waitFor();
        return { pastEdge: await headerPastEdge(page), title: await speakersTitle(page) };
      };
      // Before, the bell ran past the screen's edge in Spanish, and "Liste des orateurs" was cut
      // to "Liste des orateu" by "Demander la parole" in French.
      await asDelegateIn('fr', async (french) =>
        expect(await at360(french)).toEqual({ pastEdge: [], title: { text: 'Liste des orateurs', whole: true } }),
      );
      await asDelegateIn('es', async (spanish) =>
        expect(await at360(spanish)).toEqual({ pastEdge: [], title: { text: 'Lista de oradores', whole: true } }),
      );
      const page = await openOn(SCREENS[0]);
      await signInByTouch(page, demoOf('delegate').email);
      expect(await at360(page)).toEqual({ pastEdge: [], title: { text: 'Speakers’ list', whole: true } });
    }, 120_000);

    it('keeps a running silence procedure in sight, its countdown on the first screen', async () => {
      const chair = await tokenOf(demoOf('chair').email);
      await call('POST', `/rounds/${live.roundId}/silence-procedures`, chair, {
        paragraphKeys: [paragraphKeys[3]],
        deadline: new Date(Date.now() + 10 * 60_000).toISOString(),
      });
      const page = await openOn(SCREENS[0]);
      await signInByTouch(page, demoOf('head_of_delegation').email);
      await page.goto(liveText());
      await waitLive(page);
      await page.locator('[data-testid="silence-running"]').waitFor({ state: 'visible' });
      for (const shown of ['[data-testid="silence-countdown"]', '[data-testid="silence-break"]']) {
        expect({ shown, ...(await reach(page, shown)) }).toMatchObject({ shown, inWindow: true, uncovered: true });
      }
      expect(await page.locator('[data-testid="silence-running"]').textContent()).toContain('Under silence');
      // Beside the live dot, not under it: the text still starts on the first screen.
      expect(await firstParagraphTop(page)).toBeLessThanOrEqual(SCREENS[0].viewport.height - 60);
    });
  });

  it("gives the draft's actions one menu on a phone's back line, no row under the title", async () => {
    // Two published versions, the common case: then Word document and Compare versions took a row
    // of their own under the title. A draft of its own: publishing on the demo draft raced the
    // annotations spec's Rev.1 when this spec ran first.
    const secretariat = await tokenOf(demoOf('secretariat').email);
    const zero = [
      '# Regional dialogue',
      '1. Participating States hold a regional dialogue on mobility every second year.',
      '2. The secretariat reports to the dialogue on the agreements concluded since the last one.',
    ].join('\n\n');
    const { processId, draftId } = await draftWithZeroDraft(secretariat, `Phone menu ${Date.now()}`, zero);
    await publishWorking(draftId, secretariat, 'Rev.1');
    const page = await openOn(SCREENS[0]);
    await signInByTouch(page, demoOf('delegate').email);
    await page.goto(`${webUrl()}/processes/${processId}/drafts/${draftId}`);
    const menu = page.getByRole('button', { name: 'Draft actions' });
    await menu.waitFor({ state: 'visible' });
    const box = async (selector: string) => {
      const found = await page.locator(selector).first().boundingBox();
      if (!found) throw new Error(`${selector} is not drawn`);
      return { top: found.y, bottom: found.y + found.height, middle: found.y + found.height / 2 };
    };
    const back = await box('#main a[href^="/processes/"]');
    const button = await box('[data-testid="draft-more"]');
    const title = await box('[data-testid="page-title"]');
    const choices = await box('[data-testid="reading-choices-toggle"]');
    expect(await page.locator('#main [data-testid="compare-open"], #main [data-testid="version-docx"]').count()).toBe(
      0,
    );
    // On the way back's line, which it leaves as tall as before (the title was 30 px under its top).
    expect(Math.abs(button.middle - back.middle)).toBeLessThan(3);
    expect(button.bottom).toBeLessThanOrEqual(title.top + 1);
    expect(title.top - back.top).toBeLessThanOrEqual(31);
    // Nothing between the title and the version's line: before, the row of two buttons (76 px).
    expect(choices.top - title.bottom).toBeLessThan(30);
    expect((await reach(page, '[data-testid="draft-more"]')).height).toBeGreaterThanOrEqual(TOUCH_TARGET);

    // The Word document from the menu: fetched with the session's token and saved.
    await menu.tap();
    const word = page.getByRole('menuitem', { name: 'Word document' });
    await word.waitFor({ state: 'visible' });
    const [download] = await Promise.all([page.waitForEvent('download'), word.tap()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    // Compare versions from the menu: the comparison page.
    await menu.tap();
    await page.getByRole('menuitem', { name: 'Compare versions' }).tap();
    await page.waitForURL((url) => url.pathname.endsWith(`/drafts/${draftId}/compare`));
  });

  it('opens the composer on words a delegate selects by touch on a phone', async () => {
    const page = await delegateReadingOnPhone();
    const words = page.locator('[data-testid="paragraph-text"]').nth(1);
    await words.scrollIntoViewIfNeeded();
    await words.tap();
    // What a long press and the selection's handles leave: a selection, and no mouseup after it.
    const quote = await page.evaluate<string>(`(() => {
      const node = document.querySelectorAll('[data-testid="paragraph-text"]')[1].firstChild.firstChild;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, Math.min(24, node.textContent.length));
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return range.toString();
    })()`);
    await page.locator('[data-testid="composer-quote"]').waitFor({ state: 'visible', timeout: 5_000 });
    expect(await page.locator('[data-testid="composer-quote"]').innerText()).toContain(quote.trim());
    expect(await reach(page, '[data-testid="composer-submit"]')).toMatchObject({ inWindow: true, uncovered: true });
  });

  it('shows a head of delegation on a phone who objects to a paragraph, without panning the matrix', async () => {
    const head = demoOf('head_of_delegation');
    const token = await tokenOf(head.email);
    const delegations = await call<{ items: Array<{ id: string; code: string; name: string }> }>(
      'GET',
      '/delegations',
      token,
    );
    const own = delegations.items.find((d) => d.code === head.delegationCode);
    const matrix = await call<PositionMatrix>('GET', `/rounds/${session.roundId}/positions/matrix`, token);
    const paragraph = matrix.paragraphs[1];
    if (!own || !paragraph) throw new Error('the demo round has no second paragraph or no delegation of the head');
    await call('POST', `/rounds/${session.roundId}/positions`, token, {
      delegationId: own.id,
      paragraphKey: paragraph.key,
      value: 'objection',
    });

    const page = await openOn(SCREENS[0]);
    await signInByTouch(page, head.email);
    await page.goto(`${base()}/processes/${session.processId}/rounds/${session.roundId}/positions`);
    await page.locator('[data-testid="matrix-size"]').waitFor();
    // Nothing on the page has to be panned sideways to be read (the wide matrix scrolls in its frame).
    const panned = await page.evaluate<string[]>(`[...document.querySelectorAll('#main *')]
      .filter((e) => e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
      .map((e) => e.getAttribute('data-testid') ?? e.className)`);
    expect(panned).toEqual([]);

    // The paragraph says the head's own position first, and how many object, before it is opened.
    const item = `[data-testid="paragraph-positions"][data-key="${paragraph.key}"]`;
    await page.locator(`${item} [data-testid="own-position"]`).waitFor();
    expect(await page.locator(`${item} [data-testid="own-position"]`).innerText()).toBe(
      `Your delegation (${own.name}): Objection`,
    );
    expect(await page.locator(`${item} [data-testid="stance-count"]`).first().innerText()).toBe('1 objection');
    const toggle = `${item} [data-testid="paragraph-positions-toggle"]`;
    expect(await reach(page, toggle)).toMatchObject({ inWindow: true, uncovered: true });
    await page.locator(toggle).tap();
    expect(await page.locator(toggle).getAttribute('aria-expanded')).toBe('true');
    // Opened: the delegations under each stance, objections first, every name within the screen.
    const objecting = `${item} [data-testid="stance-group"][data-stance="objection"] li`;
    await page.locator(objecting).first().waitFor({ state: 'visible' });
    expect(await page.locator(`${item} [data-testid="stance-group"]`).first().getAttribute('data-stance')).toBe(
      'objection',
    );
    expect(await page.locator(objecting).allInnerTexts()).toEqual([own.name]);
    expect(await reach(page, objecting, own.name)).toMatchObject({ inWindow: true, uncovered: true });
    expect(await outOfWidth(page, `${item} li`)).toBe(0);
  });

  it('keeps the words a delegate types to comment on in sight on a phone, with the drawer open', async () => {
    const page = await delegateReadingOnPhone();
    const paragraph = page.locator('[data-testid="paragraph"]').nth(2);
    const words = (await paragraph.locator('[data-testid="paragraph-text"]').innerText())
      .split(/\s+/)
      .slice(3, 6)
      .join(' ');
    await paragraph.locator('[data-testid="annotation-count"]').tap();
    await page.locator('[data-testid="comment-words"]').tap();
    await page.locator('[data-testid="composer-words"]').fill(words);
    await page.locator('[data-words-preview]').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(300); // the highlight is scrolled to
    // The text highlights them under the drawer: the reader must see them without closing it.
    const inSight = await page.evaluate<boolean>(`[...document.querySelectorAll(
      '[data-words-preview], [data-testid="words-quote"]',
    )].some((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return r.top >= 0 && r.bottom <= window.innerHeight && hit !== null && el.contains(hit)
        && el.textContent.includes(${JSON.stringify(words)});
    })`);
    expect(inSight).toBe(true);
  });

  it("shows the chair on a phone the speakers' list buttons whole: Give the floor and Remove", async () => {
    const round = await openSessionRound('Phone speakers');
    const delegate = await tokenOf(demoOf('delegate').email);
    const paragraphs = await call<{ sections: Array<{ paragraphs: Array<{ key: string }> }> }>(
      'GET',
      `/versions/${round.versionId}`,
      delegate,
    );
    const key = paragraphs.sections[0]?.paragraphs[0]?.key;
    if (!key) throw new Error('the demo version has no paragraph');
    await call('POST', `/rounds/${round.roundId}/speakers`, delegate, { paragraphKey: key });
    const page = await openOn(SCREENS[0]);
    await signInByTouch(page, demoOf('chair').email);
    await page.goto(
      `${base()}/processes/${round.processId}/drafts/${round.draftId}?version=${round.versionId}&round=${round.roundId}`,
    );
    await waitLive(page);
    const entry = page.locator('[data-testid="speakers-entry"]').first();
    await entry.waitFor({ state: 'visible' });
    // Each label as wide as its words, and each button inside the screen.
    const cut = await page.evaluate<string[]>(`[...document.querySelectorAll(
      '[data-testid="speakers-give"], [data-testid="speakers-withdraw"]')].filter((button) => {
        const r = button.getBoundingClientRect();
        const label = button.querySelector('.mantine-Button-label') ?? button;
        return r.left < 0 || r.right > window.innerWidth || label.scrollWidth > label.clientWidth + 1;
      }).map((button) => button.textContent)`);
    expect(cut).toEqual([]);
    expect(await entry.locator('[data-testid="speakers-give"]').textContent()).toBe('Give the floor');
    expect(await entry.locator('[data-testid="speakers-withdraw"]').textContent()).toBe('Remove');
  });

  it("shows a delegate on a phone every choice of the notification settings, none beyond the screen's edge", async () => {
    const page = await openOn(SCREENS[0]);
    await signInByTouch(page, demoOf('delegate').email);
    await page.goto(`${base()}/notifications/preferences`);
    const rows = page.locator('[data-testid="preference-row"]');
    await rows.first().waitFor({ state: 'visible' });
    // Four choices for each kind of event, each wholly within the width: "Off" was off the screen.
    expect(await rows.locator('.mantine-SegmentedControl-label').count()).toBe((await rows.count()) * 4);
    expect(await outOfWidth(page, '[data-testid="preference-row"] .mantine-SegmentedControl-label')).toBe(0);
    expect((await horizontalScroll(page)).scrollWidth).toBeLessThanOrEqual(SCREENS[0].viewport.width);
    await rows.last().getByText('Off').tap();
    expect(await rows.last().getByRole('radio', { name: 'Off' }).isChecked()).toBe(true);
  });

  it("shows the secretariat on a phone an import's preview without a sideways scroll, every Correct button in reach", async () => {
    const token = await tokenOf(demoOf('secretariat').email);
    const zero = [
      '# Regional cooperation',
      '1. Participating States meet each year to compare their practice on labour mobility across the region.',
      '2. The secretariat keeps a register of the agreements States conclude with their neighbours.',
      '3. Delegations share the names of their focal points before each regional meeting.',
    ].join('\n\n');
    const revised = zero.replace('each year', 'twice a year').replace('focal points', 'national focal points');
    const { processId, draftId } = await draftWithZeroDraft(token, `Phone import ${Date.now()}`, zero);
    const job = await importReady(draftId, token, 'rev1.md', revised);

    const page = await openOn(SCREENS[0]);
    // The import page's modules come on top of the shell's: a loaded machine takes its time.
    page.setDefaultNavigationTimeout(90_000);
    await signInByTouch(page, demoOf('secretariat').email);
    await page.goto(`${base()}/processes/${processId}/drafts/${draftId}/import?job=${job.id}`);
    const rows = page.locator('[data-testid="preview-row"]');
    await rows.nth(2).waitFor({ state: 'visible', timeout: 45_000 });
    // The number, the text, the match and its similarity stack in each row: none runs off the
    // screen and nothing scrolls sideways, in its frame or on the page.
    expect((await horizontalScroll(page)).scrollWidth).toBeLessThanOrEqual(SCREENS[0].viewport.width);
    expect(await outOfWidth(page, '[data-testid="preview-row"], [data-testid="preview-row"] *')).toBe(0);
    const panned = await page.evaluate<string[]>(`[...document.querySelectorAll('#main *')]
      .filter((e) => e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
      .map((e) => e.getAttribute('data-testid') ?? e.className)`);
    expect(panned).toEqual([]);
    for (let i = 0; i < 3; i += 1) {
      // Scrolled to the middle of the window, as a finger would bring it (clear of the action bar).
      await page.evaluate(
        `document.querySelector('[data-testid="preview-row"][data-index="${i}"]').scrollIntoView({ block: 'center' })`,
      );
      const correct = await reach(
        page,
        `[data-testid="preview-row"][data-index="${i}"] [data-testid="preview-correct"]`,
      );
      expect({ i, ...correct }).toEqual({ i, ...correct, inWindow: true, uncovered: true });
      expect(correct.height).toBeGreaterThanOrEqual(TOUCH_TARGET);
    }
    await rows.nth(1).locator('[data-testid="preview-correct"]').tap();
    await page.getByRole('dialog').waitFor({ state: 'visible' });
  }, 180_000);

  it('keeps toasts on a phone under the header, clear of the menu, the bell and the foot of the screen', async () => {
    const page = await openOn(SCREENS[0]);
    await signInByTouch(page, demoOf('delegate').email);
    await page.goto(`${base()}/account`);
    await page.locator('#main button[type="submit"]').first().tap();
    const toast = page.locator('.mantine-Notification-root').first();
    await toast.waitFor({ state: 'visible' });
    // Where it rests, once it has slid in (Mantine's transition: 250 ms).
    await page.waitForTimeout(600);
    const overlaps = await page.evaluate<{ header: boolean; foot: boolean; wide: boolean }>(`(() => {
      const t = document.querySelector('.mantine-Notification-root').getBoundingClientRect();
      const header = document.querySelector('header').getBoundingClientRect();
      return {
        header: t.top < header.bottom,
        // The foot of the screen is where a comment's Post and Cancel buttons are.
        foot: t.bottom > window.innerHeight * 0.6,
        wide: t.width >= window.innerWidth * 0.8,
      };
    })()`);
    expect(overlaps).toEqual({ header: false, foot: false, wide: true });
  });

  it('shows the live badge whole in the header of a phone, in Spanish', async () => {
    await asDelegateIn('es', async (page) => {
      const badge = page.locator('header [data-testid="socket-status"][data-state="connected"]');
      await badge.waitFor({ state: 'visible', timeout: 15_000 });
      expect(await badge.textContent()).toBe('En directo');
      // Its label as wide as its words (not "EN DIR…"), and the badge within the screen.
      const cut = await page.evaluate<{ cut: boolean; right: number }>(`(() => {
        const badge = document.querySelector('header [data-testid="socket-status"]');
        const label = badge.querySelector('.mantine-Badge-label');
        return { cut: label.scrollWidth > label.clientWidth, right: badge.getBoundingClientRect().right };
      })()`);
      expect(cut.cut).toBe(false);
      expect(cut.right).toBeLessThanOrEqual(SCREENS[0].viewport.width);
    });
  });
});
