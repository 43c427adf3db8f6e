/**
 * Notifications benchmark (issue 5). One run, one machine, ratios only:
 *
 * 1. throughput: a version published to 193 delegations × 5 users (plus the demo members) through
 *    the real path (API publish → outbox → relay → BullMQ → worker process: in-app notification
 *    and an email accepted by the SMTP sink), against raw BullMQ no-op jobs on the same Redis at
 *    the same concurrency;
 * 2. latency: what the outbox adds to an annotation write (a reply, which notifies its thread's
 *    author), against the same write on an API started with NOTIFICATIONS_OUTBOX=false.
 *
 * See bench/README.md for the figures.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EMAIL_BATCH_MAX, QueueName } from '@concordia/contracts';
import { Queue, QueueEvents, Worker } from 'bullmq';
import mongoose, { Types } from 'mongoose';
import nodemailer from 'nodemailer';
import { api, dropRedisKeys, ferret, login, procs, ROOT, type Service } from './live-api';
import { percentile } from './live-stats';
import { type SinkKind, sendReferenceMails, startSmtpSink } from './smtp-sinks';

const DELEGATIONS = 193;
const USERS_PER_DELEGATION = 5;
const CONCURRENCY = 8;
const LATENCY_WARM_UP = 20;
const RAW_SMTP_WARM_UP = 200;
const LATENCY_SAMPLES = Number(process.env.NOTIFY_BENCH_SAMPLES ?? 150);
const PASSWORD = 'concordia-demo';
/**
 * The worker's SMTP pool (SMTP_POOL_CONNECTIONS, the worker's default unless set) and the raw
 * reference's, the same so that the reference measures what the worker could reach.
 */
const SMTP_POOL = Number(process.env.SMTP_POOL_CONNECTIONS ?? 5);

const echo = process.env.BENCH_ECHO === 'true';
/**
 * BENCH_SMTP_SINK=discard runs the whole benchmark against an SMTP server that accepts and
 * drops every message (bench/discard-smtp-sink.ts) instead of MailDev, the development sink.
 */
const sinkKind: SinkKind = process.env.BENCH_SMTP_SINK === 'discard' ? 'discard' : 'maildev';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

async function main(): Promise<void> {
  const suffix = randomBytes(5).toString('hex');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'concordia-notify-bench-'));
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `concordia_nbench_${suffix}`;
  const started: Pick<Service, 'stop'>[] = [];
  const cleanup = async () => {
    for (const svc of started.reverse()) await svc.stop();
    await dropRedisKeys(redisUrl, `${prefix}*`);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const db = await ferret.startFerret({ port: await procs.freePort(), dir: dataDir, echo });
    started.push(db);
    const sink = await startSmtpSink(sinkKind, path.join(dataDir, 'mail'), echo);
    started.push(sink);
    const mongoUri = `${db.uri}concordia_nbench_${suffix}`;
    const secret = randomBytes(32).toString('hex');
    const env = {
      NODE_ENV: 'development',
      API_HOST: '127.0.0.1',
      MONGODB_URI: mongoUri,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      JWT_ACCESS_SECRET: secret,
      LOG_LEVEL: 'warn',
      // The latency samples are one author's replies back to back, beyond a person's pace.
      RATE_LIMIT_ACCOUNT_PER_MINUTE: '1000000',
      SMTP_URL: sink.smtpUrl,
      WORKER_CONCURRENCY: String(CONCURRENCY),
      SMTP_POOL_CONNECTIONS: String(SMTP_POOL),
    };
    const startApi = async (name: string, extra: Record<string, string>) => {
      const port = await procs.freePort();
      // e.g. BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile both APIs.
      const apiArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
      const svc = procs.startService(name, process.execPath, [...apiArgs, path.join(ROOT, 'apps/api/dist/main.js')], {
        env: { ...env, API_PORT: String(port), ...extra },
        echo,
      });
      started.push(svc);
      const url = `http://127.0.0.1:${port}`;
      await procs.waitFor(svc, `${name} to be ready`, () => procs.httpOk(`${url}/api/health/ready`), 90_000);
      return url;
    };
    const withOutbox = await startApi('api', { SEED_DEMO: 'true' });
    const withoutOutbox = await startApi('api-no-outbox', { SEED_DEMO: 'false', NOTIFICATIONS_OUTBOX: 'false' });
    let workerReady = false;
    // e.g. BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the worker;
    // BENCH_WORKER_LOG=/tmp/worker.log keeps its log lines.
    const workerArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const workerLog = process.env.BENCH_WORKER_LOG ? createWriteStream(process.env.BENCH_WORKER_LOG) : null;
    const worker = procs.startService(
      'worker',
      process.execPath,
      [...workerArgs, path.join(ROOT, 'apps/worker/dist/main.js')],
      {
        env: { ...env, LOG_LEVEL: 'info' },
        echo,
        onLine: (line) => {
          workerLog?.write(`${line}\n`);
          if (line.includes('worker ready')) workerReady = true;
        },
      },
    );
    started.push(worker);
    await procs.waitFor(worker, 'the worker', () => Promise.resolve(workerReady), 60_000);

    const connection = await mongoose.createConnection(mongoUri).asPromise();
    try {
      const recipients = await addRecipients(connection);
      const baseline = await noOpThroughput(redisUrl, `${prefix}-noop`, recipients.expected);
      const delivery = await publishThroughput(connection, withOutbox, { redisUrl, prefix }, recipients.expected);
      // After the fan-out, so that one meets the sink as fresh as before (MailDev keeps 2,000 messages).
      const rawSmtp = await rawSmtpThroughput(sink.smtpUrl, recipients.expected);
      const latency = await outboxLatency(withOutbox, withoutOutbox);
      report(recipients.expected, baseline, rawSmtp, delivery, latency);
      if (delivery.missing > 0) process.exitCode = 1;
    } finally {
      await connection.close();
    }
  } finally {
    await cleanup();
  }
}

