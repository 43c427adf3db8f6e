import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { pagesForSpec, webUrl } from './support/browser';
import { draftWithZeroDraft, publishWorking } from './support/import-draft';
import { demoOf, signIn, tokenOf } from './support/session';

/** Written for this test: the zero draft, and its revision where paragraph 2 was rewritten. */
const ZERO_DRAFT = `# Shared principles

1. Participating States value dialogue among countries of origin, transit and destination.

2. Regional forums meet at least once a year to review cooperation on labour mobility.

3. The secretariat circulates a summary of each meeting to every participating delegation.
`;
const REV1 = `# Shared principles

1. Participating States value dialogue among countries of origin, transit and destination.

2. Regional forums meet twice a year and publish a joint review of cooperation on labour mobility.

3. The secretariat circulates a summary of each meeting to every participating delegation.
`;

const row = (page: Page, index: number) => page.locator(`[data-testid="preview-row"][data-index="${index}"]`);

/** The preview is on screen with its three paragraphs. */
const previewShown = async (page: Page): Promise<void> => {
  await page.locator('[data-testid="import-preview"]').waitFor({ state: 'visible', timeout: 45_000 });
  await row(page, 2).waitFor({ state: 'visible' });
};

/** The second paragraph as the officer left it: corrected by hand to a new paragraph. */
const correctionShown = async (page: Page) => ({
  key: await row(page, 1).getAttribute('data-key'),
  byHand: await row(page, 1).locator('[data-testid="preview-by-hand"]').count(),
});

/** From the draft page, through the app's own buttons: the working version, then Import. */
const openImportFromDraft = async (page: Page): Promise<void> => {
  await page.locator('[data-testid="edit-working"]').click();
  await page.locator('[data-testid="import-start"]').click();
  await page.waitForURL((url) => url.pathname.endsWith('/import'));
};

describe('an import under review survives leaving the page', () => {
  const { newPage } = pagesForSpec();
  let workDir: string;
  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'concordia-import-review-'));
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('comes back to the same preview and corrections after leaving and reloading, says when it went stale, and ends only when discarded', async () => {
    const secretariat = demoOf('secretariat');
    const token = await tokenOf(secretariat.email);
    const title = `Review kept ${Date.now()}`;
    const { processId, draftId } = await draftWithZeroDraft(token, title, ZERO_DRAFT);
    const draftPath = `/processes/${processId}/drafts/${draftId}`;
    const file = join(workDir, 'rev1.md');
    writeFileSync(file, REV1);

    const { page } = await newPage();
    // The import page's modules come on top of the shell's: a loaded machine takes its time.
    page.setDefaultNavigationTimeout(90_000);
    await signIn(page, secretariat.email);
    await page.goto(`${webUrl()}${draftPath}`);
    await openImportFromDraft(page);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.locator('[data-testid="import-upload"]').click();
    await previewShown(page);
    expect(await row(page, 1).getAttribute('data-key')).not.toBe('');

    // The rewritten paragraph is taken for a new one, by hand; the page says when that is kept.
    await row(page, 1).locator('[data-testid="preview-correct"]').click();
    await page.locator('input[data-testid="match-picker-select"]').click();
    await page.getByRole('option', { name: 'None: a new paragraph' }).click();
    await page.locator('[data-testid="match-picker-save"]').click();
    await page.locator('[data-testid="corrections-status"][data-state="saved"]').waitFor();
    expect(await correctionShown(page)).toEqual({ key: '', byHand: 1 });

    // Away to the draft and back through its Import button: the same preview, the same correction.
    await page.getByRole('link', { name: `← Back to ${title}` }).click();
    await page.waitForURL((url) => url.pathname === draftPath);
    await openImportFromDraft(page);
    await previewShown(page);
    expect(await correctionShown(page)).toEqual({ key: '', byHand: 1 });
    expect(await page.locator('[data-testid="import-file"]').count()).toBe(0);

    await page.reload();
    await previewShown(page);
    expect(await correctionShown(page)).toEqual({ key: '', byHand: 1 });
    expect(await page.locator('[data-testid="import-stale"]').count()).toBe(0);

    // A version published meanwhile: the preview matched an older text and cannot be accepted.
    await publishWorking(draftId, token, 'Rev.1');
    await page.reload();
    const stale = page.locator('[data-testid="import-stale"]');
    await stale.waitFor({ state: 'visible' });
    expect(await stale.textContent()).toContain('rev1.md was analysed');
    expect(await page.locator('[data-testid="import-accept"]').isDisabled()).toBe(true);

    // Discarded explicitly, it is gone: the page asks for the document again, now and on return.
    await page.locator('[data-testid="import-stale-discard"]').click();
    await page.locator('[data-testid="import-discard-dialog-confirm"]').click();
    await page.locator('[data-testid="import-upload"]').waitFor({ state: 'visible' });
    expect(new URL(page.url()).search).toBe('');
    await page.goto(`${webUrl()}${draftPath}/import`);
    await page.locator('[data-testid="import-upload"]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="import-preview"]').count()).toBe(0);
  }, 240_000);
});
