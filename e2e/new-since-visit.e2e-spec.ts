import type { Annotation, DraftVersion, Me } from '@concordia/contracts';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, pagesForSpec, webUrl } from './support/browser';
import { demoAccounts } from './support/demo-accounts';
import {
  call,
  demoOf,
  leaveText,
  openSessionRound,
  openText,
  signIn,
  tokenOf,
  waitLive,
  type SessionRound,
} from './support/session';

/** A round-visible comment on a paragraph of the round's text, posted over the API. */
const comment = async (round: SessionRound, token: string, index: number, body: string): Promise<Annotation> => {
  const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, token);
  const paragraph = version.sections.flatMap((s) => s.paragraphs)[index];
  if (!paragraph) throw new Error(`the demo draft has no paragraph ${index}`);
  return call<Annotation>('POST', '/annotations', token, {
    clientId: crypto.randomUUID(),
    roundId: round.roundId,
    paragraphKey: paragraph.key,
    kind: 'comment',
    visibility: 'round',
    body,
  });
};

const newSinceVisit = (page: Page) => page.locator('[data-testid="new-since-visit"]');

describe('new since your last visit', () => {
  const pages = pagesForSpec();
  let round: SessionRound;

  beforeAll(async () => {
    round = await openSessionRound('New since visit');
  });

  it('marks, counts and jumps to what others posted since the last visit, then no longer', async () => {
    const head = await tokenOf(demoOf('head_of_delegation').email);
    const delegate = await tokenOf(demoOf('delegate').email);
    await comment(round, head, 0, 'Posted before the delegate ever opened the round.');

    const { page } = await pages.newPage();
    await signIn(page, demoOf('delegate').email);
    await openText(page, round);
    // A first visit: nothing is called new, not even what was there before it.
    await page.locator('[data-testid="annotation-count"][data-count="1"]').waitFor();
    expect(await newSinceVisit(page).count()).toBe(0);
    expect(await page.locator('[data-testid="new-in-paragraph"]').count()).toBe(0);
    await leaveText(page);

    // Overnight: the head of delegation comments on the third paragraph; the delegate's own comment is not news to them.
    const posted = await comment(round, head, 2, 'We would rather say "may" in this paragraph.');
    await comment(round, delegate, 1, 'Our own note on the second paragraph.');

    await openText(page, round);
    await page.locator('[data-testid="new-since-visit"][data-count="1"]').waitFor();
    expect(await page.locator('[data-testid="new-since-visit-summary"]').textContent()).toMatch(
      /^1 new since your last visit \(.+\)$/,
    );
    const marked = page.locator('[data-testid="new-in-paragraph"]');
    expect(await marked.count()).toBe(1);
    expect(
      await page
        .locator(`[data-testid="paragraph"][data-key="${posted.anchor.paragraphKey}"] [data-testid="new-in-paragraph"]`)
        .textContent(),
    ).toContain('1 new annotation on paragraph');

    await page.locator('[data-testid="new-next"]').click();
    await page.waitForFunction(`document.activeElement?.id === 'new-${posted.id}'`);
    const thread = page.locator(`#thread-${posted.id}`);
    expect(await thread.locator('[data-testid="new-item"]').count()).toBe(1);
    expect(await thread.locator('[data-testid="new-in-thread"]').count()).toBe(1);
    expect(await page.locator('[data-testid="new-position"]').textContent()).toBe('1 of 1');

    // Only the paragraphs with something new: the third one alone.
    // From the keyboard: the switch is reached and turned on like any other.
    await page.locator('[data-testid="new-only"]').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(`document.querySelectorAll('[data-testid="paragraph"]').length === 1`);
    expect(await page.locator('[data-testid="paragraph"]').getAttribute('data-key')).toBe(posted.anchor.paragraphKey);

    // A reply arriving while the delegate reads is new too.
    const reply = await call<Annotation>('POST', `/annotations/${posted.id}/replies`, head, {
      clientId: crypto.randomUUID(),
      body: 'Or "should", as a compromise.',
    });
    await page.locator('[data-testid="new-since-visit"][data-count="2"]').waitFor();
    await page.locator(`#new-${reply.id}`).waitFor();
    await leaveText(page);

    // The next visit: all of it was read.
    await openText(page, round);
    await page.locator('[data-testid="new-since-visit"][data-count="0"]').waitFor();
    expect(await newSinceVisit(page).textContent()).toMatch(/^Nothing new or updated since your last visit/);
    expect(await page.locator('[data-testid="new-in-paragraph"]').count()).toBe(0);
  });

  describe('on a phone', () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser?.close());

    it('on a first visit, counts what arrives while reading, and opens it in the drawer', async () => {
      if (!browser) throw new Error('the browser has not started');
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
        locale: 'en-US',
        timezoneId: 'UTC',
      });
      const page = await context.newPage();
      await page.goto(`${webUrl()}/login`);
      await page.locator('input[data-testid="login-email"]').fill(demoOf('chair').email);
      await page.locator('input[data-testid="login-password"]').fill(demoAccounts.password);
      await page.locator('[data-testid="login-submit"]').tap();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      const marked = page.waitForResponse((r) => r.url().includes('/reading-mark') && r.status() === 200);
      await page.goto(
        `${webUrl()}/processes/${round.processId}/drafts/${round.draftId}?version=${round.versionId}&round=${round.roundId}`,
      );
      await waitLive(page);
      await marked;
      // The comments already there are not news on a first visit.
      expect(await newSinceVisit(page).count()).toBe(0);

      const head = await tokenOf(demoOf('head_of_delegation').email);
      const posted = await comment(round, head, 1, 'A question for the chair on the second paragraph.');
      await page.locator('[data-testid="new-since-visit"][data-count="1"]').waitFor();
      expect(await page.locator('[data-testid="new-since-visit-summary"]').textContent()).toMatch(
        /^1 new since you opened the round \(.+\)$/,
      );
      await page.locator('[data-testid="new-next"]').tap();
      const drawer = page.locator('[data-testid="annotation-drawer"]');
      await drawer.locator(`#new-${posted.id}`).waitFor({ state: 'visible' });
      await page.waitForFunction(`document.activeElement?.id === 'new-${posted.id}'`);
      await context.close();
    });
  });
});

