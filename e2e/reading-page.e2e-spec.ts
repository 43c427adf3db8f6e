import { describeSpan } from '@concordia/anchoring';
import { type Annotation, type DraftVersion, type SpeakersList, threadPath } from '@concordia/contracts';
import type { Page } from 'playwright-core';
import { pagesForSpec, webUrl } from './support/browser';
import {
  call,
  demoOf,
  openSessionRound,
  openText,
  secretariatMemberIn,
  signIn,
  tokenOf,
  waitLive,
  type SessionRound,
} from './support/session';

/** A replacement of `words` in the first paragraph, proposed by the demo delegate over the API. */
const proposeReplacement = async (round: SessionRound, words: string, text: string): Promise<Annotation> => {
  const token = await tokenOf(demoOf('delegate').email);
  const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, token);
  const paragraph = version.sections[0]?.paragraphs[0];
  if (!paragraph) throw new Error('the demo draft is empty');
  const start = paragraph.text.indexOf(words);
  if (start < 0) throw new Error(`the first paragraph no longer says "${words}"`);
  return call<Annotation>('POST', '/annotations', token, {
    clientId: crypto.randomUUID(),
    roundId: round.roundId,
    paragraphKey: paragraph.key,
    kind: 'amendment',
    visibility: 'round',
    body: `Read "${text}".`,
    selectors: describeSpan(paragraph.text, start, start + words.length),
    amendment: { operation: 'replace', text },
  });
};

/** The demo chair circulates the first paragraph under silence for an hour, over the API. */
const startSilence = async (round: SessionRound): Promise<{ procedure: { id: string }; deadline: Date }> => {
  const chair = await tokenOf(demoOf('chair').email);
  const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, chair);
  const key = version.sections[0]?.paragraphs[0]?.key;
  if (!key) throw new Error('the demo draft is empty');
  const deadline = new Date(Date.now() + 60 * 60_000);
  const procedure = await call<{ id: string }>('POST', `/rounds/${round.roundId}/silence-procedures`, chair, {
    paragraphKeys: [key],
    deadline: deadline.toISOString(),
  });
  return { procedure, deadline };
};

const linkTo = (round: SessionRound, annotation: Annotation): string =>
  `${webUrl()}${threadPath({ ...round, paragraphKey: annotation.anchor.paragraphKey, threadId: annotation.id })}`;

