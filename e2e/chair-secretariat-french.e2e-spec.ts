import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newDesktopPage, webUrl } from './support/browser';
import { call, demoOf, openConsole, openSessionRound, signIn, tokenOf, type SessionRound } from './support/session';

/** Live updates must show without a reload; this leaves CI slack. */
const LIVE_MS = 5_000;

/** The demo person's interface language, as the language switcher saves it. */
const setLanguage = async (role: 'chair' | 'secretariat', language: 'en' | 'fr'): Promise<void> =>
  void (await call('PATCH', '/auth/me', await tokenOf(demoOf(role).email), { language }));

describe('the chair and the secretariat working in French, in the browser', () => {
  let browser: Browser;
  let round: SessionRound;
  const contexts: BrowserContext[] = [];

  const frenchPage = async (role: 'chair' | 'secretariat'): Promise<Page> => {
    const opened = await newDesktopPage(browser);
    contexts.push(opened.context);
    await signIn(opened.page, demoOf(role).email);
    return opened.page;
  };

  beforeAll(async () => {
    round = await openSessionRound('French session');
    await setLanguage('chair', 'fr');
    await setLanguage('secretariat', 'fr');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    // Other specs read these demo people in English.
    await setLanguage('chair', 'en');
    await setLanguage('secretariat', 'en');
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });

  it('a paragraph status is announced as "Paragraphe 1 : …", not "Paragraphe 1. : …"', async () => {
    const page = await frenchPage('chair');
    await openConsole(page, round);
    const control = page.locator('[data-testid="paragraph-status-control"]').first();
    expect(await control.getAttribute('aria-label')).toMatch(/^Paragraphe \d+ : Ouvert\. Changer le statut$/);
    await control.click();
    await page.locator('[data-testid="paragraph-status-bracketed"]').click();
    await page.getByText(/^Paragraphe \d+ : Entre crochets\.$/).waitFor({ state: 'visible', timeout: LIVE_MS });
  });
});