/** 193 delegations of 5 delegates each, members of the demo process; returns how many are notified. */
async function addRecipients(connection: mongoose.Connection): Promise<{ expected: number }> {
  const process = await connection.collection('processes').findOne({});
  if (!process) throw new Error('the demo process is missing');
  const now = new Date();
  const delegations = Array.from({ length: DELEGATIONS }, (_, i) => ({
    _id: new Types.ObjectId(),
    name: `Bench delegation ${i + 1}`,
    code: `B${String(i + 1).padStart(3, '0')}`,
    kind: 'member_state',
    region: 'Bench',
    createdAt: now,
    updatedAt: now,
  }));
  await connection.collection('delegations').insertMany(delegations);
  const users = delegations.flatMap((d, i) =>
    Array.from({ length: USERS_PER_DELEGATION }, (_, j) => ({
      _id: new Types.ObjectId(),
      email: `bench-${i}-${j}@bench.test`,
      name: `Bench ${i}.${j}`,
      passwordHash: 'not-a-hash',
      platformRoles: [],
      language: (['en', 'fr', 'es'] as const)[(i + j) % 3],
      timeZone: 'UTC',
      disabled: false,
      lockedUntil: null,
      delegationId: d._id,
      createdAt: now,
      updatedAt: now,
    })),
  );
  await connection.collection('users').insertMany(users.map(({ delegationId: _d, ...user }) => user));
  await connection.collection('memberships').insertMany(
    users.map((u) => ({
      processId: process._id,
      userId: u._id,
      role: 'delegate',
      delegationId: u.delegationId,
      createdAt: now,
      updatedAt: now,
    })),
  );
  // Everyone of the process but the secretariat member who publishes.
  const members = await connection.collection('memberships').countDocuments({ processId: process._id });
  return { expected: members - 1 };
}

interface Throughput {
  jobs: number;
  seconds: number;
  perSecond: number;
}

/** The same number of BullMQ jobs that do nothing, at the worker's concurrency, on the same Redis. */
async function noOpThroughput(redisUrl: string, prefix: string, count: number): Promise<Throughput> {
  const connection = { url: redisUrl };
  const queue = new Queue('noop', { connection, prefix });
  let done = 0;
  const worker = new Worker(
    'noop',
    () => {
      done += 1;
      return Promise.resolve();
    },
    { connection, prefix, concurrency: CONCURRENCY, removeOnComplete: { count: 1000 } },
  );
  await worker.waitUntilReady();
  const started = performance.now();
  await queue.addBulk(Array.from({ length: count }, (_, i) => ({ name: 'noop', data: { i } })));
  await until('the no-op jobs', () => Promise.resolve(done >= count), 120_000);
  const seconds = (performance.now() - started) / 1000;
  await worker.close();
  await queue.close();
  return { jobs: count, seconds, perSecond: count / seconds };
}

/**
 * The SMTP sink's own speed: as many messages of the size of a notification email, sent by
 * nodemailer over a pool like the worker's (SMTP_POOL connections), with nothing else around them,
 * after a warm-up of RAW_SMTP_WARM_UP messages.
 */
