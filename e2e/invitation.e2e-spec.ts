import type { CreatedInvitation, Delegation } from '@concordia/contracts';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newDesktopPage, webUrl } from './support/browser';
import { demoAccounts, fileSafe } from './support/demo-accounts';
import { mailTo } from './support/mail';
import { call, demoOf, signIn, tokenOf } from './support/session';

const RESULTS = join(__dirname, '..', 'test-results');

const chooseOption = async (page: Page, testId: string, option: string | RegExp): Promise<void> => {
  await page.locator(`input[data-testid="${testId}"]`).click();
  await page.getByRole('option', { name: option }).first().click();
};

/** The accept link of the invitation email the development SMTP sink caught for this address. */
const linkInEmailTo = async (address: string, line = /Accept the invitation: (\S+)/): Promise<string> => {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const link = (await mailTo(address)).map((m) => line.exec(m.text)?.[1]).find((found) => found !== undefined);
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`no invitation email reached ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

describe('inviting someone through the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the secretariat invites an observer, who accepts, lands in the process and switches language', async () => {
    const secretariat = demoAccounts.accounts.find((a) => a.processRole === 'secretariat');
    if (!secretariat) throw new Error('demo-accounts.json lists no secretariat');
    const inviteeEmail = `invitee-${Date.now()}@example.test`;

    const staff = await newDesktopPage(browser);
    let link: string;
    try {
      const page = staff.page;
      await page.goto(`${webUrl()}/login`);
      await page.locator('input[data-testid="login-email"]').fill(secretariat.email);
      await page.locator('input[data-testid="login-password"]').fill(demoAccounts.password);
      await page.locator('[data-testid="login-submit"]').click();
      await page.locator('[data-testid="nav-invitations"]').click();
      await page.locator('[data-testid="invitation-create-open"]').click();

      await page.locator('input[data-testid="invitation-email"]').fill(inviteeEmail);
      await chooseOption(page, 'role-select', 'Observer');
      await chooseOption(page, 'delegation-select', /RMO/);
      await page.locator('[data-testid="invitation-submit"]').click();

      const linkInput = page.locator('input[data-testid="invitation-link"]');
      await linkInput.waitFor({ state: 'visible' });
      link = await linkInput.inputValue();
      expect(new URL(link).pathname).toMatch(/^\/invitations\/[A-Za-z0-9_-]{32,64}$/);
      expect(await page.locator('[data-testid="invitation-email-state"]').getAttribute('data-queued')).toBe('true');
      await page.locator('[data-testid="invitations-table"]').getByText(inviteeEmail).waitFor();

      // The link is shown this once: the drawer stays open on it, the list behind it has the row.
      expect(await page.getByRole('dialog', { name: 'Invite someone' }).isVisible()).toBe(true);
      // The deadline names its zone (the demo secretariat's profile: Mexico City), and the row's
      // state is whole at the reference width: nothing to scroll sideways for.
      const row = page.locator('[data-testid="invitations-table"] tr', { hasText: inviteeEmail });
      expect((await row.locator('[data-testid="invitation-when"]').textContent())?.trim()).toMatch(/ CST$/);
      const fits = await page.locator('[data-testid="invitations-table"]').evaluate((table) => {
        const scroller = table.parentElement;
        return scroller !== null && scroller.scrollWidth <= scroller.clientWidth;
      });
      expect(fits).toBe(true);
      await page.screenshot({ path: join(RESULTS, 'invitations-sent.png') });
    } finally {
      await staff.context.close();
    }

    // The invitee gets the link by email (the development mail catcher), the same link as shown.
    const emailed = await linkInEmailTo(inviteeEmail);
    expect(new URL(emailed).pathname).toBe(new URL(link).pathname);

    const invitee = await newDesktopPage(browser);
    try {
      const page = invitee.page;
      await page.goto(`${webUrl()}${new URL(emailed).pathname}`);
      const details = page.locator('[data-testid="invitation-details"]');
      await details.waitFor({ state: 'visible' });
      expect(await details.textContent()).toContain('Observer');
      // Read before signing in, in the browser's zone (UTC here), which the date names.
      expect(await details.textContent()).toMatch(/Valid until.* UTC/);

      await page.locator('input[data-testid="accept-name"]').fill('Ines Invitee');
      await page.locator('input[data-testid="accept-password"]').fill('a-long-enough-password');
      await page.locator('[data-testid="accept-submit"]').click();

      await page.waitForURL((url) => url.pathname.startsWith('/processes/'));
      await page.locator('[data-testid="user-name"]').getByText('Ines Invitee').waitFor();
      await page.locator('[data-testid="paragraph"]').first().waitFor();

      // The language follows the profile: switching saves it, and a reload (silent refresh) keeps it.
      const saved = page.waitForResponse(
        (response) => response.url().endsWith('/api/auth/me') && response.request().method() === 'PATCH',
      );
      await chooseOption(page, 'language-switcher', 'Français');
      await page.locator('[data-testid="nav-processes"]').getByText('Processus').waitFor();
      expect((await saved).ok()).toBe(true);
      await page.reload();
      await page.locator('[data-testid="nav-account"]').getByText('Compte').waitFor();
      await page.screenshot({ path: join(RESULTS, `invitee-${fileSafe('fr')}.png`) });

      // A used link now explains itself instead of failing silently.
      await page.goto(link);
      await page.locator('[data-testid="invitation-error"]').waitFor({ state: 'visible' });
    } finally {
      await invitee.context.close();
    }
  });
  it('the secretariat pastes a sheet of people, checks it, and invites its good rows; each email in its own language', async () => {
    const stamp = Date.now();
    const head = `sheet-head-${stamp}@example.test`;
    const observer = `sheet-observer-${stamp}@example.test`;
    const sheet = [
      'Courriel\tRôle\tDélégation\tLangue',
      `${head}\tChef de délégation\tPER\tfr`,
      `${observer}\tObserver\tRegional Mobility Organisation\t`,
      `sheet-nobody-${stamp}@example.test\tDelegate\tAtlantis\t`,
    ].join('\n');
    const staff = await newDesktopPage(browser);
    try {
      const page = staff.page;
      await signIn(page, demoOf('secretariat').email);
      await page.locator('[data-testid="nav-invitations"]').click();
      await page.locator('[data-testid="invitation-sheet-open"]').click();
      await page.locator('[data-testid="invitation-sheet-text"]').fill(sheet);
      // Rows not yet sent survive a reload (the browser asks first), with a word that they were kept,
      // in the sheet's drawer, open again at once.
      let asked = false;
      page.once('dialog', (dialog) => {
        asked = dialog.type() === 'beforeunload';
        void dialog.accept();
      });
      await page.reload();
      expect(asked).toBe(true);
      await page.locator('[data-testid="unsent-restored"]').waitFor({ state: 'visible' });
      expect(await page.locator('[data-testid="invitation-sheet-text"]').inputValue()).toBe(sheet);
      const send = page.locator('[data-testid="invitation-sheet-send"]');
      expect(await send.isDisabled()).toBe(true);
      await page.locator('[data-testid="invitation-sheet-check"]').click();

      const summary = page.locator('[data-testid="invitation-sheet-summary"]');
      await summary.getByText('2 ready, 1 refused.', { exact: false }).waitFor();
      const rows = page.locator('[data-testid="invitation-sheet-row"]');
      expect(await Promise.all((await rows.all()).map((row) => row.getAttribute('data-status')))).toEqual([
        'ready',
        'ready',
        'refused',
      ]);
      expect(await rows.nth(0).innerText()).toContain('Head of delegation');
      expect(await rows.nth(0).innerText()).toContain('Peru');
      expect(await rows.nth(2).innerText()).toContain('No delegation has this code or name.');
      // Nobody is invited by a check.
      expect(await page.locator('[data-testid="invitations-table"]').getByText(head).count()).toBe(0);
      await page.screenshot({ path: join(RESULTS, 'invitations-sheet-checked.png') });

      await send.getByText('Send 2 invitations').click();
      await summary.getByText('2 invited, 1 refused.').waitFor();
      await page.locator('[data-testid="invitations-table"]').getByText(head).waitFor();
      await page.locator('[data-testid="invitations-table"]').getByText(observer).waitFor();
      // Sent, the rows are no longer offered for sending: another change and check come first.
      expect(await send.isDisabled()).toBe(true);
      // Sent, they are no longer kept: the notice is gone, and nothing is left in the browser.
      expect(await page.locator('[data-testid="unsent-restored"]').count()).toBe(0);
      await page.waitForFunction(`Object.keys(localStorage).every((k) => !k.startsWith('concordia.unsent:'))`);
    } finally {
      await staff.context.close();
    }
    // The row asked for French: so is its email.
    await linkInEmailTo(head, /Accepter l’invitation\u00a0: (\S+)/);
    expect((await mailTo(head))[0].subject).toMatch(/^Invitation à participer à/);
  });

  it('the secretariat chooses an Excel workbook, picks the worksheet of the list, and invites its rows; a file that is not a workbook is refused in the form', async () => {
    const stamp = Date.now();
    const head = `xlsx-head-${stamp}@example.test`;
    const observer = `xlsx-observer-${stamp}@example.test`;
    // Kept in Excel as lists are: a first tab of notes, links for addresses, rich text, a formula, a gap.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Read me').addRow(['The list is on the second tab.']);
    const list = workbook.addWorksheet('Invitees');
    list.addRow(['Email', 'Role', 'Delegation', 'Language']);
    list.addRow([
      { text: head, hyperlink: `mailto:${head}` },
      { richText: [{ text: 'Head of ', font: { bold: true } }, { text: 'delegation' }] },
      'PER',
      { formula: 'LOWER("ES")', result: 'es' },
    ]);
    list.getRow(4).values = [observer, 'Observer', 'Regional Mobility Organisation'];
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

    const staff = await newDesktopPage(browser);
    try {
      const page = staff.page;
      await signIn(page, demoOf('secretariat').email);
      await page.locator('[data-testid="nav-invitations"]').click();
      await page.locator('[data-testid="invitation-sheet-open"]').click();
      const card = page.getByRole('dialog', { name: 'Invite from a sheet' });
      const text = page.locator('[data-testid="invitation-sheet-text"]');
      await card.locator('input[type="file"]').setInputFiles({
        name: 'invitees.xlsx',
        mimeType: xlsx,
        buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
      });
      await page.locator('input[data-testid="invitation-sheet-worksheet"]').waitFor({ state: 'visible' });
      expect(await text.inputValue()).toBe('The list is on the second tab.');
      // The input lets go of the file once read, so the same file chosen again (corrected in Excel
      // meanwhile) is read again: a browser fires no change for an unchanged choice.
      expect(await card.locator('input[type="file"]').inputValue()).toBe('');
      await chooseOption(page, 'invitation-sheet-worksheet', 'Invitees');
      expect((await text.inputValue()).split('\n')).toEqual([
        'Email\tRole\tDelegation\tLanguage',
        `${head}\tHead of delegation\tPER\tes`,
        '',
        `${observer}\tObserver\tRegional Mobility Organisation\t`,
      ]);

      await page.locator('[data-testid="invitation-sheet-check"]').click();
      const summary = page.locator('[data-testid="invitation-sheet-summary"]');
      await summary.getByText('2 ready, 0 refused.', { exact: false }).waitFor();
      // Lines are the workbook's row numbers, the gap included.
      const rows = page.locator('[data-testid="invitation-sheet-row"]');
      expect(await rows.locator('td:first-child').allInnerTexts()).toEqual(['2', '4']);
      await page.locator('[data-testid="invitation-sheet-send"]').getByText('Send 2 invitations').click();
      await summary.getByText('2 invited, 0 refused.').waitFor();
      await page.locator('[data-testid="invitations-table"]').getByText(head).waitFor();

      await card.locator('input[type="file"]').setInputFiles({
        name: 'renamed.xlsx',
        mimeType: xlsx,
        buffer: Buffer.from(`email,role\n${head},delegate\n`),
      });
      const problem = page.locator('[data-testid="invitation-sheet-problem"]');
      await problem.getByText('This file is not an Excel workbook', { exact: false }).waitFor();
      expect(await page.locator('input[data-testid="invitation-sheet-worksheet"]').count()).toBe(0);
    } finally {
      await staff.context.close();
    }
    // The row asked for Spanish: so is its email.
    await linkInEmailTo(head, /Aceptar la invitación: (\S+)/);
  });

  it('an invitee whose browser prefers French reads the invitation in French and keeps it once signed in', async () => {
    const secretariat = await tokenOf(demoOf('secretariat').email);
    const processes = await call<{ items: Array<{ id: string; title: string }> }>('GET', '/processes', secretariat);
    const process = processes.items.find((p) => p.title === 'Meridian Process on Human Mobility');
    if (!process) throw new Error('the demo process is missing');
    const invitation = await call<CreatedInvitation>('POST', '/invitations', secretariat, {
      email: `invitee-fr-${Date.now()}@example.test`,
      processId: process.id,
      role: 'chair',
    });

    // A first visit: nothing saved in this browser, whose only language is French.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    try {
      const page = await context.newPage();
      await page.goto(`${webUrl()}${invitation.acceptPath}`);
      await page.locator('[data-testid="invitation-details"]').getByText('Présidence').waitFor();
      await page.locator('input[data-testid="accept-name"]').fill('Françoise Invitée');
      await page.locator('input[data-testid="accept-password"]').fill('a-long-enough-password');
      await page.locator('[data-testid="accept-submit"]').click();

      await page.waitForURL((url) => url.pathname.startsWith('/processes/'));
      // Signing in applies the profile's language: the new account's is French, not English.
      await page.locator('[data-testid="nav-processes"]').getByText('Processus').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    } finally {
      await context.close();
    }
  });
  it("the secretariat changes a member's role, removes them after confirming, and revokes an invitation whose link then says so", async () => {
    const secretariat = await tokenOf(demoOf('secretariat').email);
    const processes = await call<{ items: Array<{ id: string; title: string }> }>('GET', '/processes', secretariat);
    const process = processes.items.find((p) => p.title === 'Meridian Process on Human Mobility');
    if (!process) throw new Error('the demo process is missing');
    const delegations = await call<{ items: Delegation[] }>('GET', '/delegations', secretariat);
    const state = delegations.items.find((d) => d.kind === 'member_state');
    if (!state) throw new Error('no member State delegation');
    // A member of this spec's own, brought in by an accepted invitation, and one invitation left pending.
    const stamp = Date.now();
    // Long and without a hyphen to wrap at, as missions' addresses often are: the table must still fit.
    const memberEmail = `moira.moving.${stamp}@permanentmissionofcolombia.example.test`;
    const joined = await call<CreatedInvitation>('POST', '/invitations', secretariat, {
      email: memberEmail,
      processId: process.id,
      role: 'delegate',
      delegationId: state.id,
    });
    await call('POST', `/invitations/${joined.token}/accept`, null, {
      name: `Moira Moving ${stamp}`,
      password: 'a-long-enough-password',
    });
    const pendingEmail = `withdrawn-${stamp}@example.test`;
    const pending = await call<CreatedInvitation>('POST', '/invitations', secretariat, {
      email: pendingEmail,
      processId: process.id,
      role: 'chair',
    });

    const staff = await newDesktopPage(browser);
    try {
      const page = staff.page;
      await page.goto(`${webUrl()}/login`);
      await page.locator('input[data-testid="login-email"]').fill(demoOf('secretariat').email);
      await page.locator('input[data-testid="login-password"]').fill(demoAccounts.password);
      await page.locator('[data-testid="login-submit"]').click();
      await page.locator('[data-testid="nav-members"]').waitFor();
      await page.goto(`${webUrl()}/members?process=${process.id}`);

      const row = page.locator(`[data-testid="member-row"][data-email="${memberEmail}"]`);
      await row.getByText('Delegate').waitFor();
      await row.locator('[data-testid="member-edit"]').click();
      const form = page.locator('[data-testid="member-edit-form"]');
      await form.locator('input[data-testid="role-select"]').click();
      await page.getByRole('option', { name: 'Head of delegation' }).click();
      await form.locator('[data-testid="member-edit-save"]').click();
      await row.locator('[data-testid="role-badge"]').getByText('Head of delegation').waitFor();
      // The actions are whole at the reference width: nothing to scroll for.
      const fits = await page.locator('[data-testid="members-table"]').evaluate((table) => {
        const scroller = table.parentElement;
        return scroller !== null && scroller.scrollWidth <= scroller.clientWidth;
      });
      expect(fits).toBe(true);
      await page.screenshot({ path: join(RESULTS, 'member-role-changed.png') });

      await row.locator('[data-testid="member-remove"]').click();
      const dialog = page.locator('[data-testid="member-remove-dialog"]');
      await dialog.getByText(`Remove Moira Moving ${stamp} from the process?`).waitFor();
      await page.locator('[data-testid="member-remove-dialog-confirm"]').click();
      await row.waitFor({ state: 'detached' });
      const members = await call<{ items: Array<{ userEmail: string }> }>(
        'GET',
        `/processes/${process.id}/members`,
        secretariat,
      );
      expect(members.items.map((m) => m.userEmail)).not.toContain(memberEmail);

      await page.goto(`${webUrl()}/invitations?process=${process.id}`);
      const invitation = page.locator(`[data-testid="invitation-row"][data-email="${pendingEmail}"]`);
      await invitation.locator('[data-testid="invitation-state"][data-state="pending"]').waitFor();
      await invitation.locator('[data-testid="invitation-revoke"]').click();
      await page.locator('[data-testid="invitation-revoke-dialog"]').getByText(pendingEmail).waitFor();
      await page.locator('[data-testid="invitation-revoke-dialog-confirm"]').click();
      await invitation.locator('[data-testid="invitation-state"][data-state="revoked"]').waitFor();
      expect(await invitation.locator('[data-testid="invitation-when"]').textContent()).toMatch(/^Revoked /);
      // An accepted invitation says who accepted it, not when it would have expired.
      const accepted = page.locator(`[data-testid="invitation-row"][data-email="${memberEmail}"]`);
      expect(await accepted.locator('[data-testid="invitation-when"]').textContent()).toContain(
        `Accepted by Moira Moving ${stamp}`,
      );
      await page.screenshot({ path: join(RESULTS, 'invitation-revoked.png') });
    } finally {
      await staff.context.close();
    }

    const invitee = await newDesktopPage(browser);
    try {
      await invitee.page.goto(`${webUrl()}${pending.acceptPath}`);
      const problem = invitee.page.locator('[data-testid="invitation-error"]');
      await problem.waitFor({ state: 'visible' });
      expect(await problem.getAttribute('data-code')).toBe('INVITATION_REVOKED');
      expect(await problem.textContent()).toContain('The secretariat withdrew this invitation.');
    } finally {
      await invitee.context.close();
    }
  });

  it('reads its header at 1280×720 in every language: buttons beside the title, the sentence on one line under them', async () => {
    const officer = demoOf('secretariat');
    const token = await tokenOf(officer.email);
    const staff = await newDesktopPage(browser);
    await staff.page.setViewportSize({ width: 1280, height: 720 });
    const sentence = { en: 'Invite people', fr: 'Invitez des personnes', es: 'Invite a personas' } as const;
    const headers: Record<string, { lines: number; buttonsBesideTitle: boolean }> = {};
    try {
      await signIn(staff.page, officer.email);
      for (const language of ['en', 'fr', 'es'] as const) {
        await call('PATCH', '/auth/me', token, { language });
        await staff.page.goto(`${webUrl()}/invitations`);
        await staff.page.locator('[data-testid="page-description"]', { hasText: sentence[language] }).waitFor();
        await staff.page.locator('[data-testid="invitation-sheet-open"]').waitFor();
        // Measured in the page (no DOM types here): lines of the sentence, and where the buttons stand.
        headers[language] = await staff.page.evaluate<{ lines: number; buttonsBesideTitle: boolean }>(`(() => {
          const description = document.querySelector('[data-testid="page-description"]');
          const title = document.querySelector('[data-testid="page-title"]').getBoundingClientRect();
          const sheet = document.querySelector('[data-testid="invitation-sheet-open"]').getBoundingClientRect();
          return {
            lines: Math.round(description.getBoundingClientRect().height / parseFloat(getComputedStyle(description).lineHeight)),
            buttonsBesideTitle: sheet.top < title.bottom,
          };
        })()`);
      }
    } finally {
      // Other specs read the demo secretariat in English.
      await call('PATCH', '/auth/me', token, { language: 'en' });
      await staff.context.close();
    }
    const readsWell = { lines: 1, buttonsBesideTitle: true };
    expect(headers).toEqual({ en: readsWell, fr: readsWell, es: readsWell });
  });
});