describe('reading a round’s text', () => {
  const pages = pagesForSpec();
  let round: SessionRound;

  beforeAll(async () => {
    round = await openSessionRound('Reading page');
  });

  it('a replaced word and its replacement are drawn apart, yet copy as the words only', async () => {
    const amendment = await proposeReplacement(round, 'always', 'long');
    const { page } = await pages.newPage();
    await signIn(page, demoOf('delegate').email);
    await page.goto(linkTo(round, amendment));
    await waitLive(page);
    const preview = page.locator(`#thread-${amendment.id} [data-testid="amendment"] .amendment-preview`);
    const deleted = preview.locator('del');
    const inserted = preview.locator('ins');
    await inserted.waitFor({ state: 'visible' });
    expect(await deleted.textContent()).toBe('always');
    expect(await inserted.textContent()).toBe('long');
    const [del, ins] = [await deleted.boundingBox(), await inserted.boundingBox()];
    if (!del || !ins) throw new Error('the change is not drawn');
    // On one line, with a visible gap (not "alwayslong").
    expect(Math.abs(del.y - ins.y)).toBeLessThan(2);
    expect(ins.x - (del.x + del.width)).toBeGreaterThanOrEqual(3);
    // Screen readers still hear where the deletion and the insertion start.
    expect(await deleted.getAttribute('data-start')).toBe('[deletion start]');
    expect(await inserted.getAttribute('data-start')).toBe('[insertion start]');
    // The gap is layout: copying the proposal gives no space the text does not have.
    const copied = await page.evaluate(`(() => {
      const el = document.querySelector('#thread-${amendment.id} [data-testid="amendment"] .amendment-preview');
      const range = document.createRange();
      range.selectNodeContents(el);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    })()`);
    expect(copied).toContain('have alwayslong moved');
  });

  it.each(['delegate', 'head_of_delegation', 'chair'] as const)(
    'at 1280×720 the %s reads the first paragraph without scrolling while no procedure runs and nobody waits',
    async (role) => {
      const { page } = await pages.newPage();
      await page.setViewportSize({ width: 1280, height: 720 });
      await signIn(page, demoOf(role).email);
      await openText(page, round);
      await page.locator('[data-testid="speakers-empty"]').waitFor({ state: 'visible' });
      expect(await page.locator('[data-testid="silence-running"]').count()).toBe(0);
      const first = page.locator('[data-testid="paragraph"]').first();
      await first.waitFor({ state: 'visible' });
      const box = await first.boundingBox();
      if (!box) throw new Error('the first paragraph is not drawn');
      // Its first lines, at least, above the fold.
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + 60).toBeLessThanOrEqual(720);
      // What the idle cards offer is still one click away.
      if (role === 'head_of_delegation') {
        await page.locator('[data-testid="speakers-request"]').waitFor({ state: 'visible' });
      }
      if (role === 'chair') {
        await page.locator('[data-testid="silence-start-open"]').click();
        await page.locator('[data-testid="silence-start-form"]').waitFor({ state: 'visible' });
      }
    },
  );

  it('at 1280×720 in French, the idle speakers’ card says “nobody waiting” whole or not at all, never cut', async () => {
    const delegate = await tokenOf(demoOf('delegate').email);
    await call('PATCH', '/auth/me', delegate, { language: 'fr' });
    try {
      const { page } = await pages.newPage();
      await page.setViewportSize({ width: 1280, height: 720 });
      await signIn(page, demoOf('delegate').email);
      await openText(page, round);
      const panel = page.locator('[data-testid="speakers-panel"][data-compact]');
      await panel.locator('[data-testid="speakers-request"]').waitFor({ state: 'visible' });
      // Drawn on the title's line (not wrapped onto the one the card does not show), and if so, whole.
      const status = await page.evaluate<{ text: string | null; shown: boolean; cut: boolean }>(`(() => {
        const element = document.querySelector('[data-testid="speakers-panel"] [data-testid="speakers-empty"]');
        const line = element.parentElement.getBoundingClientRect();
        return {
          text: element.textContent,
          shown: element.getBoundingClientRect().top < line.bottom,
          cut: element.scrollWidth > element.clientWidth,
        };
      })()`);
      // Before, it read "Personne…" beside "Liste des orateurs", "§ 1" and "Demander la parole".
      expect(status.text).toBe('Personne n’attend.');
      expect(status.shown && status.cut).toBe(false);
      // Either way the card keeps its line beside the silence card, and the text comes first.
      const [silence, speakers] = [
        await page.locator('[data-testid="silence-panel"]').boundingBox(),
        await panel.boundingBox(),
      ];
      expect(silence && speakers && Math.abs(silence.y - speakers.y)).toBe(0);
    } finally {
      await call('PATCH', '/auth/me', delegate, { language: 'en' });
    }
  });

  it('a toast leaves the header and the side panel usable: it sits at the foot of the navigation', async () => {
    const closing = await openSessionRound('Toast over the header');
    const { page } = await pages.newPage();
    await signIn(page, demoOf('delegate').email);
    await openText(page, closing);
    const header = await page.locator('header').first().boundingBox();
    if (!header) throw new Error('the page has no header');
    // The secretariat closes the round: every reader is told so in a toast.
    await call('POST', `/rounds/${closing.roundId}/status`, await tokenOf(demoOf('secretariat').email), {
      status: 'closed',
    });
    const toast = page.locator('.mantine-Notification-root', { hasText: 'The round is now closed.' });
    await toast.waitFor({ state: 'visible', timeout: 10_000 });
    // Measured once it has slid in.
    let box = await toast.boundingBox();
    for (let previous = null; JSON.stringify(box) !== JSON.stringify(previous);) {
      previous = box;
      await new Promise((resolve) => setTimeout(resolve, 100));
      box = await toast.boundingBox();
    }
    if (!box) throw new Error('the toast is not drawn');
    expect(box.y).toBeGreaterThanOrEqual(header.y + header.height);
    // Not over the side panel (its composer's Post button is at its foot), nor over the page:
    // within the navigation column.
    const [panel, navbar] = await Promise.all([
      page.locator('#annotation-panel').boundingBox(),
      page.locator('.mantine-AppShell-navbar').boundingBox(),
    ]);
    if (!panel || !navbar) throw new Error('the side panel or the navigation is not drawn');
    expect(box.x + box.width <= panel.x || box.y + box.height <= panel.y).toBe(true);
    expect(box.x).toBeGreaterThanOrEqual(navbar.x);
    expect(box.x + box.width).toBeLessThanOrEqual(navbar.x + navbar.width);
    // Not after it closes by itself: at once, while it is still there.
    await page.locator('[data-testid="notification-bell"]').click({ timeout: 1_000 });
    await page.locator('[data-testid="notification-dropdown"]').waitFor({ state: 'visible', timeout: 1_000 });
    expect(await toast.isVisible()).toBe(true);
  });

  it('a position supporting an amendment names it: delegation, operation and words', async () => {
    const amendment = await proposeReplacement(round, 'moved', 'migrated');
    const head = await tokenOf(demoOf('head_of_delegation').email);
    const me = await call<{ memberships: Array<{ processId: string; delegationId: string | null }> }>(
      'GET',
      '/auth/me',
      head,
    );
    const delegationId = me.memberships.find((m) => m.processId === round.processId)?.delegationId;
    if (!delegationId) throw new Error('the demo head of delegation has no delegation');
    await call('POST', `/rounds/${round.roundId}/positions`, head, {
      delegationId,
      paragraphKey: amendment.anchor.paragraphKey,
      value: 'support_with_amendments',
      statement: '',
      amendmentIds: [amendment.id],
    });
    const { page } = await pages.newPage();
    await signIn(page, demoOf('delegate').email);
    await page.goto(linkTo(round, amendment));
    await waitLive(page);
    await page.locator('[data-testid="tab-positions"]').click();
    const card = page.locator('[data-testid="position-card"][data-value="support_with_amendments"]');
    const named = card.locator('[data-testid="position-amendment-name"]');
    await named.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await card.locator('[data-testid="position-amendments"]').textContent()).toContain('Supports 1 amendment');
    expect(await named.textContent()).toBe('Mexico — Replace the words: “migrated”');
  });

  it('a silence deadline and the round’s window name the time zone they are shown in', async () => {
    const silent = await openSessionRound('Deadlines with their zone');
    const { deadline } = await startSilence(silent);
    const delegate = demoOf('delegate');
    const me = await call<{ user: { timeZone: string } }>('GET', '/auth/me', await tokenOf(delegate.email));
    // The zone as the reader's profile sets it, named as the language names it ("UTC", "GMT+1").
    const zone = new Intl.DateTimeFormat('en', { timeZone: me.user.timeZone, timeZoneName: 'short' })
      .formatToParts(deadline)
      .find((part) => part.type === 'timeZoneName')?.value;
    if (!zone) throw new Error('Intl names no zone');

    const { page } = await pages.newPage();
    await signIn(page, delegate.email);
    await openText(page, silent);
    const running = page.locator('[data-testid="silence-running"]');
    await running.waitFor({ state: 'visible' });
    expect(await running.getByText(/^Deadline /).textContent()).toMatch(new RegExp(`^Deadline .+ ${zone}$`));

    await page.goto(`${webUrl()}/processes/${silent.processId}`);
    const { name } = await call<{ name: string }>(
      'GET',
      `/rounds/${silent.roundId}`,
      await tokenOf(demoOf('chair').email),
    );
    const row = page.locator('[data-testid="round-row"]', { hasText: name });
    await row.waitFor({ state: 'visible' });
    expect(
      (await row.locator('td').nth(2).locator('p').first().textContent())?.match(new RegExp(` ${zone}`, 'g'))?.length,
    ).toBe(2);
  });

  it('a reader in Geneva, on a round run on Mexico City’s clock, is told which clock each time is on', async () => {
    const faraway = await openSessionRound('Two clocks');
    const amendment = await proposeReplacement(faraway, 'always', 'often');
    const round = await call<{ closesAt: string; timeZone: string }>(
      'GET',
      `/rounds/${faraway.roundId}`,
      await tokenOf(demoOf('chair').email),
    );
    expect(round.timeZone).toBe('America/Mexico_City');
    const reader = await secretariatMemberIn(faraway.processId, {
      language: 'en',
      name: `Geneva reader ${Date.now()}`,
      timeZone: 'Europe/Zurich',
    });
    // Geneva's zone as the language names it at that moment ("GMT+1" in winter, "GMT+2" in summer), for a RegExp.
    const genevaZone = (at: string) =>
      new Intl.DateTimeFormat('en', { timeZone: 'Europe/Zurich', timeZoneName: 'short' })
        .formatToParts(new Date(at))
        .find((part) => part.type === 'timeZoneName')
        ?.value.replace('+', '\\+') ?? 'no zone';

    const { page } = await pages.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await signIn(page, reader.email);
    await page.goto(linkTo(faraway, amendment));
    await waitLive(page);
    // The thread's time is on the reader's clock, and says so.
    const posted = page.locator(`#thread-${amendment.id} .byline time`).first();
    await posted.waitFor({ state: 'visible' });
    expect(await posted.textContent()).toMatch(new RegExp(`\\s${genevaZone(amendment.createdAt)}$`));
    // The closing time is on the round's clock, then on the reader's, each named.
    const closing = await page.locator('[data-testid="round-closes-at"]').textContent();
    expect(closing).toMatch(
      new RegExp(`^Open for comments until .+ \\(your time: .+\\s${genevaZone(round.closesAt)}\\)$`),
    );
    // The longer notice sits in the side panel: the text keeps its first paragraph above the fold.
    const first = await page.locator('[data-testid="paragraph"]').first().boundingBox();
    expect(first && first.y + 60).toBeLessThanOrEqual(720);
    // A round, an amendment and an account of its own before the page: more than one test's worth on a loaded machine.
  }, 120_000);

  it('at 1280×720, after a silence broken with a long statement, the idle cards still share one line', async () => {
    const broken = await openSessionRound('Broken silence above the fold');
    const { procedure } = await startSilence(broken);
    const statement = 'Mexico must consult its capital on this paragraph, '.repeat(4).trim();
    await call('POST', `/silence-procedures/${procedure.id}/break`, await tokenOf(demoOf('head_of_delegation').email), {
      statement,
    });
    const { page } = await pages.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await signIn(page, demoOf('delegate').email);
    await openText(page, broken);
    const ended = page.locator('[data-testid="silence-ended"][data-status="broken"]');
    await ended.waitFor({ state: 'visible' });
    // Cut to fit on screen, whole for whoever hovers it or reads it out.
    expect(await ended.getAttribute('title')).toContain(statement);
    const [silence, speakers] = [
      await page.locator('[data-testid="silence-panel"]').boundingBox(),
      await page.locator('[data-testid="speakers-panel"]').boundingBox(),
    ];
    expect(silence && speakers && Math.abs(silence.y - speakers.y)).toBe(0);
    const first = await page.locator('[data-testid="paragraph"]').first().boundingBox();
    expect(first && first.y + 60).toBeLessThanOrEqual(720);
  });
});

