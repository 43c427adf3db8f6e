import { pagesForSpec, webUrl } from './support/browser';
import { demoAccounts } from './support/demo-accounts';
import { mailTo } from './support/mail';
import { call, signIn, tokenOf } from './support/session';

const OLD_PASSWORD = 'a long enough passphrase';
const NEW_PASSWORD = 'a brand new passphrase for Geneva';

/** Polls the development SMTP sink for the reset link's token sent to the address. */
const resetTokenFor = async (address: string): Promise<string> => {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mail = (await mailTo(address)).find((m) => m.subject === 'Choose a new Concordia password');
    const token = mail && /\/password-reset\/([\w-]+)/.exec(mail.text)?.[1];
    if (token) return token;
    if (Date.now() > deadline) throw new Error(`no password reset email for ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

describe('a forgotten password, in the browser', () => {
  const pages = pagesForSpec();

  it('sends a link from the sign-in page; the link sets a new password once and signs the person in', async () => {
    const demoAdmin = demoAccounts.accounts.find((a) => a.platformRoles.includes('admin'));
    if (!demoAdmin) throw new Error('demo-accounts.json lists no admin');
    const stamp = Date.now();
    const person = { email: `forgetful-${stamp}@example.test`, name: `Forgetful ${stamp}` };
    await call('POST', '/users', await tokenOf(demoAdmin.email), {
      ...person,
      password: OLD_PASSWORD,
      platformRoles: [],
    });

    const { page } = await pages.newPage();
    await page.goto(`${webUrl()}/login`);
    await page.locator('input[data-testid="login-email"]').fill(person.email);
    await page.locator('[data-testid="login-forgot"]').click();
    // The address typed on the sign-in page is carried over.
    const email = page.locator('input[data-testid="reset-email"]');
    expect(await email.inputValue()).toBe(person.email);
    await page.locator('[data-testid="reset-ask-submit"]').click();
    const sent = page.locator('[data-testid="reset-sent"]');
    await sent.waitFor();
    expect(await sent.textContent()).toContain(`If an account uses ${person.email}`);

    const token = await resetTokenFor(person.email);
    await page.goto(`${webUrl()}/password-reset/${token}`);
    await page.locator('input[data-testid="reset-password"]').fill('short');
    await page.locator('[data-testid="reset-submit"]').click();
    await page.getByText('Must be at least 12 characters.').first().waitFor();
    await page.locator('input[data-testid="reset-password"]').fill(NEW_PASSWORD);
    await page.locator('[data-testid="reset-submit"]').click();
    const userName = page.locator('[data-testid="user-name"]');
    await userName.waitFor({ state: 'visible' });
    expect(await userName.textContent()).toBe(person.name);

    // Used once: the same link now explains itself and offers a new one.
    const other = await pages.newPage();
    await other.page.goto(`${webUrl()}/password-reset/${token}`);
    await other.page.locator('input[data-testid="reset-password"]').fill('yet another passphrase here');
    await other.page.locator('[data-testid="reset-submit"]').click();
    await other.page.locator('[data-testid="reset-invalid"]').waitFor();
    await other.page.getByRole('link', { name: 'Ask for a new link' }).waitFor();

    // The new password signs in; the old one does not.
    const again = await pages.newPage();
    await signIn(again.page, person.email, NEW_PASSWORD);
    await again.page.locator('[data-testid="user-name"]').waitFor({ state: 'visible' });
    await expect(tokenOf(person.email, OLD_PASSWORD)).rejects.toThrow();
  });

  it("lets an admin send the link from the users' list", async () => {
    const demoAdmin = demoAccounts.accounts.find((a) => a.platformRoles.includes('admin'));
    if (!demoAdmin) throw new Error('demo-accounts.json lists no admin');
    const stamp = Date.now();
    const person = { email: `phoned-${stamp}@example.test`, name: `Phoned ${stamp}` };
    await call('POST', '/users', await tokenOf(demoAdmin.email), {
      ...person,
      password: OLD_PASSWORD,
      platformRoles: [],
    });

    const { page } = await pages.newPage();
    await signIn(page, demoAdmin.email);
    await page.goto(`${webUrl()}/users`);
    const row = page.locator('[data-testid="user-row"]', { hasText: person.name });
    await row.getByRole('button', { name: `Send password link to ${person.name}` }).click();
    await page.getByText(`A link to choose a new password is on its way to ${person.email}.`).waitFor();
    expect(await resetTokenFor(person.email)).toMatch(/^[\w-]{43}$/);
  });
});
