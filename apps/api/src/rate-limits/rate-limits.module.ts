import { Module } from '@nestjs/common';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EarlyAccountCounts } from './early-account-counts';
import { RATE_LIMITS, RATE_WINDOW_MS } from './rate-limit.decorators';
import { accountOf, isCostlyRequest, isOpenRoute, isSignInRoute } from './rate-limit-scopes';
import { RATE_REDIS, RateRedisModule } from './rate-redis.module';

/**
 * The limits of RateLimitGuard: @nestjs/throttler, counted in Redis by
 * @nest-lab/throttler-storage-redis so that every API process shares the count. Routes open
 * without signing in are counted per client address, the others per account.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [RateRedisModule],
      inject: [APP_CONFIG, RATE_REDIS],
      useFactory: (config: AppConfig, redis: Redis) => {
        const limits = config.http.rateLimits;
        return {
          storage: new ThrottlerStorageRedisService(redis),
          throttlers: [
            {
              name: RATE_LIMITS.anonymous,
              ttl: RATE_WINDOW_MS,
              limit: limits.anonymousPerMinute,
              skipIf: (context) => !isOpenRoute(context),
            },
            {
              name: RATE_LIMITS.signIn,
              ttl: RATE_WINDOW_MS,
              limit: limits.signInPerMinute,
              skipIf: (context) => !isSignInRoute(context),
            },
            {
              name: RATE_LIMITS.account,
              ttl: RATE_WINDOW_MS,
              limit: limits.accountPerMinute,
              skipIf: isOpenRoute,
              getTracker: accountOf,
            },
            {
              name: RATE_LIMITS.costly,
              ttl: RATE_WINDOW_MS,
              limit: limits.costlyPerMinute,
              skipIf: (context) => isOpenRoute(context) || !isCostlyRequest(context),
              getTracker: accountOf,
            },
          ],
        };
      },
    }),
  ],
  providers: [EarlyAccountCounts],
  exports: [EarlyAccountCounts],
})
export class RateLimitsModule {}
