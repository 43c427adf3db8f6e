import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation, Draft, DraftVersion } from '@concordia/contracts';
import type { Page } from 'playwright-core';
import { auditPage, BEST_PRACTICES, describeViolation, isBlocking, WCAG_21_AA, type AxeViolation } from './support/axe';
import { pagesForSpec, webUrl } from './support/browser';
import { call, demoOf, openSessionRound, openText, signIn, tokenOf, type SessionRound } from './support/session';

const RESULTS = join(__dirname, '..', 'test-results');

type Operation = Record<string, unknown> & { type: string };

/**
 * A draft of its own in the process: a zero draft of three paragraphs, then a working version
 * with a paragraph edited, one removed, one added and one moved, so the comparison shows every
 * kind of change (insertions, deletions, badges) and the editor has text to show.
 */
const reviseOwnDraft = async (
  token: string,
  processId: string,
): Promise<{ draftId: string; zeroDraftId: string; workingId: string }> => {
  const draft = await call<Draft>('POST', `/processes/${processId}/drafts`, token, {
    title: `Accessible agenda ${Date.now()}`,
  });
  const workingRef = draft.versions.find((v) => v.status === 'working');
  if (!workingRef) throw new Error('a new draft has no working version');
  let working = await call<DraftVersion>('GET', `/versions/${workingRef.id}`, token);
  const apply = async (operation: Operation): Promise<DraftVersion> => {
    working = await call<DraftVersion>('POST', `/versions/${working.id}/operations`, token, {
      revision: working.revision,
      operation,
    });
    return working;
  };
  await apply({ type: 'add_section', afterSectionKey: null, heading: 'Guiding principles' });
  const sectionKey = working.sections[0]?.key;
  if (!sectionKey) throw new Error('the section was not added');
  const texts = [
    'States cooperate to make migration safe, orderly and regular.',
    'Migrants are treated with dignity whatever their status.',
    'Regional consultations meet once a year.',
  ];
  for (const text of texts) {
    const last = working.sections[0]?.paragraphs.at(-1)?.key ?? null;
    await apply({ type: 'add_paragraph', sectionKey, afterKey: last, text });
  }
  const { published, working: next } = await call<{ published: DraftVersion; working: DraftVersion }>(
    'POST',
    `/versions/${working.id}/publish`,
    token,
    { revision: working.revision, label: 'Zero draft' },
  );
  working = next;
  const [first, second, third] = working.sections[0]?.paragraphs ?? [];
  if (!first || !second || !third) throw new Error('the zero draft lost paragraphs');
  await apply({ type: 'edit_paragraph', key: first.key, text: 'States cooperate to make migration safe and regular.' });
  await apply({ type: 'delete_paragraph', key: third.key });
  await apply({ type: 'move_paragraph', key: second.key, toSectionKey: sectionKey, afterKey: null });
  await apply({
    type: 'add_paragraph',
    sectionKey,
    afterKey: first.key,
    text: 'Observers may speak after the delegations.',
  });
  return { draftId: draft.id, zeroDraftId: published.id, workingId: working.id };
};

/**
 * Delegations include people who read with a screen reader and work with the keyboard only. Each
 * page a delegate, the chair and the secretariat use is checked by axe-core against the WCAG 2.1
 * A and AA rules in the state they read it (data loaded, panel or composer open): a serious or
 * critical violation fails the test and says what to fix; lesser ones are printed, and all are written to
 * test-results/accessibility.json for the record.
 */
