/**
 * How long a fresh browser profile takes to sign in and see its home page when the web client is
 * served by Vite's dev server (modules transformed on request) against the built bundle served by
 * `vite preview` (what the browser tests now use). Every browser spec opens such profiles many
 * times, so this ratio is the share of their page-load time the build saves.
 *
 * Stacks alternate dev, built, dev, built in one run, each measured over fresh profiles after one
 * warm-up load (the dev server's first load also pre-bundles dependencies). Exits with 1 if the
 * built client is not clearly faster (median ratio ≥ 1.3): what decides which one the browser tests
 * serve. It was ≥ 2 until pages were fetched on first opening, which made the dev server faster
 * (it now transforms only what the first pages import), not the built client slower.
 */
import { performance } from 'node:perf_hooks';
import { chromium, type Browser } from 'playwright-core';
import { median } from './measure';
import { demo, install, startWebStack, type WebMode } from './web-stack';

const TARGET = 1.3;

const LOADS = 7;
const MODES: WebMode[] = ['dev', 'built', 'dev', 'built'];

/** Sign-in page to the signed-in home page, in a profile with nothing cached. */
async function signInOnce(browser: Browser, webUrl: string, email: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(`${webUrl}/login`, { timeout: 180_000 });
    await page.locator('[data-testid="login-email"]').fill(email, { timeout: 180_000 });
    await page.locator('[data-testid="login-password"]').fill(demo.password);
    await page.locator('[data-testid="login-submit"]').click();
    await page.locator('[data-testid="user-name"]').waitFor({ state: 'visible', timeout: 180_000 });
    return performance.now() - start;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  install.buildServer();
  install.buildWeb();
  const email = demo.accounts.find((a) => a.processRole === 'delegate')?.email;
  if (!email) throw new Error('no demo delegate in apps/api/src/seed/demo-accounts.json');
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const times: Record<WebMode, number[]> = { dev: [], built: [] };
  try {
    for (const [index, mode] of MODES.entries()) {
      const stack = await startWebStack(mode, `web-bench-${index}`);
      try {
        await signInOnce(browser, stack.webUrl, email);
        const run: number[] = [];
        for (let i = 0; i < LOADS; i += 1) run.push(await signInOnce(browser, stack.webUrl, email));
        times[mode].push(...run);
        console.log(`${mode.padEnd(5)} ${run.map((t) => t.toFixed(0)).join(' ')} ms`);
      } finally {
        await stack.stop();
      }
    }
  } finally {
    await browser.close();
  }
  const dev = median(times.dev);
  const built = median(times.built);
  const ratio = dev / built;
  console.log(`\nmedian sign-in to home page: dev server ${dev.toFixed(0)} ms, built ${built.toFixed(0)} ms`);
  console.log(`dev / built: ${ratio.toFixed(2)} (target ≥ ${TARGET})`);
  process.exitCode = ratio >= TARGET ? 0 : 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
