/**
 * Boots a throwaway Concordia API for the live-delivery benchmark the way the browser tests do
 * (tools/lib): FerretDB on a free port in a temporary directory, then one API process built from
 * apps/api/dist with the demo seed, its own database and a unique Redis prefix, all on 127.0.0.1.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';

export const ROOT = path.resolve(__dirname, '../..');

export interface Service {
  name: string;
  child: { pid?: number };
  exited: Promise<unknown>;
  tail(): string;
  stop(timeoutMs?: number): Promise<void>;
}
interface ProcsLib {
  startService(
    name: string,
    cmd: string,
    args: string[],
    opts: { env: Record<string, string>; echo: boolean; onLine?: (line: string) => void },
  ): Service;
  waitFor(service: Service, what: string, predicate: () => Promise<boolean>, timeoutMs: number): Promise<void>;
  freePort(): Promise<number>;
  httpOk(url: string): Promise<boolean>;
}
interface RedisLib {
  ensureRedis(url: string): Promise<Service | null>;
}
interface FerretLib {
  startFerret(o: {
    port: number;
    dir: string;
    echo: boolean;
    postgresqlUrl?: string;
  }): Promise<Service & { uri: string }>;
}

// The shared start helpers are plain CommonJS used by the test runners; reuse them as they are.
const load = createRequire(__filename);
export const procs = load(path.join(ROOT, 'tools/lib/procs.js')) as ProcsLib;
export const ferret = load(path.join(ROOT, 'tools/lib/ferretdb.js')) as FerretLib;
const redisLib = load(path.join(ROOT, 'tools/lib/redis.js')) as RedisLib;

export interface BenchApi {
  baseUrl: string;
  redisPrefix: string;
  /** The API's own database, for benchmarks that load data with the driver. */
  mongoUri: string;
  stop(): Promise<void>;
}

export async function startBenchApi(): Promise<BenchApi> {
  const suffix = randomBytes(5).toString('hex');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'concordia-live-bench-'));
  // BENCH_OWN_REDIS=true: a redis-server of the bench's own on a free port, so that other
  // people's test suites on the shared Redis do not queue ahead of the API's round trips.
  const ownRedis = process.env.BENCH_OWN_REDIS === 'true';
  const redisUrl = ownRedis
    ? `redis://127.0.0.1:${await procs.freePort()}`
    : (process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const redisPrefix = `concordia_bench_${suffix}`;
  const started: Service[] = [];
  const stop = async () => {
    if (!ownRedis) await dropRedisKeys(redisUrl, `${redisPrefix}:*`);
    for (const svc of started.reverse()) await svc.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    if (ownRedis) {
      const redis = await redisLib.ensureRedis(redisUrl);
      if (redis) started.push(redis);
    }
    // BENCH_FERRETDB_POSTGRESQL_URL runs FerretDB on its PostgreSQL handler instead of SQLite.
    const postgresqlUrl = process.env.BENCH_FERRETDB_POSTGRESQL_URL;
    const db = await ferret.startFerret({ port: await procs.freePort(), dir: dataDir, echo: false, postgresqlUrl });
    started.push(db);
    const port = await procs.freePort();
    const mongoUri = `${db.uri}concordia_bench_${suffix}`;
    // e.g. BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the API under load.
    const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const api = procs.startService('api', process.execPath, [...nodeArgs, path.join(ROOT, 'apps/api/dist/main.js')], {
      echo: process.env.BENCH_ECHO === 'true',
      env: {
        NODE_ENV: 'development',
        API_HOST: '127.0.0.1',
        API_PORT: String(port),
        MONGODB_URI: mongoUri,
        REDIS_URL: redisUrl,
        REDIS_PREFIX: redisPrefix,
        JWT_ACCESS_SECRET: randomBytes(32).toString('hex'),
        SEED_DEMO: 'true',
        // Request logs would cost the API time the bare baseline does not spend.
        LOG_LEVEL: 'warn',
        // One delegate posts 20 a second (live), one secretariat searches or reads the matrix in a
        // loop (positions, search): far beyond a person, so the limits are counted but never met.
        RATE_LIMIT_ACCOUNT_PER_MINUTE: '1000000',
        RATE_LIMIT_COSTLY_PER_MINUTE: '1000000',
      },
    });
    started.push(api);
    const baseUrl = `http://127.0.0.1:${port}`;
    await procs.waitFor(api, 'the API to be ready', () => procs.httpOk(`${baseUrl}/api/health/ready`), 90_000);
    return { baseUrl, redisPrefix, mongoUri, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Deletes a benchmark's Redis keys; best effort (nothing to clean when Redis is gone). */
export async function dropRedisKeys(url: string, pattern: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    for await (const keys of redis.scanStream({ match: pattern, count: 500 }) as AsyncIterable<string[]>) {
      if (keys.length > 0) await redis.unlink(...keys);
    }
  } catch {
    // Best effort: nothing to clean when Redis is gone.
  } finally {
    redis.disconnect();
  }
}

/** JSON request with a time bound; throws with the status and body on anything but 2xx. */
export async function api<T>(
  baseUrl: string,
  method: string,
  url: string,
  token?: string,
  body?: unknown,
  timeoutMs = 10_000,
): Promise<T> {
  const res = await fetch(`${baseUrl}${url}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await api<{ accessToken: string }>(baseUrl, 'POST', '/api/auth/login', undefined, { email, password });
  return res.accessToken;
}

/** The demo seed's open round, as the delegate sees it. */
export async function openDemoRound(baseUrl: string, token: string): Promise<{ roundId: string }> {
  const processes = await api<{ items: { id: string }[] }>(baseUrl, 'GET', '/api/processes', token);
  for (const p of processes.items) {
    const rounds = await api<{ items: { id: string; status: string }[] }>(
      baseUrl,
      'GET',
      `/api/processes/${p.id}/rounds`,
      token,
    );
    const open = rounds.items.find((r) => r.status === 'open');
    if (open) return { roundId: open.id };
  }
  throw new Error('the demo seed has no open round visible to the delegate');
}

/**
 * Runs a benchmark that loads its data with the driver: a throwaway FerretDB and API, a
 * connection to the API's database, both closed afterwards. The process exits with 1 when the
 * benchmark says a target was missed, or fails.
 */
export function runWithBenchDatabase(run: (bench: BenchApi, db: mongoose.mongo.Db) => Promise<{ missed: boolean }>) {
  const main = async () => {
    console.log('starting a throwaway FerretDB and API…');
    const bench = await startBenchApi();
    const connection = await mongoose.createConnection(bench.mongoUri).asPromise();
    try {
      const db = connection.db;
      if (!db) throw new Error('no database on the connection');
      if ((await run(bench, db)).missed) process.exitCode = 1;
    } finally {
      await connection.close();
      await bench.stop();
    }
  };
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
