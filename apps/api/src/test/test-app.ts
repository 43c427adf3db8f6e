import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Models } from '@concordia/dal';
import { Redis } from 'ioredis';
import type { Connection } from 'mongoose';
import { createApp } from '../app/create-app';
import type { AppConfig } from '../config/app-config';
import { parseConfig } from '../config/parse-config';
import { MODELS, MONGO_CONNECTION } from '../infra/database.module';
import { HttpClient } from './http-client';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  baseUrl: string;
  http: HttpClient;
  models: Models;
  connection: Connection;
  close(): Promise<void>;
}

/** The run's Redis prefix, set by the integration globalSetup, which counts what is left under it. */
export const runRedisPrefix = (): string => process.env.CONCORDIA_IT_REDIS_PREFIX ?? 'concordia_it';

/**
 * Boots the real application in-process on a random port, with its own database and Redis
 * prefix so spec files never see each other's data. MONGODB_URI comes from the integration
 * globalSetup (a throwaway FerretDB).
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const mongoUri = process.env.MONGODB_URI;
  if (!mongoUri) throw new Error('MONGODB_URI is not set: run with jest.int.config.js');
  const suffix = randomBytes(5).toString('hex');
  const config = parseConfig({
    NODE_ENV: 'test',
    MONGODB_URI: mongoUri,
    MONGODB_DB: `concordia_it_${suffix}`,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `${runRedisPrefix()}_${suffix}`,
    JWT_ACCESS_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SEED_DEMO: 'false',
    CORS_ORIGINS: 'http://localhost:4200',
    // Every spec signs in from 127.0.0.1, many times a minute, and fires requests far faster than
    // a person; rate-limits.int-spec.ts sets its own.
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000000',
    RATE_LIMIT_ACCOUNT_PER_MINUTE: '1000000',
    RATE_LIMIT_COSTLY_PER_MINUTE: '1000000',
    ...env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const connection = app.get<Connection>(MONGO_CONNECTION);
  return {
    app,
    config,
    baseUrl,
    http: new HttpClient(baseUrl),
    models: app.get<Models>(MODELS),
    connection,
    close: async () => {
      await connection.dropDatabase();
      await app.close();
      // Everything under the prefix: queues (BullMQ), live logs, leases, counters, the access
      // generations, auth claims, and what the worker processes of the spec wrote. Peers share
      // the prefix and are closed first; the integration teardown fails a run that leaves keys.
      await dropRedisKeys(config.redis.url, `${config.redis.prefix}:*`);
    },
  };
}

/** Live logs and queues keep for months: a test run must not leave them in the shared Redis. */
async function dropRedisKeys(url: string, pattern: string): Promise<void> {
  // Best effort, and silent when the test pointed the app at an unreachable Redis.
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    for await (const keys of redis.scanStream({ match: pattern, count: 500 }) as AsyncIterable<string[]>) {
      if (keys.length > 0) await redis.unlink(...keys);
    }
  } catch {
    // Nothing was written there either.
  } finally {
    redis.disconnect();
  }
}

/**
 * A second API process of the same deployment as `primary`: same database, Redis prefix and
 * token secret, so a token from one is valid on the other. Closing it keeps the database (the
 * primary's close drops it), which is also how an API restart is simulated.
 */
export async function startPeerApp(primary: TestApp, env: Record<string, string> = {}): Promise<TestApp> {
  const peer = await startTestApp({
    ...env,
    MONGODB_DB: primary.config.mongo.dbName,
    REDIS_PREFIX: primary.config.redis.prefix,
    JWT_ACCESS_SECRET: primary.config.auth.jwtAccessSecret,
  });
  return { ...peer, close: () => peer.app.close() };
}
