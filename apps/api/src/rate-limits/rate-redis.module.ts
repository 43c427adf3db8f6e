import { Inject, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { closeRedis, createRedis } from '../infra/redis.module';

export const RATE_REDIS = Symbol('RATE_REDIS');

/** How long start-up waits for the connection; Redis down at start must not stop the API. */
const CONNECT_WAIT_MS = 3_000;

/**
 * The rate limits' own connection: the library's script names its keys without our prefix, so
 * the connection adds it (`<REDIS_PREFIX>:rate:`), keeping a deployment's keys together. While
 * Redis is away its commands fail at once: every request is counted, and none should wait for
 * a reconnection to be let through uncounted.
 */
@Module({
  providers: [
    {
      provide: RATE_REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Redis =>
        createRedis(config.redis.url, `${config.redis.prefix}:rate`, 'at-once', `${config.redis.prefix}:rate:`),
    },
  ],
  exports: [RATE_REDIS],
})
export class RateRedisModule implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(RATE_REDIS) private readonly redis: Redis) {}

  /** Commands fail at once until connected: without this wait the first requests go uncounted. */
  async onModuleInit(): Promise<void> {
    if (this.redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, CONNECT_WAIT_MS);
      this.redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await closeRedis(this.redis);
  }
}
