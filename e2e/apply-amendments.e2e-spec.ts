import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeSpan } from '@concordia/anchoring';
import type { Draft, DraftVersion, MembershipList, PublishVersionResponse, Round } from '@concordia/contracts';
import type { Browser, Page } from 'playwright-core';
import { auditPage, describeViolation, isBlocking } from './support/axe';
import { launchBrowser, newDesktopPage, webUrl } from './support/browser';
import { call, demoOf, signIn, tokenOf } from './support/session';

const RESULTS = join(__dirname, '..', 'test-results');

const FIRST = 'Participating States will exchange data on labour mobility once a year through the regional forum.';
const SECOND = 'The secretariat will prepare a compilation of good practices before the next meeting.';
const AMENDED = 'Participating States will exchange data on labour mobility twice a year through the regional forum.';
const SECOND_AMENDED = 'The secretariat will prepare a compilation of good practices within six months.';

/**
 * A draft of its own in the demo process (browser specs share the stack): a zero draft with two
 * paragraphs, an open round on it, and Mexico's amendments: one to each paragraph, accepted, and a
 * partly accepted one to the second.
 */
const draftWithAcceptedAmendment = async () => {
  const secretariat = await tokenOf(demoOf('secretariat').email);
  const processes = await call<{ items: { id: string; title: string }[] }>('GET', '/processes', secretariat);
  const process = processes.items.find((p) => p.title === 'Meridian Process on Human Mobility');
  if (!process) throw new Error('the demo process is missing');
  const members = await call<MembershipList>('GET', `/processes/${process.id}/members`, secretariat);
  const chair = members.items.find((m) => m.role === 'chair');
  const delegate = members.items.find((m) => m.userEmail === demoOf('delegate').email);
  if (!chair || !delegate?.delegationId) throw new Error('the demo process lacks a chair or a delegate');

  const draft = await call<Draft>('POST', `/processes/${process.id}/drafts`, secretariat, {
    title: `Amendments to apply ${Date.now()}`,
  });
  const operate = (version: DraftVersion, operation: object) =>
    call<DraftVersion>('POST', `/versions/${version.id}/operations`, secretariat, {
      revision: version.revision,
      operation,
    });
  let version = await call<DraftVersion>('GET', `/versions/${draft.versions[0]?.id ?? ''}`, secretariat);
  version = await operate(version, { type: 'add_section', afterSectionKey: null, heading: 'Cooperation' });
  const sectionKey = version.sections[0]?.key ?? '';
  version = await operate(version, { type: 'add_paragraph', sectionKey, afterKey: null, text: FIRST });
  const firstKey = version.sections[0]?.paragraphs[0]?.key ?? '';
  version = await operate(version, { type: 'add_paragraph', sectionKey, afterKey: firstKey, text: SECOND });
  const { published } = await call<PublishVersionResponse>('POST', `/versions/${version.id}/publish`, secretariat, {
    revision: version.revision,
    label: 'Zero draft',
  });

  const day = 86_400_000;
  const round = await call<Round>('POST', `/processes/${process.id}/rounds`, secretariat, {
    name: `Amendments round ${Date.now()}`,
    versionId: published.id,
    chairUserId: chair.userId,
    delegationIds: [delegate.delegationId],
    confidentiality: 'delegations',
    opensAt: new Date(Date.now() - day).toISOString(),
    closesAt: new Date(Date.now() + 30 * day).toISOString(),
    timeZone: 'UTC',
  });
  await call('POST', `/rounds/${round.id}/status`, secretariat, { status: 'open' });

  const delegateToken = await tokenOf(demoOf('delegate').email);
  const secondKey = version.sections[0]?.paragraphs[1]?.key ?? '';
  const amend = async (key: string, text: string, words: string, by: string, disposition: string) => {
    const start = text.indexOf(words);
    const made = await call<{ id: string }>('POST', '/annotations', delegateToken, {
      clientId: randomUUID(),
      roundId: round.id,
      paragraphKey: key,
      selectors: describeSpan(text, start, start + words.length),
      kind: 'amendment',
      visibility: 'round',
      body: 'Yearly is too rare for labour data.',
      amendment: { operation: 'replace', text: by },
    });
    await call('PUT', `/annotations/${made.id}/disposition`, secretariat, {
      value: disposition,
      reason: 'Agreed at the regional meeting',
    });
    return made.id;
  };
  const amendmentId = await amend(firstKey, FIRST, 'once a year', 'twice a year', 'accepted');
  const secondAmendmentId = await amend(secondKey, SECOND, 'before the next meeting', 'within six months', 'accepted');
  // Partly accepted: left out of "Apply all accepted" unless the officer includes it.
  await amend(secondKey, SECOND, 'good practices', 'promising practices', 'partly_accepted');
  return {
    processId: process.id,
    draftId: draft.id,
    roundId: round.id,
    versionId: published.id,
    firstKey,
    secondKey,
    amendmentId,
    secondAmendmentId,
  };
};

