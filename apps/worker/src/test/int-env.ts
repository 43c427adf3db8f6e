import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import pino, { type Logger } from 'pino';
import { parseWorkerConfig, type WorkerConfig } from '../config/worker-config';

/**
 * A name no other spec, run or dev stack uses: queue prefixes and database names. It starts
 * with the run's Redis prefix (set by the integration globalSetup), which counts what is left.
 */
export const uniqueName = (label: string): string =>
  `${process.env.CONCORDIA_IT_REDIS_PREFIX ?? 'concordia_it'}_worker_${label}_${process.pid}_${randomBytes(3).toString('hex')}`;

export function requireEnv(name: 'MONGODB_URI' | 'REDIS_URL'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run integration specs with jest -c jest.int.config.js`);
  return value;
}

/** Worker configuration as the process would parse it, isolated by prefix and database name. */
export function testConfig(prefix: string, dbName: string, extra: NodeJS.ProcessEnv = {}): WorkerConfig {
  return parseWorkerConfig({
    NODE_ENV: 'test',
    REDIS_URL: requireEnv('REDIS_URL'),
    REDIS_PREFIX: prefix,
    MONGODB_URI: requireEnv('MONGODB_URI'),
    MONGODB_DB: dbName,
    ...extra,
  });
}

/** Keeps the log lines in memory so a spec can assert on what the worker said. */
export function memoryLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (chunk: string) => void chunks.push(chunk) });
  return { logger, lines: () => chunks.map((chunk) => JSON.parse(chunk) as Record<string, unknown>) };
}

export async function removeRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(requireEnv('REDIS_URL'), { lazyConnect: true });
  await redis.connect();
  try {
    const keys: string[] = [];
    for await (const batch of redis.scanStream({ match: `${prefix}:*`, count: 500 }) as AsyncIterable<string[]>) {
      keys.push(...batch);
    }
    if (keys.length > 0) await redis.unlink(...keys);
  } finally {
    await redis.quit();
  }
}

export async function dropDatabase(dbName: string): Promise<void> {
  const connection = await mongoose.createConnection(requireEnv('MONGODB_URI'), { dbName }).asPromise();
  try {
    await connection.dropDatabase();
  } finally {
    await connection.close();
  }
}

/** Polls until the probe returns a value other than undefined, or fails after the timeout. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
