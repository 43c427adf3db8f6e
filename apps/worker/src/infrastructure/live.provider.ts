import type { FactoryProvider } from '@nestjs/common';
import { LivePublisher, RoundLiveLog } from '@concordia/dal';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { LOGGER } from '../logging/logger';
import { REDIS } from './redis.provider';

/** Injection token of the round events publisher (the API's log and socket.io channel). */
export const LIVE = Symbol('LIVE');

/**
 * The worker is not a socket.io server: it appends to the same Redis stream log as the API and
 * publishes on the Redis adapter's channel, and the API processes deliver to their sockets.
 */
export const liveProvider: FactoryProvider<LivePublisher> = {
  provide: LIVE,
  inject: [REDIS, WORKER_CONFIG, LOGGER],
  useFactory: (redis: Redis, config: WorkerConfig, logger: Logger) =>
    new LivePublisher(new RoundLiveLog(redis, config.redis.prefix), redis, config.redis.prefix, (error) =>
      logger.warn({ err: error }, 'live broadcast failed'),
    ),
};
