/**
 * Live-delivery benchmark (issue 4): 200 socket.io clients joined to one round of one API
 * process; annotations posted over HTTP at 20 per second; latency per annotation per client from
 * the HTTP send to that client's `stream:event`. The baseline, in the same run, is a bare
 * socket.io server (no auth, no Redis, no database) that broadcasts the same JSON payload to 200
 * clients in one room when POSTed to, at the same rate, measured the same way. Exits 1 when an
 * annotation is missing at any client; the latency ratios are reported, not enforced.
 *
 *   npx tsc -b apps/api && npx tsc -p bench/tsconfig.json && node .tmp/bench/live.bench.js
 *
 * LIVE_BENCH_SECONDS (default 30) shortens the measured phases for a quick run;
 * LIVE_BENCH_WARM_UP (default 40) sets the unmeasured posts before each phase, at the same rate.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { api, login, openDemoRound, startBenchApi, type BenchApi } from './live-api';
import { ClientFleet } from './live-clients';
import { ms, percentile, type PhaseResult } from './live-stats';

const CLIENTS = 200;
const RATE_PER_SECOND = 20;
const SECONDS = Number(process.env.LIVE_BENCH_SECONDS ?? 30);
const WARM_UP = Number(process.env.LIVE_BENCH_WARM_UP ?? 40);
/** After the last HTTP reply, how long clients may still take to receive everything. */
const DRAIN_MS = 60_000;
const SEND_TIMEOUT_MS = 60_000;
/** The whole run, setup included, is cut off after this. */
const RUN_LIMIT_MS = (SECONDS * 2 + (WARM_UP * 2) / RATE_PER_SECOND + 420) * 1000;
const TARGETS = { p50: 1.5, p99: 2 };

const DEMO_PASSWORD = 'concordia-demo';
const POSTER = 'delegate@concordia.test';
/** Socket readers, spread over several demo users because socket events are rate-limited per user. */
const READERS = [
  'delegate@concordia.test',
  'head@concordia.test',
  'chair@concordia.test',
  'secretariat@concordia.test',
];

interface Sender {
  /** Sends message `key`; resolves false when the server did not accept it. */
  send(key: string): Promise<boolean>;
}

/** Posts WARM_UP unmeasured messages, then SECONDS × RATE on a fixed schedule; drains and scores. */
async function runPhase(name: string, fleet: ClientFleet, sender: Sender): Promise<PhaseResult> {
  const fire = async (count: number) => {
    const keys: string[] = [];
    const sentAt = new Map<string, number>();
    const replies: number[] = [];
    const pending: Promise<boolean>[] = [];
    const start = performance.now();
    for (let i = 0; i < count; i += 1) {
      const due = start + (i * 1000) / RATE_PER_SECOND;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const key = randomUUID();
      keys.push(key);
      const sent = performance.now();
      sentAt.set(key, sent);
      pending.push(
        sender.send(key).then(
          (ok) => {
            replies.push(performance.now() - sent);
            return ok;
          },
          () => false,
        ),
      );
    }
    const accepted = await Promise.all(pending);
    await fleet.drain(keys, DRAIN_MS);
    return { keys, sentAt, replies, failed: accepted.filter((ok) => !ok).length };
  };
  await fire(WARM_UP);
  const { keys, sentAt, replies, failed } = await fire(SECONDS * RATE_PER_SECOND);
  const replyTimes = Float64Array.from(replies).sort();
  const latencies: number[] = [];
  const first = new Map<string, number>();
  let missing = 0;
  for (const receipts of fleet.receipts) {
    for (const key of keys) {
      const at = receipts.get(key);
      if (at === undefined) {
        missing += 1;
        continue;
      }
      const latency = at - (sentAt.get(key) ?? at);
      latencies.push(latency);
      first.set(key, Math.min(first.get(key) ?? latency, latency));
    }
  }
  const sorted = Float64Array.from(latencies).sort();
  return {
    name,
    sent: keys.length,
    failedSends: failed,
    clients: fleet.receipts.length,
    expected: keys.length * fleet.receipts.length,
    received: latencies.length,
    missing,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.length > 0 ? sorted[sorted.length - 1] : Number.NaN,
    firstP50: percentile(Float64Array.from(first.values()).sort(), 50),
    replyP50: percentile(replyTimes, 50),
    replyP99: percentile(replyTimes, 99),
  };
}

