import { Inject, Injectable, Logger } from '@nestjs/common';
import { rooms, type ServerToClientEvents, socketIoChannelKey, socketIoRedisParser } from '@concordia/contracts';
import { type Models, storeUnread } from '@concordia/dal';
import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';
import { Types } from 'mongoose';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InjectModels } from '../infra/database.module';
import { InjectRedis } from '../infra/redis.module';

/**
 * Counts a user's unread notifications and tells every tab of theirs (all API processes). Each
 * count taken here also replaces the user's counter in Redis, which the worker adds to when it
 * stores notifications (libs/dal/src/unread-counts.ts): every page load and mark-read corrects it.
 */
@Injectable()
export class UnreadCounts {
  private readonly logger = new Logger(UnreadCounts.name);
  private readonly emitter: Emitter<ServerToClientEvents>;
  private readonly prefix: string;

  constructor(
    @InjectModels() private readonly models: Models,
    @InjectRedis() private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const publisher = {
      publish: (channel: string, message: Buffer | string) =>
        redis.publish(channel, message).catch((error: unknown) => {
          this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'unread count not sent');
          return 0;
        }),
    };
    this.emitter = new Emitter<ServerToClientEvents>(publisher, {
      key: socketIoChannelKey(config.redis.prefix),
      parser: socketIoRedisParser,
    });
    this.prefix = config.redis.prefix;
  }

  async count(userId: string): Promise<number> {
    const unread = await this.models.notifications
      .countDocuments({ userId: new Types.ObjectId(userId), readAt: null })
      .exec();
    // Without Redis the answer still stands; the worker counts in the database when it finds no counter.
    await storeUnread(this.redis, this.prefix, userId, unread).catch((error: unknown) => {
      this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'unread counter not stored');
    });
    return unread;
  }

  async publish(userId: string): Promise<number> {
    const unread = await this.count(userId);
    this.emitter.to(rooms.user(userId)).emit('notifications:unread', { unread });
    return unread;
  }
}