/** Signs the secretariat in and opens the draft's working editor; answers it and its revision. */
const openWorkingEditor = async (page: Page, s: { processId: string; draftId: string }) => {
  await signIn(page, demoOf('secretariat').email);
  await page.goto(`${webUrl()}/processes/${s.processId}/drafts/${s.draftId}`);
  await page.locator('[data-testid="edit-working"]').click();
  const editor = page.locator('[data-testid="working-editor"]');
  await editor.waitFor({ state: 'visible' });
  return { editor, revision: Number(await editor.getAttribute('data-revision')) };
};

describe('applying an amendment in the working editor', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the secretariat expands a paragraph’s amendments, applies the accepted one and sees the text change', async () => {
    const s = await draftWithAcceptedAmendment();
    const { context, page } = await newDesktopPage(browser);
    try {
      const { editor, revision } = await openWorkingEditor(page, s);

      const panel = page.locator(`[data-testid="paragraph-amendments"][data-key="${s.firstKey}"]`);
      const toggle = panel.locator('[data-testid="paragraph-amendments-toggle"]');
      expect(await toggle.textContent()).toContain('Amendments (1)');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await panel.locator('[data-testid="amendments-to-apply"]').textContent()).toBe(
        '1 accepted, not yet applied',
      );
      // Collapsed by default; the keyboard opens it.
      await toggle.focus();
      await page.keyboard.press('Enter');
      const card = panel.locator(`[data-testid="working-amendment"][data-annotation-id="${s.amendmentId}"]`);
      await card.waitFor({ state: 'visible' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await card.locator('[data-testid="amendment-disposition"]').textContent()).toBe('Accepted');
      expect(await card.textContent()).toContain('Agreed at the regional meeting');
      expect(await card.locator('[data-testid="amendment-result"] ins').allTextContents()).toContain('twice');
      await page.screenshot({ path: join(RESULTS, 'apply-amendment-preview.png'), fullPage: true });
      // The opened list, its badges and the preview's marks pass WCAG 2.1 AA like the rest of the editor.
      expect((await auditPage(page)).filter(isBlocking).map(describeViolation)).toEqual([]);

      await card.getByRole('button', { name: /Apply the amendment by/ }).click();
      const paragraph = page.locator(`[data-testid="paragraph"][data-key="${s.firstKey}"] .draft-paragraph-text`);
      await page
        .locator(`[data-testid="paragraph"][data-key="${s.firstKey}"] .draft-paragraph-text`, {
          hasText: 'twice a year',
        })
        .waitFor();
      expect(await paragraph.textContent()).toBe(AMENDED);
      expect(Number(await editor.getAttribute('data-revision'))).toBe(revision + 1);
      const apply = card.locator('[data-testid="amendment-apply"]');
      await panel.locator(`[data-annotation-id="${s.amendmentId}"][data-state="applied"]`).waitFor();
      expect(await apply.textContent()).toBe('Applied');
      expect(await apply.isDisabled()).toBe(true);
      expect(await panel.locator('[data-testid="amendments-to-apply"]').count()).toBe(0);
      await page.screenshot({ path: join(RESULTS, 'apply-amendment-applied.png'), fullPage: true });

      // Undo takes it back: the paragraph reads as before and the amendment is to apply again.
      await card.getByRole('button', { name: /Undo the application of the amendment by/ }).click();
      await page
        .locator(`[data-testid="paragraph"][data-key="${s.firstKey}"] .draft-paragraph-text`, {
          hasText: 'once a year',
        })
        .waitFor();
      expect(await paragraph.textContent()).toBe(FIRST);
      expect(Number(await editor.getAttribute('data-revision'))).toBe(revision + 2);
      await panel.locator(`[data-annotation-id="${s.amendmentId}"][data-state="applicable"]`).waitFor();
      expect(await card.locator('[data-testid="amendment-undo"]').count()).toBe(0);
      expect(await panel.locator('[data-testid="amendments-to-apply"]').textContent()).toBe(
        '1 accepted, not yet applied',
      );
    } finally {
      await context.close();
    }
  }, 120_000);

  it('the secretariat applies all accepted amendments and publishes Rev.1; the delegate reads “Applied in Rev.1”', async () => {
    const s = await draftWithAcceptedAmendment();
    const { context, page } = await newDesktopPage(browser);
    try {
      const { editor, revision } = await openWorkingEditor(page, s);
      const start = page.locator('[data-testid="apply-all-start"]');
      // The partly accepted amendment waits for the officer's choice.
      await page.locator('[data-testid="apply-all-start"]', { hasText: 'Apply all accepted (2)' }).waitFor();
      expect(await page.locator('[data-testid="apply-all-partly"]').isChecked()).toBe(false);
      await start.click();

      const result = page.locator('[data-testid="apply-all-result"]');
      await result.waitFor({ state: 'visible' });
      expect(await result.textContent()).toContain('2 amendments applied.');
      const textOf = (key: string) =>
        page.locator(`[data-testid="paragraph"][data-key="${key}"] .draft-paragraph-text`).textContent();
      expect(await textOf(s.firstKey)).toBe(AMENDED);
      expect(await textOf(s.secondKey)).toBe(SECOND_AMENDED);
      // Each amendment its own operation: one revision each.
      expect(Number(await editor.getAttribute('data-revision'))).toBe(revision + 2);
      await page.screenshot({ path: join(RESULTS, 'apply-all-amendments.png'), fullPage: true });

      await page.locator('[data-testid="publish-open"]').click();
      const label = page.locator('input[data-testid="publish-label"]');
      await label.waitFor({ state: 'visible' });
      await label.fill('Rev.1');
      await page.locator('[data-testid="publish-confirm"]').click();
      await page.locator('[data-testid="publish-dialog"]').waitFor({ state: 'hidden' });
    } finally {
      await context.close();
    }

    const delegate = await newDesktopPage(browser);
    try {
      await signIn(delegate.page, demoOf('delegate').email);
      // The reading page of the round, the amendment's thread open (as a notification links to it).
      await delegate.page.goto(
        `${webUrl()}/processes/${s.processId}/drafts/${s.draftId}?version=${s.versionId}&round=${s.roundId}&paragraph=${s.firstKey}&thread=${s.amendmentId}`,
      );
      const thread = delegate.page.locator(
        `[data-testid="thread-panel"] [data-testid="thread"][data-annotation-id="${s.amendmentId}"]`,
      );
      const applied = thread.locator('[data-testid="applied-in"]');
      await applied.waitFor({ state: 'visible' });
      expect(await applied.textContent()).toBe('Applied in Rev.1');
      await delegate.page.screenshot({ path: join(RESULTS, 'amendment-applied-in.png'), fullPage: true });
      await applied.getByRole('link').click();
      await delegate.page.waitForURL(/\/compare\?/);
      // It lands on the paragraph the amendment changed: marked, in view and focused.
      const landed = delegate.page.locator(
        `[data-testid="compare-paragraph"][data-key="${s.firstKey}"][data-target="true"]`,
      );
      await landed.waitFor({ state: 'visible' });
      await delegate.page.waitForFunction(
        `document.activeElement?.getAttribute('data-key') === ${JSON.stringify(s.firstKey)}`,
      );
      expect(await landed.locator('ins').allTextContents()).toContain('twice');
    } finally {
      await delegate.context.close();
    }
  }, 180_000);
});
