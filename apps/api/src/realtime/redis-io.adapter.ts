import { type INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { socketIoChannelKey, socketIoRedisParser } from '@concordia/contracts';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { IncomingMessage } from 'node:http';
import type { ServerOptions } from 'socket.io';
import type { AppConfig } from '../config/app-config';
import { closeRedis, createRedis } from '../infra/redis.module';

/**
 * @nestjs/platform-socket.io pins its own socket.io copy (4.8.x, API-identical to ours): its
 * servers are typed from that copy, so they are typed here through the base class signature.
 */
type NestIoServer = Parameters<IoAdapter['close']>[0];

/** Browsers always send Origin; a missing one is a non-browser client, which CORS cannot protect anyway. */
export function isAllowedOrigin(origin: string | undefined, allowList: readonly string[]): boolean {
  return origin === undefined || allowList.includes(origin);
}

const logger = new Logger('SocketRedisAdapter');

/**
 * The Redis adapter fires these commands without awaiting them. When Redis is unreachable they
 * fail (at the latest when the client is closed at shutdown): log it instead of letting the
 * unhandled rejection end the process.
 */
function observeUnawaited(client: Redis, methods: readonly string[]): void {
  const target = client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of methods) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    target[name] = (...args: unknown[]) => {
      const pending = original.apply(client, args);
      pending.catch((error: unknown) =>
        logger.warn(
          { command: name, err: error instanceof Error ? error.message : String(error) },
          'socket.io redis command failed',
        ),
      );
      return pending;
    };
  }
}

/**
 * socket.io server with the Redis adapter (so several API instances and the worker's emitter
 * reach the same rooms) and the Origin allow-list applied to every transport, including the
 * WebSocket upgrade that CORS headers alone would not stop.
 */
export class RedisIoAdapter extends IoAdapter {
  private readonly pub: Redis;
  private readonly sub: Redis;

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
    this.pub = createRedis(config.redis.url, `${config.redis.prefix}:api-io-pub`, 'wait');
    this.sub = createRedis(config.redis.url, `${config.redis.prefix}:api-io-sub`, 'wait');
    observeUnawaited(this.pub, ['publish']);
    observeUnawaited(this.sub, ['subscribe', 'psubscribe', 'unsubscribe', 'punsubscribe']);
  }

  /** Adapter key: the rooms of one environment never mix with another's on a shared Redis. */
  static channelKey(prefix: string): string {
    return socketIoChannelKey(prefix);
  }

  override createIOServer(port: number, options?: ServerOptions): NestIoServer {
    const origins = this.config.http.corsOrigins;
    const server = super.createIOServer(port, {
      ...options,
      cors: { origin: origins, credentials: true },
      allowRequest: (req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void) => {
        const allowed = isAllowedOrigin(req.headers.origin, origins);
        callback(allowed ? null : 'origin not allowed', allowed);
      },
    }) as NestIoServer;
    server.adapter(
      createAdapter(this.pub, this.sub, {
        key: RedisIoAdapter.channelKey(this.config.redis.prefix),
        parser: socketIoRedisParser,
      }),
    );
    return server;
  }

  override async close(server: NestIoServer): Promise<void> {
    await super.close(server);
    await Promise.all([closeRedis(this.pub), closeRedis(this.sub)]);
  }
}