describe('accessibility of the pages delegates, chairs and the secretariat use (axe-core, WCAG 2.1 AA)', () => {
  const pages = pagesForSpec();
  const lesser: Record<string, string[]> = {};
  const found: Record<string, { wcag: AxeViolation[]; bestPractice: AxeViolation[] }> = {};
  let round: SessionRound;
  let paragraphKey: string;
  /** The paragraph the chair puts under a silence procedure. */
  let silentKey: string;
  /** The first paragraph with words changed, as an amendment proposes it. */
  let amendedText: string;
  /** A draft of this spec's own, whose working version differs from its zero draft in every way the comparison shows. */
  let revised: { draftId: string; zeroDraftId: string; workingId: string };
  type Role = 'delegate' | 'head_of_delegation' | 'chair' | 'secretariat';
  const signedIn: Partial<Record<Role, Page>> = {};

  /** One signed-in page per role, reused by the tests in order (one browser, one page at a time). */
  const as = async (role: Role): Promise<Page> => {
    const known = signedIn[role];
    if (known) return known;
    const { page } = await pages.newPage();
    await signIn(page, demoOf(role).email);
    signedIn[role] = page;
    return page;
  };

  /**
   * Audits the page once it is ready: fails on serious or critical WCAG violations; keeps the
   * lesser ones, and what Deque's best practices find (landmarks, headings), for the record.
   */
  const expectAccessible = async (name: string, page: Page): Promise<void> => {
    // Mantine's transitions (drawers, popovers, fades) last up to 200 ms: audit the settled page.
    await page.waitForTimeout(400);
    const violations = await auditPage(page, WCAG_21_AA);
    const advice = await auditPage(page, BEST_PRACTICES);
    found[name] = { wcag: violations, bestPractice: advice };
    const others = [
      ...violations.filter((v) => !isBlocking(v)).map(describeViolation),
      ...advice.map((v) => `best practice ${describeViolation(v)}`),
    ];
    if (others.length > 0) lesser[name] = others;
    expect(violations.filter(isBlocking).map(describeViolation)).toEqual([]);
  };

  /** What axe found about the banner landmarks of an audited page (a dialog's <header> counted as one). */
  const landmarkFindings = (name: string): string[] =>
    (found[name]?.bestPractice ?? [])
      .filter((v) => v.id.startsWith('landmark-') && v.id.includes('banner'))
      .map(describeViolation);

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    round = await openSessionRound('Accessible reading', { confidentiality: 'public' });
    const [secretariat, delegate, chair, head] = await Promise.all([
      tokenOf(demoOf('secretariat').email),
      tokenOf(demoOf('delegate').email),
      tokenOf(demoOf('chair').email),
      tokenOf(demoOf('head_of_delegation').email),
    ]);
    const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, delegate);
    const [first, second] = version.sections.flatMap((s) => s.paragraphs);
    if (!first || !second) throw new Error('the demo draft has fewer than two paragraphs');
    silentKey = second.key;
    paragraphKey = first.key;
    amendedText = `${first.text.split(' ').slice(0, -3).join(' ')} as the delegations agree.`;
    // A thread on the first paragraph: the delegate asks, the chair answers (which notifies the delegate).
    const comment = await call<Annotation>('POST', '/annotations', delegate, {
      clientId: randomUUID(),
      roundId: round.roundId,
      paragraphKey,
      kind: 'question',
      visibility: 'round',
      body: 'Does this paragraph cover internal displacement as well?',
    });
    await call('POST', `/annotations/${comment.id}/replies`, chair, {
      clientId: randomUUID(),
      body: 'The chair will ask the secretariat to clarify the scope.',
    });
    // A position of Mexico, so the matrix has a row to read.
    const delegations = await call<{ items: Array<{ id: string; code: string }> }>('GET', '/delegations', head);
    const mexico = delegations.items.find((d) => d.code === demoOf('head_of_delegation').delegationCode);
    if (!mexico) throw new Error('the head of delegation’s delegation is missing');
    await call('POST', `/rounds/${round.roundId}/positions`, head, {
      delegationId: mexico.id,
      paragraphKey,
      value: 'reservation',
      statement: 'Mexico reserves its position until the scope is clarified.',
    });
    revised = await reviseOwnDraft(secretariat, round.processId);
  });

  afterAll(() => {
    // Every violation with each element's markup and axe's explanation (contrast ratios, colours).
    writeFileSync(join(RESULTS, 'accessibility.json'), `${JSON.stringify(found, null, 2)}\n`);
    const lines = Object.entries(lesser).flatMap(([name, entries]) => [name, ...entries.map((l) => `  ${l}`)]);
    if (lines.length > 0) console.log(`Moderate and minor findings:\n${lines.join('\n')}`);
  });

  it('the sign-in page', async () => {
    const { page } = await pages.newPage();
    await page.goto(`${webUrl()}/login`);
    await page.locator('input[data-testid="login-email"]').waitFor({ state: 'visible' });
    await expectAccessible('sign-in', page);
  });

  it('the home page of a delegate', async () => {
    const page = await as('delegate');
    await page.goto(`${webUrl()}/`);
    await page.locator('[data-testid="home-round-text"]').first().waitFor({ state: 'visible' });
    await expectAccessible('home (delegate)', page);
  });

  it('the process page', async () => {
    const page = await as('delegate');
    await page.goto(`${webUrl()}/processes/${round.processId}`);
    await page.locator(`[data-testid="public-round-link"][href="/public/rounds/${round.roundId}"]`).waitFor();
    await expectAccessible('process (delegate)', page);
  });

  it('the round page', async () => {
    const page = await as('delegate');
    await page.goto(`${webUrl()}/processes/${round.processId}/rounds/${round.roundId}`);
    await page.locator('[data-testid="round-delegations"] .mantine-Badge-label').first().waitFor();
    await expectAccessible('round page (delegate)', page);
  });

  it('a dialog on the round page: its close button is named (Mantine draws a bare ×)', async () => {
    const page = await as('chair');
    await page.goto(`${webUrl()}/processes/${round.processId}/rounds/${round.roundId}`);
    await page.locator('[data-testid="round-more"]').click();
    await page.locator('[data-testid="round-change-closing"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    // Every dialog takes the name from the theme, not only those a spec audits.
    await dialog.getByRole('button', { name: 'Close the dialog', exact: true }).waitFor({ state: 'visible' });
    await expectAccessible('the dialog that changes the closing time (chair)', page);
    // One banner, the app's header: the dialog's title bar is not a second one for screen readers.
    expect(landmarkFindings('the dialog that changes the closing time (chair)')).toEqual([]);
    await dialog.locator('[data-testid="round-closing-dialog-keep"]').click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('the comments drawer over the text on a phone: its title bar is no second banner either', async () => {
    const page = await as('delegate');
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await openText(page, round);
      await page.locator('[data-testid="open-annotation-panel"]').click();
      await page.getByRole('dialog').waitFor({ state: 'visible' });
      await expectAccessible('comments drawer on a phone (delegate)', page);
      expect(landmarkFindings('comments drawer on a phone (delegate)')).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  }, 120_000);

  it('the round’s text with the side panel open on a paragraph’s thread, then the composer', async () => {
    const page = await as('delegate');
    await openText(page, round);
    const paragraph = page.locator(`[data-testid="paragraph"][data-key="${paragraphKey}"]`);
    await paragraph.locator('[data-testid="annotation-count"]').click();
    await page
      .locator('[data-testid="thread-panel"] [data-testid="thread"]', { hasText: 'internal displacement' })
      .waitFor({ state: 'visible' });
    await page.locator('[data-testid="thread-panel"]', { hasText: 'clarify the scope' }).waitFor();
    await expectAccessible('round text with the side panel (delegate)', page);

    await page.locator('[data-testid="comment-paragraph"]').click();
    await page.locator('textarea[data-testid="composer-body"]').waitFor({ state: 'visible' });
    await expectAccessible('round text with the composer (delegate)', page);

    // An amendment: the composer previews the paragraph with the change as a word diff.
    await page.locator('input[data-testid="composer-kind"]').click();
    await page.getByRole('option', { name: 'Amendment' }).click();
    await page.locator('textarea[data-testid="composer-amendment-text"]').fill(amendedText);
    await page.locator('[data-testid="amendment-preview"] ins').first().waitFor({ state: 'visible' });
    await expectAccessible('round text with an amendment in the composer (delegate)', page);
  });

  it('a keyboard user skips the navigation, then opens a paragraph’s comments and lands in them', async () => {
    const { page } = await pages.newPage();
    await signIn(page, demoOf('delegate').email);
    await openText(page, round);
    // The first Tab of the page reaches the skip link, and Enter takes the focus to the content.
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.getAttribute("href")')).toBe('#main');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('main');
    // The paragraph's comment count is a control Enter works, and the focus moves into the panel.
    const count = page.locator(
      `[data-testid="paragraph"][data-key="${paragraphKey}"] [data-testid="annotation-count"]`,
    );
    await count.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="thread-panel"]').waitFor({ state: 'visible' });
    await page.waitForFunction(
      `document.activeElement && document.activeElement.getAttribute('data-testid') === 'thread-panel-heading'`,
    );
    expect(await count.getAttribute('aria-expanded')).toBe('true');
  });

  it('the positions tab of the side panel, where a head of delegation records a position', async () => {
    const page = await as('head_of_delegation');
    await openText(page, round);
    await page
      .locator(`[data-testid="paragraph"][data-key="${paragraphKey}"] [data-testid="annotation-count"]`)
      .click();
    await page.locator('[data-testid="tab-positions"]').click();
    await page.locator('[data-testid="record-position"]').waitFor({ state: 'visible' });
    await expectAccessible('side panel positions tab (head of delegation)', page);
  });

  it('the notifications list and preferences, and the bell’s list', async () => {
    const page = await as('delegate');
    await page.locator('[data-testid="notification-bell"]').click();
    await page.locator('[data-testid="notification-dropdown"] [data-testid="notification-item"]').first().waitFor();
    await expectAccessible('notification bell open (delegate)', page);
    await page.keyboard.press('Escape');

    await page.goto(`${webUrl()}/notifications`);
    await page.locator('[data-testid="notification-list"]').waitFor({ state: 'visible', timeout: 15_000 });
    await expectAccessible('notifications (delegate)', page);

    await page.goto(`${webUrl()}/notifications/preferences`);
    await page.locator('[data-testid="preference-row"]').first().waitFor({ state: 'visible' });
    await expectAccessible('notification preferences (delegate)', page);
  });

  it('the chair’s console of the round, and the text, during a silence procedure and with a speaker waiting', async () => {
    const [chair, head] = await Promise.all([
      tokenOf(demoOf('chair').email),
      tokenOf(demoOf('head_of_delegation').email),
    ]);
    await call('POST', `/rounds/${round.roundId}/silence-procedures`, chair, {
      paragraphKeys: [silentKey],
      deadline: new Date(Date.now() + 60 * 60_000).toISOString(),
    });
    await call('POST', `/rounds/${round.roundId}/speakers`, head, { paragraphKey });

    const page = await as('chair');
    await page.goto(`${webUrl()}/processes/${round.processId}/rounds/${round.roundId}/console`);
    await page.locator('[data-testid="live-status"][data-state="live"]').first().waitFor({ timeout: 15_000 });
    await page.locator('[data-testid="speakers-entry"]').first().waitFor({ state: 'visible' });
    await page.locator('[data-testid="silence-countdown"]').first().waitFor({ state: 'visible' });
    await expectAccessible('round console with a silence procedure and a speaker (chair)', page);

    const delegate = await as('delegate');
    await openText(delegate, round);
    await delegate.locator('[data-testid="speakers-entry"]').first().waitFor({ state: 'visible' });
    await delegate.locator('[data-testid="silence-countdown"]').first().waitFor({ state: 'visible' });
    await expectAccessible('round text with a silence procedure and a speaker (delegate)', delegate);
  });

  it('the position matrix', async () => {
    const page = await as('secretariat');
    await page.goto(`${webUrl()}/processes/${round.processId}/rounds/${round.roundId}/positions`);
    await page.locator('[data-testid="matrix-size"]').waitFor({ state: 'visible' });
    await page.locator('[data-testid="dispositions"]').waitFor({ state: 'visible' });
    await expectAccessible('position matrix (secretariat)', page);
  });

  it("a cell's panel of the position matrix, opened with the keyboard", async () => {
    const page = await as('secretariat');
    await page.goto(`${webUrl()}/processes/${round.processId}/rounds/${round.roundId}/positions`);
    const stop = page.locator('[role="grid"] [tabindex="0"]');
    await stop.waitFor({ state: 'visible' });
    await stop.focus();
    await page.keyboard.press('Enter');
    await page
      .locator('[data-testid="cell-empty"], [data-testid="cell-positions"] [data-testid="position-card"]')
      .first()
      .waitFor({ state: 'visible' });
    await expectAccessible("position matrix, a cell's panel (secretariat)", page);
  });

  it('the position matrix on a phone, a paragraph opened with the keyboard', async () => {
    const page = await as('head_of_delegation');
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${webUrl()}/processes/${round.processId}/rounds/${round.roundId}/positions`);
      const item = page.locator(`[data-testid="paragraph-positions"][data-key="${paragraphKey}"]`);
      const toggle = item.locator('[data-testid="paragraph-positions-toggle"]');
      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await item.locator('[data-testid="stance-group"][data-stance="reservation"] li').waitFor({ state: 'visible' });
      await expectAccessible('position matrix on a phone (head of delegation)', page);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('the draft editor of the working version', async () => {
    const page = await as('secretariat');
    await page.goto(`${webUrl()}/processes/${round.processId}/drafts/${revised.draftId}?version=${revised.workingId}`);
    await page.locator('[data-testid="working-editor"]').waitFor({ state: 'visible' });
    await page.locator('[data-testid="paragraph"]').first().waitFor({ state: 'visible' });
    await expectAccessible('draft editor (secretariat)', page);
  });

  it('the comparison of two versions, inline and side by side', async () => {
    const page = await as('secretariat');
    const compare = `${webUrl()}/processes/${round.processId}/drafts/${revised.draftId}/compare?from=${revised.zeroDraftId}&to=${revised.workingId}`;
    await page.goto(compare);
    await page.locator('[data-testid="compare-paragraph"][data-kind="modified"] del').first().waitFor();
    await page.locator('[data-testid="compare-paragraph"][data-kind="removed"]').first().waitFor();
    await expectAccessible('compare inline (secretariat)', page);

    await page.goto(`${compare}&view=side`);
    await page.locator('.compare-side [data-testid="compare-kind"]').first().waitFor({ state: 'visible' });
    await expectAccessible('compare side by side (secretariat)', page);
  });

  it('the audit log', async () => {
    const page = await as('secretariat');
    await page.goto(`${webUrl()}/audit?process=${round.processId}`);
    await page.locator('[data-testid="audit-row"]').first().waitFor({ state: 'visible' });
    await expectAccessible('audit log (secretariat)', page);
  });

  it('the invitations page, a checked sheet of invitations on it', async () => {
    const page = await as('secretariat');
    await page.goto(`${webUrl()}/invitations?process=${round.processId}`);
    await page.locator('[data-testid="invitation-sheet-open"]').click();
    await page
      .locator('[data-testid="invitation-sheet-text"]')
      .fill(`email\trole\tdelegation\naxe-${Date.now()}@example.test\tDelegate\tPER\nnot an address\tDelegate\tPER`);
    await page.locator('[data-testid="invitation-sheet-check"]').click();
    await page.locator('[data-testid="invitation-sheet-row"]').nth(1).waitFor({ state: 'visible' });
    await expectAccessible('invitations with a checked sheet (secretariat)', page);
  });

  it('the public page of a public round, without an account', async () => {
    const { page } = await pages.newPage();
    await page.goto(`${webUrl()}/public/rounds/${round.roundId}`);
    await page.locator('[data-testid="public-thread"]').first().waitFor({ state: 'visible' });
    await expectAccessible('public round (visitor)', page);
  });
});
