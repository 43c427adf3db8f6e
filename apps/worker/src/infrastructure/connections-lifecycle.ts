import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logger';
import { MONGO_CONNECTION } from './mongo.provider';
import { REDIS } from './redis.provider';

/**
 * Closes Redis and MongoDB last: Nest runs every `beforeApplicationShutdown` hook (where the
 * workers finish their jobs) before any `onApplicationShutdown` hook.
 */
@Injectable()
export class ConnectionsLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(MONGO_CONNECTION) private readonly mongo: Connection,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([
      this.redis.quit().catch((error: Error) => {
        this.logger.warn({ err: error }, 'redis did not close cleanly');
        this.redis.disconnect();
      }),
      this.mongo.close(),
    ]);
    this.logger.info('connections closed');
  }
}