async function rawSmtpThroughput(smtpUrl: string, count: number): Promise<Throughput> {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: SMTP_POOL,
    ignoreTLS: true,
  });
  const sendMany = (from: number, n: number) => sendReferenceMails(transport, 'Raw SMTP reference', from, n);
  // Unwarmed, nodemailer's first few hundred messages cost several times more CPU each.
  await sendMany(0, RAW_SMTP_WARM_UP);
  const started = performance.now();
  await sendMany(RAW_SMTP_WARM_UP, count);
  const seconds = (performance.now() - started) / 1000;
  transport.close();
  return { jobs: count, seconds, perSecond: count / seconds };
}

/**
 * Publishes the demo draft's working version and waits for every in-app notification and email.
 * The clock stops when BullMQ reports the event's dispatch and all of its email jobs completed
 * (an email job completes only once its deliveries are stored), then the database is checked
 * once. Counting notifications and deliveries in FerretDB every 50 ms instead (how the figures up
 * to 2026-11-26 14:57 were taken) scans both collections on each probe and took a large share of
 * the CPU the measured path runs on.
 */
async function publishThroughput(
  connection: mongoose.Connection,
  baseUrl: string,
  events: { redisUrl: string; prefix: string },
  expected: number,
): Promise<Throughput & { inAppSeconds: number; missing: number }> {
  const token = await login(baseUrl, 'secretariat@concordia.test', PASSWORD);
  const working = await connection.collection('draft_versions').findOne({ status: 'working' });
  if (!working) throw new Error('the demo draft has no working version');
  const sentBefore = await connection.collection('notification_deliveries').countDocuments({ state: 'sent' });
  const sent = async () =>
    (await connection.collection('notification_deliveries').countDocuments({ state: 'sent' })) - sentBefore;
  const inApp = () =>
    connection.collection('notifications').countDocuments({ type: 'version.published', 'event.label': 'Bench Rev' });

  const queueEvents = new QueueEvents(QueueName.Notifications, {
    connection: { url: events.redisUrl },
    prefix: events.prefix,
  });
  await queueEvents.waitUntilReady();
  const completed: { jobId: string; at: number; result: unknown }[] = [];
  queueEvents.on('completed', ({ jobId, returnvalue }) => {
    completed.push({ jobId, at: performance.now(), result: returnvalue });
  });
  const started = performance.now();
  await api(baseUrl, 'POST', `/api/versions/${String(working._id)}/publish`, token, {
    revision: working['revision'] as number,
    label: 'Bench Rev',
    // The demo's working version is the zero draft's copy: published unchanged on purpose.
    allowUnchanged: true,
  });
  let inAppSeconds = Number.NaN;
  let seconds = Number.NaN;
  try {
    await until(
      "the event's dispatch and email jobs",
      () => {
        const dispatch = completed.find((c) => isDispatchResult(c.result));
        if (!dispatch || !isDispatchResult(dispatch.result)) return Promise.resolve(false);
        inAppSeconds = (dispatch.at - started) / 1000;
        const batches = Math.ceil(dispatch.result.emails / EMAIL_BATCH_MAX);
        const done = completed.filter((c) => c.jobId.startsWith(`email-${dispatch.jobId}-`));
        if (done.length < batches) return Promise.resolve(false);
        // The dispatch may end after the emails (it enqueues them before pushing the unread counts).
        seconds = (Math.max(dispatch.at, ...done.map((c) => c.at)) - started) / 1000;
        return Promise.resolve(true);
      },
      600_000,
    );
  } catch {
    // Reported as missing below.
  } finally {
    await queueEvents.close();
  }
  const [delivered, stored] = await Promise.all([sent(), inApp()]);
  if (stored < expected) throw new Error(`only ${stored} of ${expected} in-app notifications were stored`);
  return { jobs: expected, seconds, perSecond: delivered / seconds, inAppSeconds, missing: expected - delivered };
}

function isDispatchResult(value: unknown): value is { stored: number; emails: number } {
  return typeof value === 'object' && value !== null && 'stored' in value && 'emails' in value;
}

interface Latency {
  p50: number;
  p99: number;
}

