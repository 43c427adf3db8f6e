import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AnonymousRateGuard } from './anonymous-rate.guard';
import { RATE_LIMITS, SIGN_IN_LIMITED } from './rate-limit.decorators';
import { RATE_REDIS, RateRedisModule } from './rate-redis.module';

const MINUTE_MS = 60_000;

/**
 * Per-address limits of the routes open without signing in: @nestjs/throttler, counted in Redis
 * by @nest-lab/throttler-storage-redis so that every API process shares the count.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [RateRedisModule],
      inject: [APP_CONFIG, RATE_REDIS],
      useFactory: (config: AppConfig, redis: Redis) => ({
        storage: new ThrottlerStorageRedisService(redis),
        throttlers: [
          { name: RATE_LIMITS.anonymous, ttl: MINUTE_MS, limit: config.http.rateLimits.anonymousPerMinute },
          {
            name: RATE_LIMITS.signIn,
            ttl: MINUTE_MS,
            limit: config.http.rateLimits.signInPerMinute,
            skipIf: (context) => Reflect.getMetadata(SIGN_IN_LIMITED, context.getHandler()) !== true,
          },
        ],
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: AnonymousRateGuard }],
})
export class RateLimitsModule {}
