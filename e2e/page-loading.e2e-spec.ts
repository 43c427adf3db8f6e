import type { Page, Route } from 'playwright-core';
import { launchBrowser, pagesForSpec, webUrl } from './support/browser';
import { demoOf, signIn } from './support/session';

/** The scripts a page fetches from now on, by file name. */
const scriptsOf = (page: Page): string[] => {
  const files: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') files.push(new URL(request.url()).pathname.replace(/^.*\//, ''));
  });
  return files;
};

/** A page group's chunk held back until `release` is called: a slow hotel connection. */
const holdChunk = async (page: Page, group: string): Promise<{ requested: Promise<unknown>; release: () => void }> => {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const pattern = new RegExp(`/assets/${group}-[\\w-]+\\.js$`);
  await page.route(pattern, async (route: Route) => {
    await released;
    await route.continue();
  });
  return { requested: page.waitForRequest(pattern, { timeout: 30_000 }), release };
};

describe('pages fetched when first opened', () => {
  const pages = pagesForSpec();

  it('draws the sign-in page without any other page’s code, and fetches the home page’s on signing in', async () => {
    const { page } = await pages.newPage();
    const scripts = scriptsOf(page);
    await page.goto(`${webUrl()}/login`);
    await page.locator('[data-testid="login-email"]').waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((file) => /-pages?-/.test(file))).toEqual([]);

    await signIn(page, demoOf('delegate').email);
    await page.locator('[data-testid="membership-card"]').first().waitFor({ state: 'visible', timeout: 30_000 });
    expect(scripts.filter((file) => /-pages?-/.test(file))).toEqual([expect.stringMatching(/^home-page-/)]);
  });

  it('keeps the frame and shows a loader while a page’s code is on its way', async () => {
    const { page } = await pages.newPage();
    await signIn(page, demoOf('delegate').email);
    const chunk = await holdChunk(page, 'process-pages');
    await page.locator('[data-testid="nav-processes"]').click();
    await chunk.requested;
    await page.locator('main [role="status"]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator('[data-testid="user-name"]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="nav-processes"]').isVisible()).toBe(true);

    chunk.release();
    await page.waitForURL((url) => url.pathname === '/processes', { timeout: 30_000 });
    await page.locator('[data-testid="process-link"], main h2').first().waitFor({ state: 'visible', timeout: 30_000 });
  });

  it('reloads by itself once when a page’s code is gone (a release deployed since the tab opened)', async () => {
    const { page } = await pages.newPage();
    await signIn(page, demoOf('secretariat').email);
    const gone = /\/assets\/admin-pages-[\w-]+\.js$/;
    // The old release's chunk is gone; the reloaded tab asks for the new one, which is there.
    await page.route(gone, (route) => route.fulfill({ status: 404, body: 'Not Found' }), { times: 1 });
    const reloaded = page.waitForEvent('load');
    await page.locator('[data-testid="nav-audit"]').click();
    await reloaded;
    await page.locator('[data-testid="audit-filters"]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/audit');
    expect(await page.locator('[data-testid="route-error"]').count()).toBe(0);
  });

  it('offers Reload in the frame when reloading once did not bring the page’s code back', async () => {
    const { page } = await pages.newPage();
    await signIn(page, demoOf('secretariat').email);
    const gone = /\/assets\/admin-pages-[\w-]+\.js$/;
    let asked = 0;
    await page.route(gone, (route) => {
      asked += 1;
      return route.fulfill({ status: 404, body: 'Not Found' });
    });
    await page.locator('[data-testid="nav-audit"]').click();
    const alert = page.locator('[data-testid="route-error"]');
    await alert.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await alert.textContent()).toContain('This page could not be shown');
    expect(await page.locator('[data-testid="user-name"]').isVisible()).toBe(true);
    expect(asked).toBe(2); // before the automatic reload and after it: no loop

    // The new release is there once the tab reloads.
    await page.unroute(gone);
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.locator('[data-testid="audit-filters"]').waitFor({ state: 'visible', timeout: 30_000 });
  });

  it('says so in the reader’s language, with Reload, when the reader’s catalogue cannot be fetched at start', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'es-ES' });
      const page = await context.newPage();
      const catalogue = /\/assets\/es-[\w-]+\.js$/;
      await page.route(catalogue, (route) => route.abort('internetdisconnected'));
      await page.goto(`${webUrl()}/login`);
      const failure = page.locator('[data-testid="start-failure"]');
      await failure.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await failure.getByRole('alert').textContent()).toBe(
        'No se pudo cargar Concordia. Compruebe su conexión y vuelva a cargar la página.',
      );

      await page.unroute(catalogue);
      await page.getByRole('button', { name: 'Recargar' }).click();
      await page.getByRole('heading', { name: 'Iniciar sesión en Concordia' }).waitFor({ timeout: 30_000 });
    } finally {
      await browser.close();
    }
  });

  it('says so in the reader’s language before signing in too', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'fr-FR' });
      const page = await context.newPage();
      await page.route(/\/assets\/email-link-pages-[\w-]+\.js$/, (route) => route.abort('connectionreset'));
      await page.goto(`${webUrl()}/password-reset`);
      const alert = page.locator('[data-testid="route-error"]');
      await alert.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await alert.textContent()).toContain('Cette page n’a pas pu s’afficher');
      expect(await page.getByRole('button', { name: 'Recharger' }).isVisible()).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
