import type { FactoryProvider } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { LOGGER } from '../logging/logger';
import { redactUrl } from '../logging/redact-url';

/** Injection token of the ioredis client shared by every queue and worker. */
export const REDIS = Symbol('REDIS');

const CONNECT_TIMEOUT_MS = 15_000;

export const redisProvider: FactoryProvider<Promise<Redis>> = {
  provide: REDIS,
  inject: [WORKER_CONFIG, LOGGER],
  useFactory: async (config: WorkerConfig, logger: Logger) => {
    // BullMQ workers block on this connection: per-request retries must be unlimited (null),
    // otherwise a Redis restart makes a worker throw instead of waiting for it to come back.
    const redis = new Redis(config.redis.url, { maxRetriesPerRequest: null, lazyConnect: true });
    redis.on('error', (error: Error) => logger.warn({ err: error }, 'redis connection error'));
    try {
      await withTimeout(redis.connect(), CONNECT_TIMEOUT_MS);
    } catch (error) {
      redis.disconnect();
      throw new Error(`Redis unreachable at ${redactUrl(config.redis.url)}: ${(error as Error).message}`);
    }
    return redis;
  },
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
