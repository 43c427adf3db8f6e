import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newDesktopPage, webUrl } from './support/browser';
import { demoAccounts } from './support/demo-accounts';
import { call, signIn, tokenOf } from './support/session';
import mammoth from 'mammoth';

const RESULTS = join(__dirname, '..', 'test-results');

/** Written for this test: two sections of numbered paragraphs, as a Markdown file. */
const ZERO_DRAFT = `# Common principles

1. Participating States recognise that orderly migration benefits countries of origin, transit and destination alike.

2. Cooperation among neighbouring States rests on dialogue, shared information and mutual confidence.

# Cooperation

3. States intend to exchange data on labour mobility at least once a year through the regional forum.

4. The secretariat will prepare a compilation of good practices before the next regional meeting.
`;
const EDITED_FIRST =
  'Participating States firmly recognise that safe and orderly migration benefits countries of origin, transit and destination alike.';

const account = (role: 'secretariat' | 'chair') => {
  const found = demoAccounts.accounts.find((a) => a.processRole === role);
  if (!found) throw new Error(`demo-accounts.json lists no ${role}`);
  return found;
};

/** Picks an option of a Mantine Select by the start of its label. */
const choose = async (page: Page, testId: string, label: string | RegExp): Promise<void> => {
  await page.locator(`input[data-testid="${testId}"]`).click();
  await page.getByRole('option', { name: label }).first().click();
};

