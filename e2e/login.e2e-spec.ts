import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newDesktopPage, webUrl } from './support/browser';
import {
  demoAccount,
  demoAccounts,
  expectedNavigation,
  fileSafe,
  NAV_SLUGS,
  type DemoAccount,
} from './support/demo-accounts';

const RESULTS = join(__dirname, '..', 'test-results');

const signIn = async (page: Page, email: string, password: string): Promise<void> => {
  await page.goto(`${webUrl()}/login`);
  await page.locator('input[data-testid="login-email"]').fill(email);
  await page.locator('input[data-testid="login-password"]').fill(password);
  await page.locator('[data-testid="login-submit"]').click();
};

describe('signing in through the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const withPage = async (run: (page: Page) => Promise<void>): Promise<void> => {
    const { context, page } = await newDesktopPage(browser);
    try {
      await run(page);
    } finally {
      await context.close();
    }
  };

  it('the sign-in page loads without an error in the console or a refused request', async () => {
    await withPage(async (page) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`${response.status()} ${new URL(response.url()).pathname}`);
      });
      const asked = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/auth/refresh');
      await page.goto(`${webUrl()}/login`);
      // The page asks whether this browser holds a session; it holds none, which is no error.
      expect((await asked).status()).toBe(204);
      await page.locator('input[data-testid="login-email"]').waitFor({ state: 'visible' });
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
    });
  });

  it.each(demoAccounts.accounts.map((account) => [account.label, account] as const))(
    '%s signs in, sees their own navigation only, goes live and signs out',
    async (_label: string, account: DemoAccount) => {
      await withPage(async (page) => {
        await signIn(page, account.email, demoAccounts.password);

        const userName = page.locator('[data-testid="user-name"]');
        await userName.waitFor({ state: 'visible' });
        expect(await userName.textContent()).toBe(account.name);

        const expected = expectedNavigation(account);
        for (const slug of NAV_SLUGS) {
          const count = await page.locator(`[data-testid="nav-${slug}"]`).count();
          expect({ slug, present: count === 1 }).toEqual({ slug, present: expected.has(slug) });
        }

        await page.locator('[data-testid="socket-status"][data-state="connected"]').waitFor({ timeout: 20_000 });
        await page.screenshot({ path: join(RESULTS, `shell-${fileSafe(account.label)}.png`) });

        await page.locator('[data-testid="sign-out"]').click();
        await page.waitForURL((url) => url.pathname === '/login');
        await page.locator('input[data-testid="login-email"]').waitFor({ state: 'visible' });
        expect(await page.locator('[data-testid="user-name"]').count()).toBe(0);
      });
    },
  );

  it('a first visit from a browser in French shows the sign-in page in French', async () => {
    // No choice saved in this fresh profile: the browser's preferred language decides.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    try {
      const page = await context.newPage();
      await page.goto(`${webUrl()}/login`);
      await page.getByRole('heading', { name: 'Se connecter à Concordia' }).waitFor();
      expect(await page.locator('[data-testid="login-submit"]').textContent()).toBe('Se connecter');
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    } finally {
      await context.close();
    }
  });

  it('a French reader fetches the French catalogue only; another language is fetched before the page switches', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    try {
      const page = await context.newPage();
      // Each language's catalogue is a script of its own: en-…js, fr-…js, es-…js.
      const catalogue = /\/assets\/(en|fr|es)-[\w-]+\.js$/;
      const fetched: string[] = [];
      page.on('requestfinished', (request) => {
        const language = catalogue.exec(new URL(request.url()).pathname)?.[1];
        if (language) fetched.push(language);
      });
      const choose = async (name: string): Promise<void> => {
        await page.locator('input[data-testid="language-switcher"]').click();
        await page.getByRole('option', { name }).first().click();
      };

      await page.goto(`${webUrl()}/login`);
      await page.getByRole('heading', { name: 'Se connecter à Concordia' }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(fetched).toEqual(['fr']);

      await choose('Español');
      await page.getByRole('heading', { name: 'Iniciar sesión en Concordia' }).waitFor();
      expect(await page.locator('[data-testid="login-submit"]').textContent()).toBe('Iniciar sesión');
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      expect(fetched).toEqual(['fr', 'es']);

      // A catalogue that cannot be fetched (offline, or replaced by a release since the page
      // opened): the page stays in its language, whole, and says so.
      await page.route(catalogue, (route) => route.abort('internetdisconnected'));
      await choose('English');
      await page.getByText('No se pudo cargar este idioma: Inglés').waitFor();
      expect(await page.getByRole('heading', { name: 'Iniciar sesión en Concordia' }).count()).toBe(1);
      expect(await page.locator('input[data-testid="language-switcher"]').inputValue()).toBe('Español');
      expect(await page.locator('html').getAttribute('lang')).toBe('es');

      // Back online, the same choice works.
      await page.unroute(catalogue);
      await choose('English');
      await page.getByRole('heading', { name: 'Sign in to Concordia' }).waitFor();
      expect(fetched).toEqual(['fr', 'es', 'en']);
    } finally {
      await context.close();
    }
  });

  it('the reader’s catalogue is on its way while the app’s own scripts are still arriving', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'es-ES' });
    try {
      const page = await context.newPage();
      // The app's largest first script, held back as on a slow link: the app cannot run without it,
      // so a catalogue asked for meanwhile can only come from the preload in index.html.
      const mantine = /\/assets\/mantine-[\w-]+\.js$/;
      let release = (): void => undefined;
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route(mantine, async (route) => {
        await released;
        await route.continue();
      });
      const catalogue = page.waitForRequest(/\/assets\/es-[\w-]+\.js$/, { timeout: 30_000 });
      const navigation = page.goto(`${webUrl()}/login`);
      try {
        await catalogue;
        expect(await page.locator('[data-testid="login-email"]').count()).toBe(0);
      } finally {
        release();
      }
      await navigation;
      await page.getByRole('heading', { name: 'Iniciar sesión en Concordia' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('a wrong password shows the invalid-credentials message and stays on /login', async () => {
    const account = demoAccounts.accounts.find((a) => a.platformRoles.length === 0) ?? demoAccounts.accounts[0];
    if (!account) throw new Error('demo-accounts.json lists no account');
    await withPage(async (page) => {
      await signIn(page, account.email, `${demoAccounts.password}-wrong`);
      const alert = page.locator('[data-testid="login-error"]');
      await alert.waitFor({ state: 'visible' });
      expect(await alert.getAttribute('data-code')).toBe('AUTH_INVALID_CREDENTIALS');
      expect(await alert.textContent()).toContain('The email or password is incorrect.');
      expect(new URL(page.url()).pathname).toBe('/login');
      expect(await page.locator('[data-testid="user-name"]').count()).toBe(0);
    });
  });

  it('signing out in one tab ends the live session of the other tab at once', async () => {
    const delegate = demoAccount('delegate');
    await withPage(async (page) => {
      await signIn(page, delegate.email, demoAccounts.password);
      await page.locator('[data-testid="socket-status"][data-state="connected"]').waitFor({ timeout: 20_000 });
      // A second tab of the same browser: the same sign-in, its own live connection.
      const other = await page.context().newPage();
      await other.goto(webUrl());
      await other.locator('[data-testid="socket-status"][data-state="connected"]').waitFor({ timeout: 20_000 });

      await page.locator('[data-testid="sign-out"]').click();
      await page.waitForURL((url) => url.pathname === '/login');
      // Without a click there: the server ends that tab's socket, and its renewal is refused.
      // (Before, it kept receiving live events until its access token expired, 15 minutes.)
      await other.waitForURL((url) => url.pathname === '/login', { timeout: 10_000 });
      expect(await other.locator('[data-testid="user-name"]').count()).toBe(0);
    });
  });

  it('tabs restored together renew the session once, and all come back signed in', async () => {
    const delegate = demoAccount('delegate');
    await withPage(async (page) => {
      await signIn(page, delegate.email, demoAccounts.password);
      await page.locator('[data-testid="user-name"]').waitFor({ state: 'visible' });
      const context = page.context();
      await page.close();
      const tabs = [await context.newPage(), await context.newPage()];
      let refreshes = 0;
      context.on('request', (request) => {
        if (new URL(request.url()).pathname === '/api/auth/refresh') refreshes += 1;
      });

      // Both load at once, as a browser restoring its tabs does: each needs a session on load.
      await Promise.all(tabs.map((tab) => tab.goto(webUrl())));
      for (const tab of tabs) {
        await tab.locator('[data-testid="user-name"]').waitFor({ state: 'visible' });
        await tab.locator('[data-testid="socket-status"][data-state="connected"]').waitFor({ timeout: 20_000 });
      }
      expect(refreshes).toBe(1);
    });
  });

  it('the seeded process shows its draft as numbered paragraphs', async () => {
    const delegate = demoAccount('delegate');
    await withPage(async (page) => {
      await signIn(page, delegate.email, demoAccounts.password);
      await page.locator('[data-testid="process-link"]').first().click();
      await page.waitForURL((url) => url.pathname.startsWith('/processes/'));

      await page.locator('[data-testid="draft-reader"]').waitFor({ state: 'visible' });
      const paragraphs = page.locator('[data-testid="paragraph"]');
      expect(await paragraphs.count()).toBeGreaterThanOrEqual(30);
      expect((await paragraphs.first().textContent())?.trim()).toMatch(/^\d+[.\s]/);
      expect(await page.locator('[data-testid="round-row"]').count()).toBeGreaterThanOrEqual(1);
      await page.screenshot({ path: join(RESULTS, 'process-draft.png'), fullPage: false });
    });
  });
});
