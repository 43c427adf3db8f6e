/**
 * How much JavaScript a delegate's browser fetches, with nothing cached, before it can draw the
 * sign-in page, and then the signed-in home page: the built client (`vite build`, served by
 * `vite preview` as in the browser tests), one fresh Chromium profile, every script response
 * counted once with its size on the wire and unpacked. A report, not a pass/fail target: the sizes
 * only change when the code does.
 */
import { chromium, type Page } from 'playwright-core';
import { demo, install, startWebStack } from './web-stack';

interface Script {
  file: string;
  /** Bytes on the wire (compressed if the server compressed them). */
  transferred: number;
  /** Bytes the browser parses. */
  size: number;
}

interface Recorder {
  scripts: Script[];
  /** Waits for the sizes of every script fetched so far. */
  settled(): Promise<Script[]>;
}

/** Every script the page fetches from now on, in order, each once. */
const recordScripts = (page: Page): Recorder => {
  const scripts: Script[] = [];
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return;
    pending.push(
      (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        const body = response ? await response.body() : Buffer.alloc(0);
        const file = new URL(request.url()).pathname.replace(/^\/assets\//, '');
        if (!scripts.some((s) => s.file === file)) {
          scripts.push({ file, transferred: sizes.responseBodySize, size: body.length });
        }
      })(),
    );
  });
  return { scripts, settled: async () => (await Promise.all(pending), scripts) };
};

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

const report = (label: string, scripts: Script[]): void => {
  const size = scripts.reduce((sum, s) => sum + s.size, 0);
  const transferred = scripts.reduce((sum, s) => sum + s.transferred, 0);
  console.log(`\n${label}: ${scripts.length} scripts, ${kB(size)} (${kB(transferred)} transferred)`);
  for (const s of scripts) console.log(`  ${s.file.padEnd(44)} ${kB(s.size).padStart(10)}`);
};

async function main(): Promise<void> {
  install.buildServer();
  install.buildWeb();
  const email = demo.accounts.find((a) => a.processRole === 'delegate')?.email;
  if (!email) throw new Error('no demo delegate in apps/api/src/seed/demo-accounts.json');
  const stack = await startWebStack('built', 'web-js');
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const viewport = { width: 1280, height: 720 };
  const home = (page: Page) =>
    page.locator('[data-testid="membership-card"]').first().waitFor({ state: 'visible', timeout: 180_000 });
  try {
    // A first visit: the sign-in page, then signing in.
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const first = recordScripts(page);
    await page.goto(`${stack.webUrl}/login`, { timeout: 180_000 });
    await page.locator('[data-testid="login-email"]').waitFor({ state: 'visible', timeout: 180_000 });
    await page.waitForLoadState('networkidle');
    const atLogin = (await first.settled()).length;
    report('sign-in page (/login), nothing cached', first.scripts.slice(0, atLogin));
    await page.locator('[data-testid="login-email"]').fill(email);
    await page.locator('[data-testid="login-password"]').fill(demo.password);
    await page.locator('[data-testid="login-submit"]').click();
    await home(page);
    await page.waitForLoadState('networkidle');
    report('then signing in, up to the home page', (await first.settled()).slice(atLogin));
    const session = await context.storageState();
    await context.close();

    // A signed-in delegate opening the app again with an empty cache (new release, other device).
    const again = await browser.newContext({ viewport, storageState: session });
    const homePage = await again.newPage();
    const second = recordScripts(homePage);
    await homePage.goto(`${stack.webUrl}/`, { timeout: 180_000 });
    await home(homePage);
    await homePage.waitForLoadState('networkidle');
    report('signed-in home page (/), nothing cached', await second.settled());
    await again.close();
  } finally {
    await browser.close();
    await stack.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
