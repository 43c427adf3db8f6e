import { join } from 'node:path';
import { pagesForSpec, webUrl } from './support/browser';
import { demoAccounts } from './support/demo-accounts';
import { call, signIn, tokenOf } from './support/session';

const PASSWORD = 'a long enough passphrase';
const RESULTS = join(__dirname, '..', 'test-results');

describe('an admin signs people up, in the browser', () => {
  const pages = pagesForSpec();

  it("offers the admin's own language for a new user, and the user signs in to the language chosen", async () => {
    // An admin of their own who works in French (the demo admin's language stays as other specs expect it).
    const demoAdmin = demoAccounts.accounts.find((a) => a.platformRoles.includes('admin'));
    if (!demoAdmin) throw new Error('demo-accounts.json lists no admin');
    const stamp = Date.now();
    const frenchAdmin = { email: `admin-fr-${stamp}@example.test`, name: `Admin FR ${stamp}` };
    await call('POST', '/users', await tokenOf(demoAdmin.email), {
      ...frenchAdmin,
      password: PASSWORD,
      language: 'fr',
      platformRoles: ['admin'],
    });

    const admin = await pages.newPage();
    await signIn(admin.page, frenchAdmin.email, PASSWORD);
    await admin.page.goto(`${webUrl()}/users`);
    await admin.page.locator('[data-testid="new-user"]').click();
    const language = admin.page.locator('input[data-testid="new-user-language"]');
    expect(await language.inputValue()).toBe('Français');

    const newcomer = { email: `nueva-${stamp}@example.test`, name: `Nueva ${stamp}` };
    await admin.page.locator('input[data-testid="new-user-email"]').fill(newcomer.email);
    await admin.page.locator('input[data-testid="new-user-name"]').fill(newcomer.name);
    await admin.page.locator('input[data-testid="new-user-password"]').fill(PASSWORD);
    await language.click();
    await admin.page.getByRole('option', { name: 'Espagnol' }).click();
    await admin.page.locator('[data-testid="new-user-submit"]').click();
    const row = admin.page.locator('[data-testid="user-row"]', { hasText: newcomer.name });
    await row.getByRole('cell', { name: 'Espagnol' }).waitFor();

    const user = await pages.newPage();
    await signIn(user.page, newcomer.email, PASSWORD);
    await user.page.locator('html[lang="es"]').waitFor({ state: 'attached' });
  });

  it('tells the admin, beside the code, that a delegation code is taken, and keeps what was typed, closed or not', async () => {
    const demoAdmin = demoAccounts.accounts.find((a) => a.platformRoles.includes('admin'));
    if (!demoAdmin) throw new Error('demo-accounts.json lists no admin');
    const { page } = await pages.newPage();
    await signIn(page, demoAdmin.email);
    await page.locator('[data-testid="nav-delegations"]').click();
    const open = page.locator('[data-testid="delegation-create-open"]');
    await open.click();
    const drawer = page.getByRole('dialog', { name: 'New delegation' });
    const form = drawer.locator('form');

    // Sent empty, the code is missing, not "badly formatted".
    await page.locator('[data-testid="delegation-create-submit"]').click();
    await form.getByText('This field is required.').first().waitFor();
    expect(await form.getByText('This value has an invalid format.').count()).toBe(0);

    const name = `Republic of Testland ${Date.now()}`;
    await form.getByLabel('Name').fill(name);
    const code = page.locator('input[data-testid="delegation-code"]');
    await code.fill('MEX');
    await form.getByLabel('Region').fill('Central America');
    await page.locator('[data-testid="delegation-create-submit"]').click();
    await form.getByText('Another delegation already uses this code. Choose another code.').waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Name').inputValue()).toBe(name);

    // Closed and opened again, the drawer still holds what was typed; closing gave focus back to its button.
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    expect(await page.evaluate<string | null>(`document.activeElement?.getAttribute('data-testid') ?? null`)).toBe(
      'delegation-create-open',
    );
    await open.click();
    expect(await form.getByLabel('Name').inputValue()).toBe(name);

    await code.fill(`T${String(Date.now()).slice(-6)}`);
    await page.locator('[data-testid="delegation-create-submit"]').click();
    await page.locator('[data-testid="delegations-table"]').getByText(name).waitFor();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('offers to unlock only an account that is locked, says until when, and the person signs in again', async () => {
    const demoAdmin = demoAccounts.accounts.find((a) => a.platformRoles.includes('admin'));
    if (!demoAdmin) throw new Error('demo-accounts.json lists no admin');
    const stamp = Date.now();
    const locked = { email: `locked-${stamp}@example.test`, name: `Locked ${stamp}` };
    await call('POST', '/users', await tokenOf(demoAdmin.email), { ...locked, password: PASSWORD, platformRoles: [] });
    // Five wrong passwords lock the account (LOGIN_MAX_FAILURES).
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await call('POST', '/auth/login', null, { email: locked.email, password: 'not the password' }).catch(
        () => undefined,
      );
    }

    const { page } = await pages.newPage();
    await signIn(page, demoAdmin.email);
    await page.locator('[data-testid="nav-users"]').click();
    const lockedRow = page.locator('[data-testid="user-row"]', { hasText: locked.name });
    await lockedRow.locator('[data-testid="user-locked"]').waitFor();
    expect(await lockedRow.locator('[data-testid="user-locked"]').textContent()).toMatch(/^Locked until .+ CST$/);
    // An account that is not locked has nothing to unlock (other specs' accounts may be: not counted).
    const adminRow = page.locator('[data-testid="user-row"]', { hasText: demoAdmin.email });
    expect(await adminRow.locator('[data-testid="user-unlock"]').count()).toBe(0);
    await page.screenshot({ path: join(RESULTS, 'users-locked.png') });

    await lockedRow.locator('[data-testid="user-unlock"]').click();
    await lockedRow.locator('[data-testid="user-locked"]').waitFor({ state: 'detached' });
    expect(await lockedRow.locator('[data-testid="user-unlock"]').count()).toBe(0);
    expect(await tokenOf(locked.email, PASSWORD)).toEqual(expect.any(String));
  });

  it("corrects a person's name and disables the account; the person is told why at sign-in", async () => {
    const demoAdmin = demoAccounts.accounts.find((a) => a.platformRoles.includes('admin'));
    if (!demoAdmin) throw new Error('demo-accounts.json lists no admin');
    const stamp = Date.now();
    const person = { email: `leaving-${stamp}@example.test`, name: `Leavng ${stamp}` };
    await call('POST', '/users', await tokenOf(demoAdmin.email), { ...person, password: PASSWORD, platformRoles: [] });

    const { page } = await pages.newPage();
    await signIn(page, demoAdmin.email);
    await page.locator('[data-testid="nav-users"]').click();
    const row = page.locator('[data-testid="user-row"]', { hasText: person.email });
    await row.getByRole('button', { name: `Edit the account of ${person.name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit account' });
    await dialog.locator('input[data-testid="edit-user-name"]').fill(`Leaving ${stamp}`);
    await dialog.getByRole('switch', { name: 'Account disabled' }).check();
    await dialog.locator('[data-testid="edit-user-submit"]').click();
    await page.getByText(`The account of Leaving ${stamp} is saved.`).waitFor();
    await row.getByText('Disabled', { exact: true }).waitFor();
    await row.getByText(`Leaving ${stamp}`).waitFor();
    // A disabled account is sent no password link: the action is not offered.
    expect(await row.locator('[data-testid="user-send-reset-link"]').count()).toBe(0);

    const other = await pages.newPage();
    await other.page.goto(`${webUrl()}/login`);
    await other.page.locator('input[data-testid="login-email"]').fill(person.email);
    await other.page.locator('input[data-testid="login-password"]').fill(PASSWORD);
    await other.page.locator('[data-testid="login-submit"]').click();
    await other.page.getByText('This account has been disabled. Contact an administrator.').waitFor();
  });
});
