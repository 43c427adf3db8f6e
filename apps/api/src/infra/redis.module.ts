import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export const REDIS = Symbol('REDIS');

export const InjectRedis = (): ParameterDecorator => Inject(REDIS);

const redisLogger = new Logger('Redis');

/**
 * `commands: 'fail-fast'` (default) rejects commands while disconnected, so readiness answers
 * instead of hanging (after the next reconnection attempt, up to about two seconds); `'at-once'`
 * rejects them without waiting for it (the rate limits, counted on every request); `'wait'`
 * queues them until Redis is back (the socket.io adapter's subscriptions, which nobody awaits).
 * Either way the client reconnects forever.
 */
export function createRedis(
  url: string,
  name: string,
  commands: 'fail-fast' | 'at-once' | 'wait' = 'fail-fast',
  keyPrefix?: string,
): Redis {
  const redis = new Redis(url, {
    connectionName: name,
    maxRetriesPerRequest: commands === 'wait' ? null : 1,
    enableOfflineQueue: commands !== 'at-once',
    ...(keyPrefix ? { keyPrefix } : {}),
  });
  // Without a listener ioredis prints every failed reconnection attempt to stderr.
  redis.on('error', (error: Error) =>
    redisLogger.warn({ connection: name, err: error.message }, 'redis connection error'),
  );
  return redis;
}

/** quit() waits for the server; a client that is not connected is just dropped. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status !== 'ready') {
    redis.disconnect();
    return;
  }
  try {
    await redis.quit();
  } catch {
    redis.disconnect();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Redis => createRedis(config.redis.url, `${config.redis.prefix}:api`),
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisModule.name);

  constructor(@InjectRedis() private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await closeRedis(this.redis);
    this.logger.log('redis connection closed');
  }
}
