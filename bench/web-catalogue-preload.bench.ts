/**
 * What the catalogue preload (apps/web/src/i18n/catalogue-preload.ts) saves a reader on a slow,
 * distant link: the built client served by `vite preview`, Chromium with an emulated connection
 * (CDP network conditions: round trip and bandwidth below), a fresh profile per load, French
 * browser. Each round loads the sign-in page twice in random order, once as built and once with
 * the preload's script refused (the app then asks for the catalogue itself, as before the preload),
 * and takes the time from navigation to the sign-in form on screen. Reports the medians and their
 * ratio (with / without): both sides run in the same minutes on the same machine.
 * Knobs: PRELOAD_BENCH_ROUNDS (12), PRELOAD_BENCH_RTT_MS (150), PRELOAD_BENCH_KBITS (8000; 0 = no
 * limit), so `PRELOAD_BENCH_RTT_MS=0 PRELOAD_BENCH_KBITS=0` measures the local link of the tests.
 */
import { chromium, type Browser } from 'playwright-core';
import { install, startWebStack } from './web-stack';

const ROUNDS = Number(process.env['PRELOAD_BENCH_ROUNDS'] ?? 12);
const LATENCY_MS = Number(process.env['PRELOAD_BENCH_RTT_MS'] ?? 150);
const KBIT_PER_S = Number(process.env['PRELOAD_BENCH_KBITS'] ?? 8_000);
/** 0 kbit/s: no bandwidth limit (CDP's -1). */
const bytesPerSecond = KBIT_PER_S > 0 ? (KBIT_PER_S * 1000) / 8 : -1;
const PRELOAD = /\/assets\/catalogue-preload-[\w-]+\.js$/;

type Side = 'with preload' | 'without';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Milliseconds from navigation to the sign-in form drawn, nothing cached. */
const loadSignIn = async (browser: Browser, webUrl: string, side: Side): Promise<number> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: LATENCY_MS,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
    if (side === 'without') await page.route(PRELOAD, (route) => route.fulfill({ status: 404, body: '' }));
    const started = Date.now();
    await page.goto(`${webUrl}/login`, { timeout: 180_000 });
    await page.locator('[data-testid="login-email"]').waitFor({ state: 'visible', timeout: 180_000 });
    return Date.now() - started;
  } finally {
    await context.close();
  }
};

async function main(): Promise<void> {
  install.buildServer();
  install.buildWeb();
  const stack = await startWebStack('built', 'web-preload');
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const times: Record<Side, number[]> = { 'with preload': [], without: [] };
  try {
    // One unmeasured load of each: the server's first responses and Chromium's first start.
    await loadSignIn(browser, stack.webUrl, 'with preload');
    await loadSignIn(browser, stack.webUrl, 'without');
    for (let round = 0; round < ROUNDS; round += 1) {
      const order: Side[] = Math.random() < 0.5 ? ['with preload', 'without'] : ['without', 'with preload'];
      for (const side of order) times[side].push(await loadSignIn(browser, stack.webUrl, side));
    }
  } finally {
    await browser.close();
    await stack.stop();
  }
  console.log(`sign-in page drawn, French reader, ${LATENCY_MS} ms round trip, ${KBIT_PER_S} kbit/s, ${ROUNDS} rounds`);
  for (const side of Object.keys(times) as Side[]) {
    const ms = times[side];
    console.log(`  ${side.padEnd(13)} median ${median(ms).toFixed(0)} ms  (${ms.join(', ')})`);
  }
  const ratio = median(times['with preload']) / median(times.without);
  console.log(`  ratio with / without: ${ratio.toFixed(3)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
