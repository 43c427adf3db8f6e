/**
 * The reading page at negotiation scale: one stack with the built client, one Chromium, a
 * 150-paragraph synthetic draft imported and published through the API, and two rounds on that
 * version: one without annotations (the baseline) and one where 2,000 annotations (500 threads of
 * one to seven) were posted through the API, half the threads on five paragraphs. The demo
 * delegate opens each round's text with the busiest paragraph's threads open (what a link to one
 * of them shows), in turns of random order, each time in a fresh browser context. Per load:
 * - navigation to the first paragraph drawn, and to the open paragraph's threads all listed;
 * - the main thread's long tasks until then (PerformanceObserver 'longtask') and the page's script
 *   and task time (CDP Performance metrics);
 * then, with the page settled, another delegation's new comment on that paragraph, posted through
 * the API: time from the POST to the comment on screen, and the script time it cost the page.
 * Reported as medians and as ratios of the annotated round to the bare one: the machine is shared.
 * Knobs: WEB_READING_TURNS (5), WEB_READING_EVENTS (4 per load), WEB_READING_ANNOTATIONS (2000),
 * WEB_READING_BASELINE_DIST=<dir>: a second build of the client (e.g. the main branch's, built with
 * `vite build --outDir <dir>`) served beside this one against the same API and data, its loads
 * interleaved with this build's in the same turns: an A/B of a change in one run.
 * WEB_READING_PROFILE=<dir> (CPU profiles of one annotated load and its live events, and their
 * heaviest functions), WEB_READING_MODE=dev (the dev server: readable names in the profiles).
 */
import { describeSpan } from '@concordia/anchoring';
import type { Annotation, DraftVersion, ImportJob, MembershipList, Round } from '@concordia/contracts';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { median } from './measure';
import { generateDraft, paragraphText, pick, render, seededRandom, type Random } from './synthetic-draft';
import { procs, ROOT } from './live-api';
import { demo, install, startWebStack, type WebMode } from './web-stack';

const TURNS = Number(process.env['WEB_READING_TURNS'] ?? 5);
const EVENTS = Number(process.env['WEB_READING_EVENTS'] ?? 4);
const ANNOTATIONS = Number(process.env['WEB_READING_ANNOTATIONS'] ?? 2000);
const PROFILE_DIR = process.env['WEB_READING_PROFILE'];
const MODE: WebMode = process.env['WEB_READING_MODE'] === 'dev' ? 'dev' : 'built';
const BASELINE_DIST = process.env['WEB_READING_BASELINE_DIST'];
const PARAGRAPHS = 150;
const HOT_PARAGRAPHS = 5;
const POSTING = 6;
const READER = 'delegate@concordia.test';
const POSTERS = [
  'delegate@concordia.test',
  'head@concordia.test',
  'delegate.peru@concordia.test',
  'head.peru@concordia.test',
];
const LIVE_POSTER = 'delegate.peru@concordia.test';

type Side = 'bare' | 'annotated';

interface Setup {
  processId: string;
  draftId: string;
  versionId: string;
  rounds: Record<Side, string>;
  hotKey: string;
  /** Threads the reader sees on the hot paragraph, per side. */
  hotThreads: Record<Side, number>;
}