describe('updated since your last visit', () => {
  const pages = pagesForSpec();

  it('counts, marks and steps to a disposition of the reader’s amendment and a bracketed paragraph', async () => {
    const round = await openSessionRound('Updated since visit');
    const delegate = await tokenOf(demoOf('delegate').email);
    const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, delegate);
    const paragraphs = version.sections.flatMap((s) => s.paragraphs);
    const [first, second, third] = paragraphs;
    if (!first || !second || !third) throw new Error('the demo draft has fewer than three paragraphs');
    const amendment = await call<Annotation>('POST', '/annotations', delegate, {
      clientId: crypto.randomUUID(),
      roundId: round.roundId,
      paragraphKey: first.key,
      kind: 'amendment',
      visibility: 'round',
      body: 'Stronger wording.',
      amendment: { operation: 'replace', text: 'States shall cooperate.' },
    });

    const { page } = await pages.newPage();
    await signIn(page, demoOf('delegate').email);
    await openText(page, round);
    await page.locator('[data-testid="annotation-count"][data-count="1"]').first().waitFor();
    await leaveText(page);

    // While the delegate is away: the secretariat decides on their amendment, the chair brackets a paragraph.
    await call('PUT', `/annotations/${amendment.id}/disposition`, await tokenOf(demoOf('secretariat').email), {
      value: 'partly_accepted',
      reason: 'Kept in part in the informals.',
    });
    const chair = await tokenOf(demoOf('chair').email);
    await call('PUT', `/rounds/${round.roundId}/paragraphs/${third.key}/status`, chair, { status: 'bracketed' });

    await openText(page, round);
    await page.locator('[data-testid="new-since-visit"][data-count="2"]').waitFor();
    expect(await page.locator('[data-testid="new-since-visit-summary"]').textContent()).toMatch(
      /^2 updated since your last visit \(.+\)$/,
    );
    const paragraphOf = (key: string) => page.locator(`[data-testid="paragraph"][data-key="${key}"]`);
    expect(await paragraphOf(first.key).locator('[data-testid="updated-in-paragraph"]').textContent()).toContain(
      '1 annotation updated on paragraph',
    );
    expect(await paragraphOf(third.key).locator('[data-testid="status-changed"]').textContent()).toContain(
      'status of paragraph',
    );
    expect(await page.locator('[data-testid="new-in-paragraph"]').count()).toBe(0);

    // First the amendment, where the text runs first, with what changed in words.
    await page.locator('[data-testid="new-next"]').click();
    await page.waitForFunction(`document.activeElement?.id === 'new-${amendment.id}'`);
    const mark = page.locator(`#thread-${amendment.id} [data-testid="updated-item"]`);
    expect(await mark.textContent()).toContain('Given a disposition since your last visit');
    expect(await page.locator('[data-testid="new-position"]').textContent()).toBe('1 of 2');
    // Then the paragraph the chair bracketed.
    await page.locator('[data-testid="new-next"]').click();
    await page.waitForFunction(`document.activeElement?.id === 'status-changed-${third.key}'`);
    expect(await page.locator('[data-testid="new-position"]').textContent()).toBe('2 of 2');

    // Only those two paragraphs; the masthead still counts the draft's.
    await page.locator('[data-testid="new-only"]').check();
    await page.waitForFunction(`document.querySelectorAll('[data-testid="paragraph"]').length === 2`);
    expect(await page.locator('.draft-masthead').textContent()).toContain(`Paragraphs: ${paragraphs.length}`);

    // A change arriving while the delegate reads counts as updated too, and its paragraph joins the text.
    await call('PUT', `/rounds/${round.roundId}/paragraphs/${second.key}/status`, chair, { status: 'agreed' });
    await page.locator('[data-testid="new-since-visit"][data-count="3"][data-updated="3"]').waitFor();
    await page.waitForFunction(`document.querySelectorAll('[data-testid="paragraph"]').length === 3`);
  });

  it('counts, marks and steps to positions other delegations recorded and comments withdrawn since, live too', async () => {
    // Open to observers: the chair reads the round's live stream, where positions are announced.
    const round = await openSessionRound('Positions since visit', { confidentiality: 'observers' });
    const head = await tokenOf(demoOf('head_of_delegation').email);
    const delegate = await tokenOf(demoOf('delegate').email);
    const me = await call<Me>('GET', '/auth/me', head);
    const delegationId = me.memberships.find((m) => m.processId === round.processId)?.delegationId;
    if (!delegationId) throw new Error('the demo head heads no delegation in the demo process');
    const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, head);
    const [first, second, third] = version.sections.flatMap((s) => s.paragraphs);
    if (!first || !second || !third) throw new Error('the demo draft has fewer than three paragraphs');
    const record = (paragraphKey: string, value: string) =>
      call('POST', `/rounds/${round.roundId}/positions`, head, { delegationId, paragraphKey, value });
    const posted = await comment(round, delegate, 0, 'A thought we may take back.');

    const { page } = await pages.newPage();
    await signIn(page, demoOf('chair').email);
    await openText(page, round);
    await page.locator('[data-testid="annotation-count"][data-count="1"]').first().waitFor();
    await leaveText(page);

    // While the chair is away: the head records a position, the delegate withdraws their comment.
    await record(second.key, 'reservation');
    await call('POST', `/annotations/${posted.id}/withdraw`, delegate, {});

    await openText(page, round);
    await page
      .locator('[data-testid="new-since-visit"][data-count="2"][data-positions="1"][data-withdrawn="1"]')
      .waitFor();
    expect(await page.locator('[data-testid="new-since-visit-summary"]').textContent()).toMatch(
      /^1 position recorded and 1 withdrawn since your last visit \(.+\)$/,
    );
    const paragraphOf = (key: string) => page.locator(`[data-testid="paragraph"][data-key="${key}"]`);
    const positionsMark = paragraphOf(second.key).locator('[data-testid="positions-changed"]');
    expect(await positionsMark.getAttribute('data-delegations')).toBe(demoOf('head_of_delegation').delegationCode);
    expect(await positionsMark.textContent()).toContain('Position recorded on paragraph');
    expect(await paragraphOf(first.key).locator('[data-testid="withdrawn-in-paragraph"]').textContent()).toContain(
      '1 annotation withdrawn on paragraph',
    );

    // The withdrawn comment first, where the text runs first, then the position, in the positions tab.
    await page.locator('[data-testid="new-next"]').click();
    await page.waitForFunction(`document.activeElement?.id === 'new-${posted.id}'`);
    expect(await page.locator(`#thread-${posted.id} [data-testid="withdrawn-item"]`).textContent()).toContain(
      'Withdrawn by its author since your last visit',
    );
    await page.locator('[data-testid="new-next"]').click();
    await page.waitForFunction(`document.activeElement?.id === 'positions-changed-${second.key}'`);
    const panel = page.locator(`[data-testid="positions-panel"][data-key="${second.key}"]`);
    await panel.locator('[data-testid="position-card"] [data-testid="position-changed"]').waitFor();
    expect(await page.locator('[data-testid="new-position"]').textContent()).toBe('2 of 2');

    // A position recorded while the chair reads is counted at once.
    await record(third.key, 'support');
    await page.locator('[data-testid="new-since-visit"][data-count="3"][data-positions="2"]').waitFor();
    await paragraphOf(third.key).locator('[data-testid="positions-changed"]').waitFor();
  });

  it('asks no reading mark nor positions for an observer of a round kept to its delegations, which the server would refuse', async () => {
    const round = await openSessionRound('Positions kept from observers', { confidentiality: 'delegations' });
    const observer = demoAccounts.accounts.find((a) => a.processRole === 'observer');
    if (!observer) throw new Error('demo-accounts.json lists no observer');
    const { page } = await pages.newPage();
    const asked: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.endsWith('/reading-mark') || pathname.endsWith('/positions/changes')) asked.push(pathname);
    });
    await signIn(page, observer.email);
    // Twice: a second visit would have a first to count from, which is when positions are asked.
    for (let visit = 0; visit < 2; visit += 1) {
      await openText(page, round);
      await page.locator('[data-testid="paragraph"]').first().waitFor();
      // Both would leave as soon as the page opens: give them the time to.
      await page.waitForTimeout(1_000);
      await page.locator('[data-testid="nav-home"]').click();
    }
    expect(asked).toEqual([]);
  });
});
