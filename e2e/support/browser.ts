import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's Chromium driven through playwright-core: no browser download, the same binary on every
 * machine. The flags keep it from reaching the network on its own (no update, sync or QUIC probes)
 * and let it run as root inside containers.
 */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

export const webUrl = (): string => {
  const url = process.env['WEB_URL'];
  if (!url) throw new Error('WEB_URL is not set: run the browser tests through jest.e2e.config.js');
  return url.replace(/\/$/, '');
};

/** A fresh, isolated profile (cookies included) in English at the reference desktop width. */
export const newDesktopPage = async (browser: Browser): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  return { context, page };
};

/** The desktop (1280×720 or ×800) and the phone (390×844) a layout is checked at. */
export const DESKTOP_AND_PHONE = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
] as const;

/** A fresh English profile at this size; below 600 px wide, a touch phone. */
export const newContextAt = (browser: Browser, viewport: { width: number; height: number }): Promise<BrowserContext> =>
  browser.newContext({
    viewport,
    locale: 'en-US',
    timezoneId: 'UTC',
    ...(viewport.width < 600 ? { hasTouch: true, isMobile: true } : {}),
  });

/**
 * For a spec file: one browser started before its tests, and fresh English desktop pages in it,
 * every one closed (with the browser) after them.
 */
export const pagesForSpec = (): { newPage: () => Promise<{ context: BrowserContext; page: Page }> } => {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });
  return {
    newPage: async () => {
      if (!browser) throw new Error('the browser has not started');
      const opened = await newDesktopPage(browser);
      contexts.push(opened.context);
      return opened;
    },
  };
};

/** Waits until the text's paragraph with this key is wholly on screen (checked in the page: no DOM types here). */
export const paragraphOnScreen = (page: Page, key: string, timeout = 10_000): Promise<unknown> =>
  page.waitForFunction(
    `(() => {
      const el = document.querySelector('[data-testid="paragraph"][data-key="${key}"]');
      if (!el) return false;
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })()`,
    undefined,
    { timeout },
  );