const call = async <T>(webUrl: string, method: string, url: string, token: string | null, body?: unknown) => {
  const response = await fetch(`${webUrl}/api${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : null) as T;
};

const tokenOf = async (webUrl: string, email: string) =>
  (await call<{ accessToken: string }>(webUrl, 'POST', '/auth/login', null, { email, password: demo.password }))
    .accessToken;

/** Runs `work` on every item, `width` at a time. */
const inParallel = async <T>(items: T[], width: number, work: (item: T) => Promise<void>) => {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
};

/** A span of 2–12 whole words of `text`, as a reader selects them. */
const wordSpan = (random: Random, text: string) => {
  const starts = [0, ...[...text.matchAll(/ /g)].map((m) => (m.index ?? 0) + 1)];
  const first = Math.floor(random() * Math.max(1, starts.length - 12));
  const last = Math.min(starts.length - 1, first + 2 + Math.floor(random() * 10));
  const end = last < starts.length - 1 ? (starts[last] ?? text.length) - 1 : text.length;
  return describeSpan(text, starts[first] ?? 0, end);
};

async function setUp(webUrl: string): Promise<Setup> {
  const secretariat = await tokenOf(webUrl, 'secretariat@concordia.test');
  const processes = await call<{ items: { id: string; title: string }[] }>(webUrl, 'GET', '/processes', secretariat);
  const meridian = processes.items.find((p) => p.title === 'Meridian Process on Human Mobility');
  if (!meridian) throw new Error('the demo process is missing');
  const draft = await call<{ id: string }>(webUrl, 'POST', `/processes/${meridian.id}/drafts`, secretariat, {
    title: 'Reading bench draft',
  });
  // The zero draft, imported and published as a secretariat does.
  const form = new FormData();
  const text = render(generateDraft(seededRandom(150), PARAGRAPHS, 30));
  form.append('file', new Blob([text], { type: 'text/plain' }), 'zero-draft.txt');
  const upload = await fetch(`${webUrl}/api/drafts/${draft.id}/imports`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secretariat}` },
    body: form,
  });
  if (upload.status !== 202) throw new Error(`upload answered ${upload.status}: ${await upload.text()}`);
  const { id: importId } = (await upload.json()) as { id: string };
  for (let waited = 0; ; waited += 250) {
    const job = await call<ImportJob>(webUrl, 'GET', `/imports/${importId}`, secretariat);
    if (job.status === 'ready') break;
    if (!['queued', 'parsing', 'matching'].includes(job.status) || waited > 120_000)
      throw new Error(`import ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await call(webUrl, 'POST', `/imports/${importId}/accept`, secretariat, {});
  const drafted = await call<{ versions: { id: string; status: string }[] }>(
    webUrl,
    'GET',
    `/drafts/${draft.id}`,
    secretariat,
  );
  const workingId = drafted.versions.find((v) => v.status === 'working')?.id ?? '';
  const working = await call<DraftVersion>(webUrl, 'GET', `/versions/${workingId}`, secretariat);
  await call(webUrl, 'POST', `/versions/${working.id}/publish`, secretariat, {
    revision: working.revision,
    label: 'Zero draft',
    allowUnchanged: true,
  });
  const version = await call<DraftVersion>(webUrl, 'GET', `/versions/${working.id}`, secretariat);
  const paragraphs = version.sections.flatMap((s) => s.paragraphs);
  if (paragraphs.length < PARAGRAPHS * 0.9) throw new Error(`the import made ${paragraphs.length} paragraphs`);

  // Two rounds like the demo's, with its delegations that have members.
  const demoRounds = await call<{ items: Round[] }>(webUrl, 'GET', `/processes/${meridian.id}/rounds`, secretariat);
  const like = demoRounds.items[0];
  if (!like) throw new Error('the demo round is missing');
  const members = await call<MembershipList>(webUrl, 'GET', `/processes/${meridian.id}/members`, secretariat);
  const present = new Set(members.items.map((m) => m.delegationId));
  const openRound = async (name: string) => {
    const round = await call<Round>(webUrl, 'POST', `/processes/${meridian.id}/rounds`, secretariat, {
      name,
      versionId: version.id,
      chairUserId: like.chairUserId,
      delegationIds: like.delegationIds.filter((id) => present.has(id)),
      opensAt: like.opensAt,
      closesAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
      timeZone: like.timeZone,
      confidentiality: like.confidentiality,
    });
    await call(webUrl, 'POST', `/rounds/${round.id}/status`, secretariat, { status: 'open' });
    return round.id;
  };
  const rounds = { bare: await openRound('Reading bench, bare'), annotated: await openRound('Reading bench, busy') };

  // 2,000 annotations: threads of a root and 0–6 replies (3 on average), half of them on five paragraphs.
  const random = seededRandom(2000);
  const tokens = await Promise.all(POSTERS.map((email) => tokenOf(webUrl, email)));
  const hot = paragraphs.slice(3, 3 + HOT_PARAGRAPHS);
  const plans: { paragraph: (typeof paragraphs)[number]; replies: number }[] = [];
  for (let total = 0; total < ANNOTATIONS;) {
    const replies = Math.min(ANNOTATIONS - total - 1, Math.floor(random() * 7));
    plans.push({ paragraph: random() < 0.5 ? pick(random, hot) : pick(random, paragraphs), replies });
    total += 1 + replies;
  }
  const started = Date.now();
  await inParallel(
    plans.map((plan, index) => ({ plan, index })),
    POSTING,
    async ({ plan, index }) => {
      const roll = random();
      const selectors = roll < 0.75 ? wordSpan(random, plan.paragraph.text) : null;
      const kind = selectors && roll < 0.25 ? 'amendment' : pick(random, ['comment', 'question'] as const);
      const root = await call<Annotation>(webUrl, 'POST', '/annotations', tokens[index % tokens.length] ?? '', {
        clientId: crypto.randomUUID(),
        roundId: rounds.annotated,
        paragraphKey: plan.paragraph.key,
        kind,
        visibility: 'round',
        body: paragraphText(random),
        selectors,
        amendment: kind === 'amendment' ? { operation: 'replace', text: paragraphText(random) } : null,
      });
      for (let r = 0; r < plan.replies; r += 1) {
        await call(webUrl, 'POST', `/annotations/${root.id}/replies`, tokens[(index + r + 1) % tokens.length] ?? '', {
          clientId: crypto.randomUUID(),
          body: paragraphText(random),
        });
      }
    },
  );
  console.log(
    `posted ${ANNOTATIONS} annotations (${plans.length} threads) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  const counts = new Map<string, number>();
  for (const plan of plans) counts.set(plan.paragraph.key, (counts.get(plan.paragraph.key) ?? 0) + 1);
  const [hotKey, hotCount] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return {
    processId: meridian.id,
    draftId: draft.id,
    versionId: version.id,
    rounds,
    hotKey,
    hotThreads: { bare: 0, annotated: hotCount },
  };
}

/**
 * Runs in the page before its scripts: records the long tasks, and at each frame whether a
 * paragraph is drawn and whether the open paragraph lists its threads once the round's
 * annotations have arrived.
 */
const INSTRUMENT = `(() => {
  const bench = { paragraph: null, listed: null, longTasks: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const listArrived = () => performance.getEntriesByType('resource').some((e) => /\\/api\\/rounds\\/[^/]+\\/annotations\\?/.test(e.name) && e.responseEnd > 0);
  const frame = () => {
    const now = performance.now();
    if (bench.paragraph === null && document.querySelector('[data-testid="paragraph"]')) bench.paragraph = now;
    if (bench.listed === null && window.__expected !== undefined && listArrived()) {
      const panel = document.querySelector('[data-testid="thread-panel"]');
      if (panel && panel.querySelectorAll('[data-testid="thread"]').length >= window.__expected) bench.listed = now;
    }
    if (bench.paragraph === null || bench.listed === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

interface Load {
  paragraph: number;
  listed: number;
  longTaskMs: number;
  longTasks: number;
  scriptMs: number;
  taskMs: number;
}

interface Live {
  shownMs: number;
  scriptMs: number;
}

const metrics = async (cdp: CDPSession): Promise<Record<string, number>> => {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
};

const settle = (page: Page, ms: number) =>
  page.evaluate(`new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => resolve(null)), ${ms}))`);

async function profiled<T>(cdp: CDPSession, file: string | null, run: () => Promise<T>): Promise<T> {
  if (!file) return run();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  writeFileSync(file, JSON.stringify(profile));
  summarise(file, profile);
  return result;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  samples: number[];
  timeDeltas: number[];
}

/** The heaviest functions of a profile by self time. */
function summarise(name: string, profile: CpuProfile): void {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n] as const));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) return;
    const where = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(src|assets|deps)\//, '$1/')}:${frame.lineNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const top = [...self.entries()].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]);
  console.log(`\nprofile ${name}: heaviest self time`);
  for (const [where, ms] of top.slice(0, 20)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${where}`);
}

