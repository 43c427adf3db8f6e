import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InjectRedis } from '../infra/redis.module';

/**
 * Consecutive failed sign-ins per account, counted in Redis: INCR is atomic across requests and
 * API processes, whereas FerretDB v1 applies `$inc` as a read-modify-write and loses concurrent
 * increments (an attacker could then try passwords in parallel without ever being locked out).
 * The count forgets itself after the lock period, so old mistakes do not add up forever.
 */
@Injectable()
export class LoginFailureCounter {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private key(userId: string): string {
    return `${this.config.redis.prefix}:auth:login-failures:${userId}`;
  }

  /** Records one failure and returns the count including it. */
  async recordFailure(userId: string): Promise<number> {
    const key = this.key(userId);
    const [[incError, count], [expireError]] = (await this.redis
      .multi()
      .incr(key)
      .pexpire(key, this.config.auth.loginLockMinutes * 60_000)
      .exec()) as [[Error | null, number], [Error | null, unknown]];
    if (incError) throw incError;
    if (expireError) throw expireError;
    return count;
  }

  async count(userId: string): Promise<number> {
    return Number((await this.redis.get(this.key(userId))) ?? 0);
  }

  async reset(userId: string): Promise<void> {
    await this.redis.del(this.key(userId));
  }
}
