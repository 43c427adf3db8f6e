import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { closeRedis, createRedis } from '../infra/redis.module';

export const RATE_REDIS = Symbol('RATE_REDIS');

/**
 * The rate limits' own connection: the library's script names its keys without our prefix, so
 * the connection adds it (`<REDIS_PREFIX>:rate:`), keeping a deployment's keys together.
 */
@Module({
  providers: [
    {
      provide: RATE_REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Redis =>
        createRedis(config.redis.url, `${config.redis.prefix}:rate`, 'fail-fast', `${config.redis.prefix}:rate:`),
    },
  ],
  exports: [RATE_REDIS],
})
export class RateRedisModule implements OnApplicationShutdown {
  constructor(@Inject(RATE_REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await closeRedis(this.redis);
  }
}
