import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { auditPage, describeViolation, isBlocking } from './support/axe';
import {
  AMENDED,
  draftWithAcceptedAmendment,
  FIRST,
  openWorkingEditor,
  SECOND_AMENDED,
} from './support/amendment-draft';
import { launchBrowser, newDesktopPage, webUrl } from './support/browser';
import { demoOf, signIn } from './support/session';

const RESULTS = join(__dirname, '..', 'test-results');

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
