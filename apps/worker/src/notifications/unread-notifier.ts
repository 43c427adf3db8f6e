import { Inject, Injectable } from '@nestjs/common';
import { rooms, type ServerToClientEvents, socketIoChannelKey, socketIoRedisParser } from '@concordia/contracts';
import { forgetUnread, incrementUnread, type Models, storeMissingUnread } from '@concordia/dal';
import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';
import type { Types } from 'mongoose';
import type { Logger } from 'pino';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { MODELS } from '../infrastructure/models.provider';
import { REDIS } from '../infrastructure/redis.provider';
import { LOGGER } from '../logging/logger';

/**
 * Pushes unread counts to the users' sockets without being a socket.io server: the emitter
 * publishes on the API adapter's channel, and every API process delivers to the sockets it holds
 * in the room `user:<id>`. A failed push is logged; the count is read again on the next page load.
 * The counts come from the counters in Redis (libs/dal/src/unread-counts.ts); only users without
 * one are counted in the database, in one read for all of them.
 */
@Injectable()
export class UnreadNotifier {
  private readonly emitter: Emitter<ServerToClientEvents>;
  private readonly prefix: string;

  constructor(
    @Inject(MODELS) private readonly models: Models,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(WORKER_CONFIG) config: WorkerConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    const publisher = {
      publish: (channel: string, message: Buffer | string) =>
        redis.publish(channel, message).catch((error: unknown) => {
          this.logger.warn({ err: error }, 'unread count not pushed');
          return 0;
        }),
    };
    this.emitter = new Emitter<ServerToClientEvents>(publisher, {
      key: socketIoChannelKey(config.redis.prefix),
      parser: socketIoRedisParser,
    });
    this.prefix = config.redis.prefix;
  }

  /** Before a retried dispatch: an earlier attempt may have stored notifications and died before counting them. */
  forget(userIds: readonly Types.ObjectId[]): Promise<void> {
    return forgetUnread(
      this.redis,
      this.prefix,
      userIds.map((id) => id.toHexString()),
    );
  }

  /** After storing one new notification for each of these users. */
  async push(userIds: readonly Types.ObjectId[]): Promise<void> {
    if (userIds.length === 0) return;
    const hex = userIds.map((id) => id.toHexString());
    const counts = await incrementUnread(this.redis, this.prefix, hex);
    const missing = userIds.filter((id) => !counts.has(id.toHexString()));
    if (missing.length > 0) {
      const counted = await this.models.notifications
        .aggregate<{ _id: Types.ObjectId; unread: number }>([
          { $match: { userId: { $in: missing }, readAt: null } },
          { $group: { _id: '$userId', unread: { $sum: 1 } } },
        ])
        .exec();
      const byUser = new Map(counted.map((c) => [c._id.toHexString(), c.unread]));
      const fresh = new Map(missing.map((id) => [id.toHexString(), byUser.get(id.toHexString()) ?? 0]));
      await storeMissingUnread(this.redis, this.prefix, fresh);
      for (const [id, unread] of fresh) counts.set(id, unread);
    }
    for (const id of hex) {
      this.emitter.to(rooms.user(id)).emit('notifications:unread', { unread: counts.get(id) ?? 0 });
    }
  }
}
