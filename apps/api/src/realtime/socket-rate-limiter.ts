import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InjectRedis } from '../infra/redis.module';

/** A user may send bursts of 20 events, refilled at 10 per second (20 per 2 s sustained). */
export const SOCKET_RATE = { capacity: 20, refillPerSecond: 10 } as const;

/**
 * Token bucket in Redis, so the limit holds for a user across every API process and tab. A
 * bucket rather than a fixed window: a burst straddling a window boundary cannot double it.
 * Redis's clock is the only clock, so processes with skewed clocks agree.
 */
const TAKE = `
local now = redis.call('TIME')
local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2]) / 1000
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or ms
tokens = math.min(capacity, tokens + math.max(0, ms - at) * rate)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', ms)
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate))
return allowed
`;

@Injectable()
export class SocketRateLimiter {
  private readonly prefix: string;

  constructor(
    @InjectRedis() private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.prefix = `${config.redis.prefix}:live:rate`;
  }

  /** Spends one token of the user's bucket; false when it is empty. */
  async take(userId: string): Promise<boolean> {
    const allowed = await this.redis.eval(
      TAKE,
      1,
      `${this.prefix}:${userId}`,
      SOCKET_RATE.capacity,
      SOCKET_RATE.refillPerSecond,
    );
    return allowed === 1;
  }
}