/** The API phase: the payload of the first event seen is kept as the baseline's payload. */
async function measureApi(stack: BenchApi): Promise<{ result: PhaseResult; payload: unknown }> {
  const tokens = new Map<string, string>();
  for (const email of READERS) tokens.set(email, await login(stack.baseUrl, email, DEMO_PASSWORD));
  const poster = tokens.get(POSTER) ?? (await login(stack.baseUrl, POSTER, DEMO_PASSWORD));
  const { roundId } = await openDemoRound(stack.baseUrl, poster);
  let payload: unknown;
  const keyOf = (event: unknown): string | undefined => {
    const e = event as { event?: { type?: string; annotation?: { clientId?: string } } };
    if (e.event?.type !== 'annotation.created') return undefined;
    payload ??= event;
    return e.event.annotation?.clientId;
  };
  const fleet = await ClientFleet.connect(
    stack.baseUrl,
    CLIENTS,
    (i) => tokens.get(READERS[i % READERS.length]),
    keyOf,
  );
  try {
    await fleet.joinRound(roundId);
    const sender: Sender = {
      send: async (clientId) => {
        await api(
          stack.baseUrl,
          'POST',
          '/api/annotations',
          poster,
          {
            clientId,
            roundId,
            paragraphKey: 'principles-1',
            kind: 'comment',
            visibility: 'round',
            body: `Benchmark comment ${clientId}: the delegation proposes to strengthen this paragraph.`,
          },
          SEND_TIMEOUT_MS,
        );
        return true;
      },
    };
    const result = await runPhase('API: POST /api/annotations -> stream:event', fleet, sender);
    if (fleet.duplicates > 0) console.log(`API: ${fleet.duplicates} duplicate deliveries`);
    return { result, payload };
  } finally {
    fleet.close();
  }
}

/** The baseline phase, against the bare server in a child process, with the API's payload. */
async function measureBaseline(template: unknown): Promise<PhaseResult> {
  const child: ChildProcess = fork(path.join(__dirname, 'live-baseline-server.js'), [], { stdio: 'inherit' });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the baseline server did not start in 10 s')), 10_000);
      child.once('message', (m: { port: number }) => {
        clearTimeout(timer);
        resolve(m.port);
      });
      child.once('exit', (code) => reject(new Error(`the baseline server exited (${code})`)));
    });
    const url = `http://127.0.0.1:${port}`;
    const keyOf = (event: unknown): string | undefined =>
      (event as { event?: { annotation?: { clientId?: string } } }).event?.annotation?.clientId;
    const fleet = await ClientFleet.connect(url, CLIENTS, () => undefined, keyOf);
    try {
      const shape = template as { event: { annotation: Record<string, unknown> } };
      const sender: Sender = {
        send: async (clientId) => {
          // The same event as the API sent, with this message's id: the same bytes on the wire.
          const body = { ...shape, event: { ...shape.event, annotation: { ...shape.event.annotation, clientId } } };
          const res = await fetch(`${url}/emit`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
            signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
          });
          return res.ok;
        },
      };
      return await runPhase('baseline: bare socket.io room broadcast', fleet, sender);
    } finally {
      fleet.close();
    }
  } finally {
    child.kill('SIGTERM');
  }
}

function report(apiResult: PhaseResult, base: PhaseResult): boolean {
  const rows = [
    [
      'measure',
      'p50',
      'p99',
      'max',
      'first client p50',
      'HTTP reply p50',
      'HTTP reply p99',
      'received / expected',
      'missing',
    ],
    ...[base, apiResult].map((r) => [
      r.name,
      ms(r.p50),
      ms(r.p99),
      ms(r.max),
      ms(r.firstP50),
      ms(r.replyP50),
      ms(r.replyP99),
      `${r.received} / ${r.expected}`,
      String(r.missing),
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  for (const row of rows)
    console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  const r50 = apiResult.p50 / base.p50;
  const r99 = apiResult.p99 / base.p99;
  console.log(`\nratio p50: ${r50.toFixed(2)} (target <= ${TARGETS.p50}: ${r50 <= TARGETS.p50 ? 'ok' : 'MISSED'})`);
  console.log(`ratio p99: ${r99.toFixed(2)} (target <= ${TARGETS.p99}: ${r99 <= TARGETS.p99 ? 'ok' : 'MISSED'})`);
  console.log(`failed sends: API ${apiResult.failedSends}, baseline ${base.failedSends}`);
  // A send that failed only matters if its annotation then never arrived: missing says so.
  const complete = apiResult.missing === 0;
  console.log(complete ? 'every annotation reached every client' : 'ANNOTATIONS MISSING: failing the run');
  return complete;
}

let stack: BenchApi | undefined;

/** Stops FerretDB and the API (they run in their own process groups) before this process ends. */
function abort(why: string, code: number): void {
  console.error(`live bench: ${why}`);
  const stopping = stack?.stop() ?? Promise.resolve();
  const force = setTimeout(() => process.exit(code), 20_000);
  void stopping.finally(() => {
    clearTimeout(force);
    process.exit(code);
  });
}

async function main(): Promise<number> {
  console.log(
    `live delivery: ${CLIENTS} clients, ${RATE_PER_SECOND}/s for ${SECONDS} s (+${WARM_UP} warm-up), Node ${process.version}`,
  );
  const started = await startBenchApi();
  stack = started;
  try {
    const measured = await measureApi(started);
    if (measured.payload === undefined) throw new Error('no annotation event reached any client');
    const base = await measureBaseline(measured.payload);
    return report(measured.result, base) ? 0 : 1;
  } finally {
    stack = undefined;
    await started.stop();
  }
}

setTimeout(() => abort(`gave up after ${RUN_LIMIT_MS / 1000} s`, 2), RUN_LIMIT_MS).unref();
process.once('SIGINT', () => abort('interrupted', 130));
process.once('SIGTERM', () => abort('terminated', 143));
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