/** Whether the middle of the element is the element itself, with nothing drawn over it. */
const uncovered = (page: Page, selector: string): Promise<unknown> =>
  page.evaluate(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    const box = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
  })()`);

const CONFIRM = '[data-testid="publish-confirm"]';
const NOTE = '[data-testid="publish-note"]';
const REV1_NOTE = 'Rev.1 takes up the first reading.\nParagraph 1 now speaks of safe and orderly return.';

/**
 * Publishes through the dialog. The dialog suggests the next label itself; the test checks the
 * suggestion rather than typing it, unless `typed` is given: then the label is typed in part and
 * picked among the suggestions with the keyboard. `keptNote` is the note the dialog must open with,
 * kept from an earlier opening.
 */
const publishAs = async (page: Page, label: string, typed?: string, keptNote?: string): Promise<void> => {
  await page.locator('[data-testid="publish-open"]').click();
  const labelInput = page.locator('input[data-testid="publish-label"]');
  await labelInput.waitFor({ state: 'visible' });
  expect(await labelInput.inputValue()).toBe(label);
  // The dialog opens on its note, not on its close button (where a typed space closed it).
  await page.waitForFunction(`document.activeElement?.getAttribute('data-testid') === 'publish-note'`, undefined, {
    timeout: 5_000,
  });
  // The suggestions never hide the button that publishes.
  expect(await uncovered(page, CONFIRM)).toBe(true);
  if (typed) {
    await labelInput.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(typed);
    await page.getByRole('option', { name: label, exact: true }).waitFor({ state: 'visible' });
    await page.screenshot({ path: join(RESULTS, 'drafting-publish-suggestions.png') });
    expect(await uncovered(page, CONFIRM)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await labelInput.inputValue()).toBe(label);
    expect(await uncovered(page, CONFIRM)).toBe(true);
  }
  if (keptNote !== undefined) expect(await page.locator(NOTE).inputValue()).toBe(keptNote);
  await page.screenshot({ path: join(RESULTS, 'drafting-publish-dialog.png') });
  await page.locator(CONFIRM).click({ timeout: 5_000 });
  await page.locator('[data-testid="version-label"]', { hasText: label }).waitFor({ state: 'visible' });
};

describe('drafting through the browser', () => {
  let browser: Browser;
  let workDir: string;
  const title = `Regional agenda ${Date.now()}`;
  let draftUrl = '';
  let processId = '';

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    workDir = mkdtempSync(join(tmpdir(), 'concordia-drafting-'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('the secretariat imports a text, publishes the zero draft, edits it, publishes Rev.1 and compares', async () => {
    const file = join(workDir, 'zero-draft.md');
    writeFileSync(file, ZERO_DRAFT);
    const { context, page } = await newDesktopPage(browser);
    try {
      await signIn(page, account('secretariat').email);

      // A new draft, created from the drafts page of the demo process (other browser specs make
      // processes of their own with this secretariat in them, and the page opens the newest).
      const processes = await call<{ items: { id: string; title: string }[] }>(
        'GET',
        '/processes',
        await tokenOf(account('secretariat').email),
      );
      const meridian = processes.items.find((p) => p.title === 'Meridian Process on Human Mobility');
      if (!meridian) throw new Error('the demo process is missing');
      await page.goto(`${webUrl()}/drafts?process=${meridian.id}`);
      await page.locator('[data-testid="draft-create-open"]').click();
      await page.locator('input[data-testid="draft-title-input"]').fill(title);
      await page.locator('[data-testid="draft-create-submit"]').click();
      await page.waitForURL((url) => /\/processes\/[0-9a-f]{24}\/drafts\/[0-9a-f]{24}$/.test(url.pathname));
      draftUrl = new URL(page.url()).pathname;
      processId = draftUrl.split('/')[2] ?? '';
      // The sidebar says where the page belongs: Drafts, not Processes (the address starts with it).
      const highlighted = () => page.locator('nav [aria-current="page"]').getAttribute('data-testid');
      expect(await highlighted()).toBe('nav-drafts');

      // Import wizard: upload, the worker's progress, the preview.
      await page.locator('[data-testid="import-start-empty"]').first().click();
      await page.locator('input[type="file"]').setInputFiles(file);
      await page.locator('[data-testid="import-upload"]').click();
      await page.locator('[data-testid="import-preview"]').waitFor({ state: 'visible', timeout: 45_000 });
      expect(await page.locator('[data-testid="preview-row"]').count()).toBe(4);
      expect(await page.locator('[data-testid="stat-paragraphs"]').textContent()).toBe('4');
      expect(new URL(page.url()).pathname).toMatch(/\/import$/);
      expect(await highlighted()).toBe('nav-drafts');
      // A first text has nothing to be matched with: the page does not ask to check matches.
      const intro = await page.locator('[data-testid="import-review-intro"]').textContent();
      expect(intro).toContain('Nothing is in the draft until you accept.');
      expect(intro).not.toContain('previous paragraph');
      await page.screenshot({ path: join(RESULTS, 'drafting-import-preview.png'), fullPage: true });

      // Accepted, it is the working version, shown in the editor.
      await page.locator('[data-testid="import-accept"]').click();
      await page.locator('[data-testid="working-editor"]').waitFor({ state: 'visible' });
      expect(await page.locator('[data-testid="paragraph"]').count()).toBe(4);
      await publishAs(page, 'Zero draft');

      // Rev.1: one paragraph edited in the new working version.
      await page.locator('[data-testid="edit-working"]').click();
      await page.locator('[data-testid="working-editor"]').waitFor({ state: 'visible' });
      // Untouched, the new working version is the zero draft's text: the dialog says so first
      // and would publish it only "anyway".
      await page.locator('[data-testid="publish-open"]').click();
      const unchanged = page.locator('[data-testid="publish-unchanged"]');
      await unchanged.waitFor({ state: 'visible' });
      expect(await unchanged.textContent()).toContain('reads exactly as Zero draft');
      expect(await page.locator(CONFIRM).textContent()).toBe('Publish as Rev.1 anyway');
      // The note to circulate is begun, then the dialog is left: the note waits for its return.
      await page.locator(NOTE).fill(REV1_NOTE);
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await page.locator('[data-testid="publish-dialog"]').waitFor({ state: 'detached' });
      const first = page.locator('[data-testid="paragraph"]').first();
      await first.locator('[data-testid="paragraph-actions"]').click();
      await page.locator('[data-testid="paragraph-edit"]').click();
      await first.locator('[data-testid="paragraph-editor"]').fill(EDITED_FIRST);
      await page.screenshot({ path: join(RESULTS, 'drafting-editor.png') });
      await first.locator('[data-testid="paragraph-save"]').click();
      await first.locator('[data-testid="paragraph-editor"]').waitFor({ state: 'detached' });
      expect(await first.locator('.draft-paragraph-text').textContent()).toBe(EDITED_FIRST);
      // Publishing after edits, the editor follows the new working version: it never asks for the
      // working amendments of the version just published (refused with 409, logged as an error).
      const failures: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') failures.push(message.text());
      });
      page.on('response', (response) => {
        if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
      });
      await publishAs(page, 'Rev.1', 'Rev', REV1_NOTE);
      await page.locator('[data-testid="working-editor"]').waitFor({ state: 'detached' });
      expect(failures).toEqual([]);
      // Published with the version, the note is one click away beside the version's choices.
      await page.getByRole('button', { name: 'Note circulated with Rev.1' }).click();
      const whole = page.locator('[data-testid="publication-note-text"]');
      await whole.waitFor({ state: 'visible' });
      expect(await whole.innerText()).toBe(REV1_NOTE);

      // Two published versions: beside the title, Word and the way back to the working version;
      // the comparison and the carry-forward report are under More, so the buttons keep one line.
      const heading = await page.locator('[data-testid="page-title"]').boundingBox();
      const edit = await page.locator('[data-testid="edit-working"]').boundingBox();
      expect(heading && edit && edit.y < heading.y + heading.height).toBe(true);
      expect(await page.locator('[data-testid="compare-open"]').count()).toBe(0);
      // Word gives the version on screen, edited paragraph included.
      const [version] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid="version-docx"]').click(),
      ]);
      expect(version.suggestedFilename()).toMatch(/-Rev\.1\.docx$/);
      expect((await mammoth.extractRawText({ path: await version.path() })).value).toContain(EDITED_FIRST);
      await page.locator('[data-testid="draft-more"]').click();
      await page.getByRole('menuitem').first().waitFor({ state: 'visible' });
      expect(await page.getByRole('menu').getByRole('menuitem').allTextContents()).toEqual([
        'Compare versions',
        'Carry-forward report',
      ]);
      // The report opens as its own dialog once the menu has closed.
      await page.locator('[data-testid="carry-forward-open"]').click();
      const report = page.getByRole('dialog', { name: 'Where the comments of one version landed in the next' });
      await report.locator('[data-testid="carry-forward"]').waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      await report.waitFor({ state: 'detached' });

      // The comparison shows the edit as insertions in a modified paragraph.
      await page.locator('[data-testid="draft-more"]').click();
      await page.locator('[data-testid="compare-open"]').click();
      const modified = page.locator('[data-testid="compare-paragraph"][data-kind="modified"]');
      await modified.first().waitFor({ state: 'visible' });
      expect(await modified.count()).toBe(1);
      const inserted = await modified.locator('ins').allTextContents();
      expect(inserted.join(' ')).toContain('firmly');
      expect(inserted.join(' ')).toContain('safe');
      expect(await page.locator('[data-testid="compare-paragraph"][data-kind="unchanged"]').count()).toBe(3);
      expect(await highlighted()).toBe('nav-drafts');
      await page.screenshot({ path: join(RESULTS, 'drafting-compare-inline.png'), fullPage: true });

      // The same comparison as a Word document to circulate: the added words underlined.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid="compare-docx"]').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/-Rev\.1-vs-Zero-draft\.docx$/);
      const word = await mammoth.convertToHtml({ path: await download.path() }, { styleMap: ['u => u'] });
      expect(word.value).toContain('Rev.1 compared with Zero draft');
      expect(word.value).toMatch(/<u>[^<]*firmly[^<]*<\/u>/);

      await page.getByText('Side by side').click();
      await page.locator('.compare-side [data-testid="compare-kind"]').first().waitFor({ state: 'visible' });
      await page.screenshot({ path: join(RESULTS, 'drafting-compare-side.png'), fullPage: true });
    } finally {
      await context.close();
    }
  }, 150_000);

  it('the chair opens a round on Rev.1 and marks a paragraph agreed ad referendum', async () => {
    if (!draftUrl) throw new Error('the drafting test did not create a draft');
    let roundUrl = '';
    {
      const { context, page } = await newDesktopPage(browser);
      try {
        await signIn(page, account('secretariat').email);
        await page.goto(`${webUrl()}/rounds?process=${processId}`);
        await page.locator('[data-testid="round-create-open"]').click();
        await page.locator('input[data-testid="round-name"]').fill(`Round on ${title}`);
        await choose(page, 'round-version', new RegExp(`${title} — Rev\\.1`));
        await choose(page, 'round-chair', new RegExp(account('chair').name));
        // Typed as the app writes times in English, whatever the browser's own date format.
        await page.locator('input[data-testid="round-opens"]').fill('Jan 7, 2030, 9:00 AM');
        await page.locator('input[data-testid="round-closes"]').fill('1/11/2030 5:00 PM');
        await page.locator('[data-testid="round-submit"]').click();
        await page.waitForURL((url) => /\/rounds\/[0-9a-f]{24}$/.test(url.pathname));
        roundUrl = new URL(page.url()).pathname;
      } finally {
        await context.close();
      }
    }

    const { context, page } = await newDesktopPage(browser);
    try {
      await signIn(page, account('chair').email);
      await page.goto(`${webUrl()}${roundUrl}`);
      // Opening tells every delegation: the chair confirms it.
      await page.locator('[data-testid="round-action-open"]').click();
      await page.getByRole('dialog').getByRole('button', { name: 'Open round' }).click();
      await page.locator('[data-testid="round-status"][data-status="open"]').waitFor({ state: 'visible' });

      await page.locator('[data-testid="round-open-text"]').click();
      const control = page.locator('[data-testid="paragraph-status-control"]').first();
      await control.click();
      await page.locator('[data-testid="paragraph-status-agreed_ad_referendum"]').click();
      await page
        .locator('[data-testid="paragraph"]')
        .first()
        .locator('[data-testid="paragraph-status"][data-status="agreed_ad_referendum"]')
        .waitFor({ state: 'visible' });
      await page.screenshot({ path: join(RESULTS, 'drafting-chair-status.png') });
    } finally {
      await context.close();
    }
  }, 90_000);

  it('a secretariat officer starts a process of their own: members by email, then its first draft, in one sitting', async () => {
    // Accounts of their own: a new process comes first in its members' lists, and the demo
    // accounts' lists must stay as the other specs find them.
    const admin = demoAccounts.accounts.find((a) => a.platformRoles.includes('admin'));
    if (!admin) throw new Error('demo-accounts.json lists no admin');
    const stamp = Date.now();
    const password = 'a long enough passphrase';
    const officer = { email: `officer-${stamp}@example.test`, name: `Officer ${stamp}` };
    const colleague = { email: `colleague-${stamp}@example.test`, name: `Colleague ${stamp}` };
    const adminToken = await tokenOf(admin.email);
    await call('POST', '/users', adminToken, { ...officer, password, platformRoles: ['secretariat'] });
    await call('POST', '/users', adminToken, { ...colleague, password, platformRoles: [] });

    const { context, page } = await newDesktopPage(browser);
    try {
      await signIn(page, officer.email, password);
      await page.locator('[data-testid="nav-processes"]').click();
      await page.locator('[data-testid="process-create-open"]').click();

      // A title already taken is named beside the title, and what was typed stays.
      const titleInput = page.locator('input[data-testid="process-title-input"]');
      await titleInput.fill('Meridian Process on Human Mobility');
      await page.locator('[data-testid="process-create-submit"]').click();
      await page.getByText('Another process already has this title. Choose another title.').waitFor();
      expect(await titleInput.getAttribute('aria-invalid')).toBe('true');
      expect(await titleInput.inputValue()).toBe('Meridian Process on Human Mobility');

      const processTitle = `Coastal dialogue ${Date.now()}`;
      await titleInput.fill(processTitle);
      await page.locator('[data-testid="process-create-submit"]').click();
      await page.waitForURL((url) => /^\/processes\/[0-9a-f]{24}$/.test(url.pathname));
      // Everything below is reached through the app's own links, without reloading: the page
      // must know at once that its creator is the process's secretariat.
      await page.locator('[data-testid="role-badge"]', { hasText: 'Secretariat' }).waitFor();
      const roundsEmpty = page.locator('[data-testid="rounds-empty"]');
      expect(await roundsEmpty.textContent()).toContain('publish the zero draft first');
      await page.screenshot({ path: join(RESULTS, 'drafting-new-process.png') });

      // Members: a colleague is added by the email of their account; an unknown address says
      // what to do instead, beside the address.
      await page.locator('[data-testid="process-members"]').click();
      const addMember = page.locator('[data-testid="member-add-open"]');
      await addMember.click();
      const emailInput = page.locator('input[data-testid="member-email"]');
      await emailInput.fill(`nobody-${Date.now()}@example.test`);
      await choose(page, 'role-select', 'Chair');
      await page.locator('[data-testid="member-submit"]').click();
      await page.getByText('No account uses this email. Send an invitation to bring this person in.').waitFor();
      await emailInput.fill(colleague.email.toUpperCase());
      await page.locator('[data-testid="member-submit"]').click();
      await page.locator('[data-testid="members-table"]').getByText(colleague.name).waitFor();
      // Added, the drawer closes on the list that shows the colleague, and opens empty for the next.
      await page.getByRole('dialog', { name: 'Add a member' }).waitFor({ state: 'hidden' });
      await addMember.click();
      expect(await emailInput.inputValue()).toBe('');
      await page.screenshot({ path: join(RESULTS, 'drafting-members-by-email.png') });

      // Back on the process, its first draft, ready to import into: the button opens the form itself.
      await page.goBack();
      await page.locator('[data-testid="start-draft"]').click();
      await page.locator('input[data-testid="draft-title-input"]').fill('Coastal agenda');
      await page.locator('[data-testid="draft-create-submit"]').click();
      await page.waitForURL((url) => /\/drafts\/[0-9a-f]{24}$/.test(url.pathname));
      await page.locator('[data-testid="import-start-empty"]').first().click();

      // Discarding a reviewed import cannot be undone: it asks first, and keeping changes nothing.
      const file = join(workDir, 'coastal.md');
      writeFileSync(file, ZERO_DRAFT);
      await page.locator('input[type="file"]').setInputFiles(file);
      await page.locator('[data-testid="import-upload"]').click();
      await page.locator('[data-testid="import-preview"]').waitFor({ state: 'visible', timeout: 45_000 });
      await page.locator('[data-testid="import-discard"]').click();
      const dialog = page.locator('[data-testid="import-discard-dialog"]').getByRole('dialog');
      await dialog.waitFor({ state: 'visible' });
      expect(await dialog.textContent()).toContain('To import coastal.md later, you will upload it again.');
      await page.locator('[data-testid="import-discard-dialog-keep"]').click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.locator('[data-testid="preview-row"]').count()).toBe(4);
      await page.locator('[data-testid="import-discard"]').click();
      await page.locator('[data-testid="import-discard-dialog-confirm"]').click();
      await page.waitForURL((url) => /\/drafts\/[0-9a-f]{24}$/.test(url.pathname));
      await page.locator('[data-testid="import-start-empty"]').first().waitFor({ state: 'visible' });
    } finally {
      await context.close();
    }
  }, 90_000);
});