/** Replies to one thread, alternating between the API with the outbox and the one without. */
async function outboxLatency(withOutbox: string, withoutOutbox: string): Promise<{ on: Latency; off: Latency }> {
  const author = await login(withOutbox, 'delegate@concordia.test', PASSWORD);
  const replier = await login(withOutbox, 'head@concordia.test', PASSWORD);
  const processes = await api<{ items: { id: string }[] }>(withOutbox, 'GET', '/api/processes', author);
  const rounds = await api<{ items: { id: string; status: string; versionId: string }[] }>(
    withOutbox,
    'GET',
    `/api/processes/${processes.items[0].id}/rounds`,
    author,
  );
  const round = rounds.items.find((r) => r.status === 'open')!;
  const version = await api<{ sections: { paragraphs: { key: string }[] }[] }>(
    withOutbox,
    'GET',
    `/api/versions/${round.versionId}`,
    author,
  );
  const root = await api<{ id: string }>(withOutbox, 'POST', '/api/annotations', author, {
    clientId: randomUUID(),
    roundId: round.id,
    paragraphKey: version.sections[0].paragraphs[0].key,
    kind: 'comment',
    visibility: 'round',
    body: 'Benchmark thread.',
  });
  const samples = { on: [] as number[], off: [] as number[] };
  for (let i = 0; i < LATENCY_WARM_UP + LATENCY_SAMPLES; i++) {
    // Alternate which goes first so neither side always meets a warmer cache.
    const order: ('on' | 'off')[] = i % 2 === 0 ? ['on', 'off'] : ['off', 'on'];
    for (const side of order) {
      const base = side === 'on' ? withOutbox : withoutOutbox;
      const started = performance.now();
      await api(base, 'POST', `/api/annotations/${root.id}/replies`, replier, {
        clientId: randomUUID(),
        body: `Benchmark reply ${i} (${side}).`,
      });
      if (i >= LATENCY_WARM_UP) samples[side].push(performance.now() - started);
    }
  }
  const stats = (values: number[]): Latency => {
    const sorted = Float64Array.from(values).sort();
    return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
  };
  return { on: stats(samples.on), off: stats(samples.off) };
}

function report(
  recipients: number,
  baseline: Throughput,
  rawSmtp: Throughput,
  delivery: Throughput & { inAppSeconds: number; missing: number },
  latency: { on: Latency; off: Latency },
): void {
  const ratio = delivery.perSecond / baseline.perSecond;
  const latencyRatio = latency.on.p50 / latency.off.p50;
  const lines = [
    '',
    `Notifications benchmark (Node ${process.version}, concurrency ${CONCURRENCY}, SMTP pool ${SMTP_POOL}, SMTP sink: ${sinkKind === 'discard' ? 'smtp-server, discarding' : 'MailDev'})`,
    '',
    `| measure | value | ratio | target |`,
    `| --- | ---: | ---: | --- |`,
    `| raw BullMQ no-op jobs (${baseline.jobs}) | ${baseline.perSecond.toFixed(0)} jobs/s (${baseline.seconds.toFixed(2)} s) | 1.00 | |`,
    `| raw nodemailer pool → SMTP sink (${rawSmtp.jobs} messages) | ${rawSmtp.perSecond.toFixed(0)} messages/s (${rawSmtp.seconds.toFixed(2)} s) | ${(rawSmtp.perSecond / baseline.perSecond).toFixed(2)} | |`,
    `| publish → ${recipients} recipients, in-app stored | ${delivery.inAppSeconds.toFixed(2)} s | | |`,
    `| publish → ${recipients} recipients, in-app + email accepted by SMTP | ${delivery.perSecond.toFixed(0)} notifications/s (${delivery.seconds.toFixed(2)} s) | ${ratio.toFixed(2)} | >= 0.5 (${ratio >= 0.5 ? 'ok' : 'missed'}) |`,
    `| reply without outbox, p50 / p99 | ${latency.off.p50.toFixed(1)} / ${latency.off.p99.toFixed(1)} ms | 1.00 | |`,
    `| reply with outbox, p50 / p99 | ${latency.on.p50.toFixed(1)} / ${latency.on.p99.toFixed(1)} ms | ${latencyRatio.toFixed(2)} | p50 <= 1.2 (${latencyRatio <= 1.2 ? 'ok' : 'missed'}) |`,
    '',
    delivery.missing > 0 ? `MISSING: ${delivery.missing} emails never reported sent` : 'Every email was delivered.',
    '',
  ];
  console.log(lines.join('\n'));
}

const deadline = setTimeout(
  () => {
    console.error('notifications benchmark: over 20 minutes, giving up');
    process.exit(2);
  },
  20 * 60 * 1000,
);
deadline.unref();
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
