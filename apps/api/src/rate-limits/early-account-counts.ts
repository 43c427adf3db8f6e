import { Inject, Injectable } from '@nestjs/common';
import { InjectThrottlerStorage, type ThrottlerStorage } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { RATE_LIMITS, RATE_WINDOW_MS } from './rate-limit.decorators';

export type CountRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** The key an account's requests are counted under (the guard's generateKey gives the same). */
export const accountKey = (userId: string): string => `${RATE_LIMITS.account}:${userId}`;

/** Counts begun as requests arrived, by request: the guard takes each once. */
const begun = new WeakMap<object, { key: string; count: Promise<CountRecord> }>();

/**
 * Starts an account's count as its request arrives, when its token is one this process verified
 * before, so the Redis round trip runs beside the arrival's others (the sign-in check's counters)
 * instead of after the guards: every signed-in request is counted, and the hottest one, a new
 * comment, is measured against a bare broadcast (bench/README.md, live delivery). The guard
 * takes the count begun here instead of making its own, so each request still counts once.
 */
@Injectable()
export class EarlyAccountCounts {
  constructor(
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  begin(request: object, userId: string): void {
    const key = accountKey(userId);
    const limit = this.config.http.rateLimits.accountPerMinute;
    const count = this.storage.increment(key, RATE_WINDOW_MS, limit, RATE_WINDOW_MS, RATE_LIMITS.account);
    // Awaited by the guard, which serves the request if Redis is away; never left unhandled.
    count.catch(() => undefined);
    begun.set(request, { key, count });
  }
}

/** The count begun for this request under `key`, once; undefined if none was. */
export function takeEarlyCount(request: object, key: string): Promise<CountRecord> | undefined {
  const early = begun.get(request);
  begun.delete(request);
  return early?.key === key ? early.count : undefined;
}