describe('the first paragraph above the fold while the speakers’ list is at work', () => {
  const pages = pagesForSpec();
  type Viewer = 'head_of_delegation' | 'chair';
  const setLanguage = async (role: Viewer, language: 'en' | 'fr'): Promise<void> =>
    void (await call('PATCH', '/auth/me', await tokenOf(demoOf(role).email), { language }));

  afterAll(async () => {
    // Other specs read these demo people in English.
    await setLanguage('head_of_delegation', 'en');
    await setLanguage('chair', 'en');
  });

  /** Mexico's head asks for the floor on the first paragraph, over the API. */
  const requestFloor = async (round: SessionRound): Promise<SpeakersList> => {
    const head = await tokenOf(demoOf('head_of_delegation').email);
    const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, head);
    const key = version.sections[0]?.paragraphs[0]?.key;
    if (!key) throw new Error('the demo draft is empty');
    return call<SpeakersList>('POST', `/rounds/${round.roundId}/speakers`, head, { paragraphKey: key });
  };

  const firstParagraphTop = async (page: Page): Promise<number> => {
    const first = page.locator('[data-testid="paragraph"]').first();
    await first.waitFor({ state: 'visible' });
    const box = await first.boundingBox();
    if (!box) throw new Error('the first paragraph is not drawn');
    return box.y;
  };

  it.each(['en', 'fr'] as const)(
    'in %s, once a timed turn has ended, the last turn, the limit and the request share one line',
    async (language) => {
      const round = await openSessionRound(`Last timed turn (${language})`);
      const chair = await tokenOf(demoOf('chair').email);
      await call('PUT', `/rounds/${round.roundId}/speakers/speaking-time`, chair, { speakingTimeMinutes: 3 });
      const { queue } = await requestFloor(round);
      await call('POST', `/rounds/${round.roundId}/speakers/${queue[0]?.id ?? ''}/floor`, chair);
      await call('POST', `/rounds/${round.roundId}/speakers/end-floor`, chair);
      await setLanguage('head_of_delegation', language);
      const { page } = await pages.newPage();
      await page.setViewportSize({ width: 1280, height: 720 });
      await signIn(page, demoOf('head_of_delegation').email);
      await openText(page, round);
      const panel = page.locator('[data-testid="speakers-panel"][data-compact]');
      await panel.locator('[data-testid="speakers-last-turn"]').waitFor({ state: 'visible' });
      // Who spoke last, the limit and the request are all still there.
      expect(await panel.locator('[data-testid="speakers-last-turn"]').textContent()).toContain('Mexico');
      await panel.locator('[data-testid="speakers-speaking-time"]').waitFor({ state: 'visible' });
      await panel.locator('[data-testid="speakers-request"]').waitFor({ state: 'visible' });
      const [silence, speakers] = [
        await page.locator('[data-testid="silence-panel"]').boundingBox(),
        await panel.boundingBox(),
      ];
      expect(silence && speakers && Math.abs(silence.y - speakers.y)).toBe(0);
      expect((await firstParagraphTop(page)) + 60).toBeLessThanOrEqual(720);
    },
  );

  it.each([
    ['en', 'chair'],
    ['fr', 'chair'],
    ['en', 'head_of_delegation'],
    ['fr', 'head_of_delegation'],
  ] as const)(
    'in %s, while a delegation waits for the floor, the %s still reads the text first',
    async (language, role) => {
      const round = await openSessionRound(`Waiting for the floor (${language}, ${role})`);
      await requestFloor(round);
      await setLanguage(role, language);
      const { page } = await pages.newPage();
      await page.setViewportSize({ width: 1280, height: 720 });
      await signIn(page, demoOf(role).email);
      await openText(page, round);
      // Who waits, and what the chair or the waiting delegation may do about it, stay on screen.
      const entry = page.locator('[data-testid="speakers-entry"]', { hasText: 'Mexico' });
      await entry.waitFor({ state: 'visible' });
      await entry
        .locator(role === 'chair' ? '[data-testid="speakers-give"]' : '[data-testid="speakers-withdraw"]')
        .waitFor({
          state: 'visible',
        });
      expect((await firstParagraphTop(page)) + 60).toBeLessThanOrEqual(720);
    },
  );
});
