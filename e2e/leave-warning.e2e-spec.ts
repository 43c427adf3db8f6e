import type { Draft, DraftVersion } from '@concordia/contracts';
import type { Page } from 'playwright-core';
import { pagesForSpec, webUrl } from './support/browser';
import { call, demoOf, signIn, tokenOf } from './support/session';

const PARAGRAPH = 'Participating States will meet once a year to review the regional agenda.';
const TYPED = 'Participating States will meet twice a year to review the regional agenda.';

/** A draft of its own in the demo process (browser specs share the stack): one paragraph, still working. */
const workingDraft = async () => {
  const secretariat = await tokenOf(demoOf('secretariat').email);
  const processes = await call<{ items: { id: string; title: string }[] }>('GET', '/processes', secretariat);
  const process = processes.items.find((p) => p.title === 'Meridian Process on Human Mobility');
  if (!process) throw new Error('the demo process is missing');
  const draft = await call<Draft>('POST', `/processes/${process.id}/drafts`, secretariat, {
    title: `Leaving unsaved ${Date.now()}`,
  });
  const operate = (version: DraftVersion, operation: object) =>
    call<DraftVersion>('POST', `/versions/${version.id}/operations`, secretariat, {
      revision: version.revision,
      operation,
    });
  let version = await call<DraftVersion>('GET', `/versions/${draft.versions[0]?.id ?? ''}`, secretariat);
  version = await operate(version, { type: 'add_section', afterSectionKey: null, heading: 'Meetings' });
  const sectionKey = version.sections[0]?.key ?? '';
  version = await operate(version, { type: 'add_paragraph', sectionKey, afterKey: null, text: PARAGRAPH });
  return { draftPath: `/processes/${process.id}/drafts/${draft.id}`, versionId: version.id };
};

const leaveDialog = (page: Page) => page.getByRole('dialog', { name: 'Leave without saving?' });

/** The dialog asks, with the focus on Stay (Enter or Escape right after loses nothing). */
const waitForQuestion = async (page: Page): Promise<void> => {
  await leaveDialog(page).waitFor({ state: 'visible' });
  await page.waitForFunction(`document.activeElement?.getAttribute('data-testid') === 'leave-warning-stay'`);
};

const here = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

describe('leaving a page with unsaved changes through the app', () => {
  const pages = pagesForSpec();

  it('the working editor asks before a link or the back button drops a typed paragraph', async () => {
    const made = await workingDraft();
    const draftPath = `${made.draftPath}?version=${made.versionId}`;
    const { page } = await pages.newPage();
    await signIn(page, demoOf('secretariat').email);
    // Reached from the reading mode inside the app, so that "back" stays in the app.
    await page.goto(`${webUrl()}${draftPath}&mode=read`);
    await page.locator('[data-testid="mode-toggle"]').getByText('Edit').click();
    const first = page.locator('[data-testid="working-editor"] [data-testid="paragraph"]').first();
    await first.waitFor({ state: 'visible' });
    await first.locator('[data-testid="paragraph-actions"]').click();
    await page.locator('[data-testid="paragraph-edit"]').click();
    const typed = first.locator('[data-testid="paragraph-editor"]');
    await typed.fill(TYPED);

    // A link of the navigation asks; Stay keeps the page and the text.
    await page.locator('[data-testid="nav-processes"]').click();
    await waitForQuestion(page);
    expect(here(page)).toBe(draftPath);
    await page.getByRole('button', { name: 'Stay' }).click();
    await leaveDialog(page).waitFor({ state: 'detached' });
    expect(here(page)).toBe(draftPath);
    expect(await typed.inputValue()).toBe(TYPED);

    // So does the back button (to the reading mode, which would close the editor).
    await page.goBack();
    await waitForQuestion(page);
    await page.keyboard.press('Escape');
    await leaveDialog(page).waitFor({ state: 'detached' });
    expect(here(page)).toBe(draftPath);
    expect(await typed.inputValue()).toBe(TYPED);

    // Leave goes where the link pointed.
    await page.locator('[data-testid="nav-processes"]').click();
    await waitForQuestion(page);
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.waitForURL((url) => url.pathname === '/processes');
    await page.locator('[data-testid="working-editor"]').waitFor({ state: 'detached' });
    expect(await leaveDialog(page).count()).toBe(0);
  }, 120_000);

  it('publishing with a typed paragraph goes on unasked: the publish dialog has said it stays out', async () => {
    const { draftPath } = await workingDraft();
    const { page } = await pages.newPage();
    await signIn(page, demoOf('secretariat').email);
    // Opened on its default version: publishing then names the version in the address.
    await page.goto(`${webUrl()}${draftPath}`);
    const first = page.locator('[data-testid="working-editor"] [data-testid="paragraph"]').first();
    await first.locator('[data-testid="paragraph-actions"]').click();
    await page.locator('[data-testid="paragraph-edit"]').click();
    await first.locator('[data-testid="paragraph-editor"]').fill(TYPED);
    await page.locator('[data-testid="publish-open"]').click();
    await page.locator('[data-testid="publish-unsaved"]').waitFor({ state: 'visible' });
    await page.locator('[data-testid="publish-confirm"]').click();
    await page.locator('[data-testid="version-label"]', { hasText: 'Zero draft' }).waitFor({ state: 'visible' });
    await page.locator('[data-testid="working-editor"]').waitFor({ state: 'detached' });
    expect(await leaveDialog(page).count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('version')).toBe(true);
  }, 90_000);

  it('the notification settings ask before a link drops a choice not saved', async () => {
    const { page } = await pages.newPage();
    await signIn(page, demoOf('delegate').email);
    await page.goto(`${webUrl()}/notifications/preferences`);
    const row = page.locator('[data-testid="preference-row"][data-type="annotation.replied"]');
    const digest = row.getByRole('radio', { name: 'Daily digest' });
    // Whatever an earlier spec left, a choice is made and not saved.
    const choice = (await digest.isChecked()) ? 'At once' : 'Daily digest';
    await row.getByText(choice).click();
    const unsaved = page.locator('[data-testid="preferences-unsaved"]');
    await unsaved.waitFor({ state: 'visible' });

    await page.locator('[data-testid="nav-home"]').click();
    await waitForQuestion(page);
    await page.getByRole('button', { name: 'Stay' }).click();
    await leaveDialog(page).waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe('/notifications/preferences');
    expect(await row.getByRole('radio', { name: choice }).isChecked()).toBe(true);
    expect(await unsaved.isVisible()).toBe(true);

    await page.locator('[data-testid="nav-home"]').click();
    await waitForQuestion(page);
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.locator('[data-testid="notification-preferences"]').waitFor({ state: 'detached' });
  }, 90_000);
});
