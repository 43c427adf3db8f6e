import { Inject, Injectable } from '@nestjs/common';
import { rooms, type ServerToClientEvents, socketIoChannelKey, socketIoRedisParser } from '@concordia/contracts';
import type { Models } from '@concordia/dal';
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
 */
@Injectable()
export class UnreadNotifier {
  private readonly emitter: Emitter<ServerToClientEvents>;

  constructor(
    @Inject(MODELS) private readonly models: Models,
    @Inject(REDIS) redis: Redis,
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
  }

  async push(userIds: readonly Types.ObjectId[]): Promise<void> {
    if (userIds.length === 0) return;
    const counts = await this.models.notifications
      .aggregate<{ _id: Types.ObjectId; unread: number }>([
        { $match: { userId: { $in: userIds }, readAt: null } },
        { $group: { _id: '$userId', unread: { $sum: 1 } } },
      ])
      .exec();
    const byUser = new Map(counts.map((c) => [c._id.toHexString(), c.unread]));
    for (const id of userIds) {
      const hex = id.toHexString();
      this.emitter.to(rooms.user(hex)).emit('notifications:unread', { unread: byUser.get(hex) ?? 0 });
    }
  }
}
