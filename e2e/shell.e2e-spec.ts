import type { Page } from 'playwright-core';
import { pagesForSpec } from './support/browser';
import { demoAccounts } from './support/demo-accounts';
import { call, demoOf, signIn, tokenOf } from './support/session';

const PASSWORD = 'a long enough passphrase';

interface Measures {
  headerHeight: number;
  nameHeight: number;
  blockInHeader: boolean;
  title: string;
  text: string;
}

/** The header's box and the name's, measured in the page (no DOM types in the specs). */
const measure = (page: Page) =>
  page.evaluate<Measures>(`(() => {
    const header = document.querySelector('header').getBoundingClientRect();
    const name = document.querySelector('[data-testid="user-name"]');
    const block = name.parentElement.getBoundingClientRect();
    return {
      headerHeight: header.height,
      nameHeight: name.getBoundingClientRect().height,
      blockInHeader: block.top >= header.top && block.bottom <= header.bottom,
      title: name.getAttribute('title'),
      text: name.textContent,
    };
  })()`);

describe('the top bar', () => {
  const pages = pagesForSpec();

  it('keeps a long name on one line, whole in its title, and the bar as high as for a short one', async () => {
    const admin = demoAccounts.accounts.find((a) => a.platformRoles.includes('admin'));
    if (!admin) throw new Error('demo-accounts.json lists no admin');
    const stamp = Date.now();
    const longName = `María Fernanda de los Ángeles Rodríguez-Ocampo, Permanent Mission ${stamp}`;
    const email = `long-name-${stamp}@example.test`;
    await call('POST', '/users', await tokenOf(admin.email), {
      email,
      name: longName,
      password: PASSWORD,
      language: 'en',
    });

    const short = await pages.newPage();
    await signIn(short.page, demoOf('delegate').email);
    const reference = await measure(short.page);

    const long = await pages.newPage();
    await signIn(long.page, email, PASSWORD);
    const measured = await measure(long.page);
    expect(measured).toEqual({ ...reference, title: longName, text: longName });
    expect(measured.blockInHeader).toBe(true);

    // Signing out stays within reach of the keyboard.
    const signOut = long.page.locator('[data-testid="sign-out"]');
    await signOut.focus();
    await long.page.keyboard.press('Enter');
    await long.page.waitForURL((url) => url.pathname === '/login');
  });
});