async function loadOnce(
  browser: Browser,
  webUrl: string,
  setup: Setup,
  side: Side,
  profile: string | null,
): Promise<{ load: Load; live: Live[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    // Signed in afresh each time: a refresh cookie is good for one use.
    await page.goto(`${webUrl}/login`);
    await page.locator('input[data-testid="login-email"]').fill(READER);
    await page.locator('input[data-testid="login-password"]').fill(demo.password);
    await page.locator('[data-testid="login-submit"]').click();
    await page.locator('[data-testid="user-name"]').waitFor({ state: 'visible' });
    await page.addInitScript(`window.__expected = ${setup.hotThreads[side]};${INSTRUMENT}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const signedIn = await metrics(cdp);
    const url =
      `${webUrl}/processes/${setup.processId}/drafts/${setup.draftId}` +
      `?version=${setup.versionId}&round=${setup.rounds[side]}&paragraph=${setup.hotKey}`;
    const load = await profiled(cdp, profile && `${profile}/load-${side}.cpuprofile`, async () => {
      await page.goto(url, { timeout: 120_000 });
      await page
        .waitForFunction('window.__bench.paragraph !== null && window.__bench.listed !== null', null, {
          timeout: 120_000,
          polling: 100,
        })
        .catch(async (error: unknown) => {
          console.error(side, page.url(), JSON.stringify(await page.evaluate('window.__bench')));
          throw error;
        });
      await page.locator('[data-testid="live-status"][data-state="live"]').first().waitFor({ timeout: 60_000 });
      await settle(page, 500);
      const bench = await page.evaluate<{
        paragraph: number;
        listed: number;
        longTasks: { start: number; duration: number }[];
      }>('window.__bench');
      const until = bench.listed;
      const tasks = bench.longTasks.filter((t) => t.start < until);
      const m = await metrics(cdp);
      return {
        paragraph: bench.paragraph,
        listed: bench.listed,
        longTaskMs: tasks.reduce((sum, t) => sum + t.duration, 0),
        longTasks: tasks.length,
        scriptMs: ((m['ScriptDuration'] ?? 0) - (signedIn['ScriptDuration'] ?? 0)) * 1000,
        taskMs: ((m['TaskDuration'] ?? 0) - (signedIn['TaskDuration'] ?? 0)) * 1000,
      };
    });
    await settle(page, 1000);
    const token = await tokenOf(webUrl, LIVE_POSTER);
    const live = await profiled(cdp, profile && `${profile}/live-${side}.cpuprofile`, async () => {
      const events: Live[] = [];
      for (let e = 0; e < EVENTS; e += 1) {
        const body = `Live bench comment ${side} ${e} ${Math.random().toString(36).slice(2)}`;
        // Resolves, in the page's clock (the machine's, as Date.now here), when the comment is drawn.
        const shown = page.evaluate<number>(`new Promise((resolve) => {
          const seen = () => document.querySelector('[data-testid="thread-panel"]')?.textContent?.includes(${JSON.stringify(body)});
          const observer = new MutationObserver(() => {
            if (seen()) { observer.disconnect(); resolve(performance.timeOrigin + performance.now()); }
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        })`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        const before = await metrics(cdp);
        const posted = Date.now();
        await call(webUrl, 'POST', '/annotations', token, {
          clientId: crypto.randomUUID(),
          roundId: setup.rounds[side],
          paragraphKey: setup.hotKey,
          kind: 'comment',
          visibility: 'round',
          body,
          selectors: null,
          amendment: null,
        });
        const at = await shown;
        await settle(page, 300);
        const after = await metrics(cdp);
        events.push({
          shownMs: at - posted,
          scriptMs: ((after['ScriptDuration'] ?? 0) - (before['ScriptDuration'] ?? 0)) * 1000,
        });
        await settle(page, 200);
      }
      return events;
    });
    return { load, live };
  } finally {
    await context.close();
  }
}

const row = (name: string, bare: number[], annotated: number[], unit = 'ms') => {
  const [b, a] = [median(bare), median(annotated)];
  const ratio = b > 0 ? (a / b).toFixed(2) : '—';
  return `| ${name.padEnd(44)} | ${b.toFixed(0).padStart(6)} ${unit} | ${a.toFixed(0).padStart(6)} ${unit} | ${ratio.padStart(6)} |`;
};

interface Client {
  name: string;
  webUrl: string;
}

/** The baseline build served by `vite preview` on a port of its own, its /api proxied to the same API. */
const serveBaseline = async (dist: string, apiUrl: string) => {
  const port = await procs.freePort();
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const service = procs.startService(
    'baseline web',
    process.execPath,
    [vite, 'preview', '--config', path.join(ROOT, 'apps/web/vite.config.ts'), '--outDir', path.resolve(dist)],
    { env: { WEB_PORT: String(port), API_PROXY_TARGET: apiUrl }, echo: false },
  );
  const webUrl = `http://127.0.0.1:${port}`;
  await procs.waitFor(service, 'the baseline web client', () => procs.httpOk(`${webUrl}/`), 60_000);
  return { service, webUrl };
};

/** What each table line reads of a load or a live event, and its unit. */
const LOAD_MEASURES: [string, (l: Load) => number, string][] = [
  ['navigation → first paragraph drawn', (l) => l.paragraph, 'ms'],
  ['navigation → open paragraph’s threads listed', (l) => l.listed, 'ms'],
  ['long tasks until listed (sum)', (l) => l.longTaskMs, 'ms'],
  ['long tasks until listed (count)', (l) => l.longTasks, '  '],
  ['script time, load (CDP ScriptDuration)', (l) => l.scriptMs, 'ms'],
  ['task time, load (CDP TaskDuration)', (l) => l.taskMs, 'ms'],
];
const LIVE_MEASURES: [string, (l: Live) => number, string][] = [
  ['live comment: POST → on screen', (l) => l.shownMs, 'ms'],
  ['live comment: script time', (l) => l.scriptMs, 'ms'],
];

const report = (client: string, loads: Record<Side, Load[]>, lives: Record<Side, Live[]>) => {
  const lines = [
    ...LOAD_MEASURES.map(([name, pick, unit]) => row(name, loads.bare.map(pick), loads.annotated.map(pick), unit)),
    ...LIVE_MEASURES.map(([name, pick, unit]) => row(name, lives.bare.map(pick), lives.annotated.map(pick), unit)),
  ];
  console.log(
    `\n${client}\n| measure (median) | no annotations | ${ANNOTATIONS} annotations | ratio |\n|---|---:|---:|---:|`,
  );
  console.log(lines.join('\n'));
};

async function main(): Promise<void> {
  install.buildServer();
  if (MODE === 'built') install.buildWeb();
  const stack = await startWebStack(MODE, 'web-reading', {
    RATE_LIMIT_ACCOUNT_PER_MINUTE: '1000000',
    RATE_LIMIT_COSTLY_PER_MINUTE: '1000000',
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000000',
    // Seeding takes minutes on a busy machine: the posters' tokens must outlast it.
    ACCESS_TOKEN_TTL_SECONDS: '86400',
  });
  const baseline = BASELINE_DIST ? await serveBaseline(BASELINE_DIST, stack.apiUrl) : null;
  const clients: Client[] = [
    { name: 'this build', webUrl: stack.webUrl },
    ...(baseline ? [{ name: `baseline (${BASELINE_DIST})`, webUrl: baseline.webUrl }] : []),
  ];
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const setup = await setUp(stack.webUrl);
    console.log(
      `hot paragraph: ${setup.hotThreads.annotated} threads; ${MODE} client; ${TURNS} turns, ${EVENTS} live events per load`,
    );
    // Let the worker's notification jobs for the seeding pass before measuring.
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const runs = clients.flatMap((client) => (['bare', 'annotated'] as Side[]).map((side) => ({ client, side })));
    // One unmeasured load of each: the server's and Chromium's first time.
    for (const { client, side } of runs) await loadOnce(browser, client.webUrl, setup, side, null);
    const loads = new Map<Client, Record<Side, Load[]>>(clients.map((c) => [c, { bare: [], annotated: [] }]));
    const lives = new Map<Client, Record<Side, Live[]>>(clients.map((c) => [c, { bare: [], annotated: [] }]));
    for (let turn = 0; turn < TURNS; turn += 1) {
      const order = [...runs].sort(() => Math.random() - 0.5);
      for (const { client, side } of order) {
        const { load, live } = await loadOnce(browser, client.webUrl, setup, side, null);
        loads.get(client)?.[side].push(load);
        lives.get(client)?.[side].push(...live);
        console.log(
          `turn ${turn + 1} ${client.name.slice(0, 10).padEnd(10)} ${side.padEnd(9)} paragraph ${load.paragraph.toFixed(0)} ms, ` +
            `listed ${load.listed.toFixed(0)} ms, long tasks ${load.longTasks} / ${load.longTaskMs.toFixed(0)} ms, ` +
            `script ${load.scriptMs.toFixed(0)} ms; live shown ${live.map((l) => l.shownMs.toFixed(0)).join('/')} ms, ` +
            `script ${live.map((l) => l.scriptMs.toFixed(0)).join('/')} ms`,
        );
      }
    }
    for (const client of clients) {
      const own = { loads: loads.get(client), lives: lives.get(client) };
      if (own.loads && own.lives) report(client.name, own.loads, own.lives);
    }

    if (PROFILE_DIR) {
      for (const client of clients) {
        const dir = path.join(PROFILE_DIR, client === clients[0] ? 'this' : 'baseline');
        mkdirSync(dir, { recursive: true });
        for (const side of ['annotated', 'bare'] as Side[]) await loadOnce(browser, client.webUrl, setup, side, dir);
      }
    }
  } finally {
    await browser.close();
    await baseline?.service.stop();
    await stack.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
