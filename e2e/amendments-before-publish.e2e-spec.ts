import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Draft, DraftVersion } from '@concordia/contracts';
import type { Browser } from 'playwright-core';
import { auditPage, describeViolation, isBlocking } from './support/axe';
import { draftWithAcceptedAmendment, FIRST, openWorkingEditor } from './support/amendment-draft';
import { launchBrowser, newDesktopPage } from './support/browser';
import { call, demoOf, tokenOf } from './support/session';

const RESULTS = join(__dirname, '..', 'test-results');

/** Sends operations to the draft's working version as the secretariat, each on the revision the last produced. */
const operateOn = async (workingId: string) => {
  const secretariat = await tokenOf(demoOf('secretariat').email);
  let version = await call<DraftVersion>('GET', `/versions/${workingId}`, secretariat);
  return async (operation: object) => {
    version = await call<DraftVersion>('POST', `/versions/${workingId}/operations`, secretariat, {
      revision: version.revision,
      operation,
    });
    return version;
  };
};

describe('applied amendments the secretariat must decide on before publishing', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an amendment withdrawn after it was applied shows as withdrawn, with Undo', async () => {
    const s = await draftWithAcceptedAmendment();
    const operate = await operateOn(s.workingId);
    await operate({ type: 'apply_amendment', annotationId: s.amendmentId });
    await call('POST', `/annotations/${s.amendmentId}/withdraw`, await tokenOf(demoOf('delegate').email), {});

    const { context, page } = await newDesktopPage(browser);
    try {
      await openWorkingEditor(page, s);
      const panel = page.locator(`[data-testid="paragraph-amendments"][data-key="${s.firstKey}"]`);
      const badge = panel.locator('[data-testid="amendments-withdrawn-applied"]');
      await badge.waitFor({ state: 'visible' });
      expect(await badge.textContent()).toBe('1 withdrawn, still applied');
      await panel.locator('[data-testid="paragraph-amendments-toggle"]').click();
      const card = panel.locator(`[data-testid="working-amendment"][data-annotation-id="${s.amendmentId}"]`);
      await card.waitFor({ state: 'visible' });
      expect(await card.getAttribute('data-state')).toBe('applied');
      expect(await card.locator('[data-testid="amendment-withdrawn"]').textContent()).toBe('Withdrawn');
      expect(await card.textContent()).toContain('Withdrawn by its author after it was applied here.');
      expect((await auditPage(page)).filter(isBlocking).map(describeViolation)).toEqual([]);
      await page.screenshot({ path: join(RESULTS, 'withdrawn-applied-amendment.png'), fullPage: true });

      await card.getByRole('button', { name: /Undo the application of the amendment by/ }).click();
      await page
        .locator(`[data-testid="paragraph"][data-key="${s.firstKey}"] .draft-paragraph-text`, {
          hasText: 'once a year',
        })
        .waitFor();
      expect(
        await page.locator(`[data-testid="paragraph"][data-key="${s.firstKey}"] .draft-paragraph-text`).textContent(),
      ).toBe(FIRST);
      // Undone, a withdrawn amendment is nobody's to apply: it leaves the list.
      await card.waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  }, 120_000);

  it('the publish dialog lists the applications publishing will drop, links to them, and still publishes', async () => {
    const s = await draftWithAcceptedAmendment();
    const operate = await operateOn(s.workingId);
    await operate({ type: 'apply_amendment', annotationId: s.amendmentId });
    await operate({ type: 'apply_amendment', annotationId: s.secondAmendmentId });
    // An ordinary edit takes the first amendment's words out again.
    await operate({ type: 'edit_paragraph', key: s.firstKey, text: FIRST });

    const { context, page } = await newDesktopPage(browser);
    try {
      await openWorkingEditor(page, s);
      const dialog = page.locator('[data-testid="publish-dialog"]');
      await page.locator('[data-testid="publish-open"]').click();
      const warning = dialog.locator('[data-testid="publish-dropped"]');
      await warning.waitFor({ state: 'visible' });
      expect(await warning.textContent()).toContain('1 applied amendment no longer reads in the text');
      expect(await warning.textContent()).toContain('the delegations will not be told they were applied');
      const items = warning.locator('[data-testid="publish-dropped-item"]');
      // Only the one whose effect is gone: the second amendment still reads in the text.
      expect(await items.count()).toBe(1);
      expect(await items.first().getAttribute('data-annotation-id')).toBe(s.amendmentId);
      expect(await items.first().textContent()).toMatch(/, paragraph 1$/);
      expect(await dialog.locator('[data-testid="publish-confirm"]').isDisabled()).toBe(false);
      expect((await auditPage(page)).filter(isBlocking).map(describeViolation)).toEqual([]);
      await page.screenshot({ path: join(RESULTS, 'publish-dropped-applications.png'), fullPage: true });

      // The link closes the dialog on the paragraph, in view in the editor.
      await items.first().getByRole('button').click();
      await dialog.waitFor({ state: 'hidden' });
      const paragraph = page.locator(`[data-testid="paragraph"][data-key="${s.firstKey}"]`);
      await paragraph.waitFor({ state: 'visible' });
      const box = await paragraph.boundingBox();
      const height = page.viewportSize()?.height ?? 0;
      expect(box && box.y >= 0 && box.y < height).toBe(true);

      // A warning, not a block.
      await page.locator('[data-testid="publish-open"]').click();
      await warning.waitFor({ state: 'visible' });
      await page.locator('input[data-testid="publish-label"]').fill('Rev.1');
      await dialog.locator('[data-testid="publish-confirm"]').click();
      await dialog.waitFor({ state: 'hidden' });
      const draft = await call<Draft>('GET', `/drafts/${s.draftId}`, await tokenOf(demoOf('secretariat').email));
      expect(
        draft.versions
          .filter((v) => v.status === 'published')
          .map((v) => v.label)
          .sort(),
      ).toEqual(['Rev.1', 'Zero draft']);
    } finally {
      await context.close();
    }
  }, 150_000);
});
