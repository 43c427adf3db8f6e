import { Inject, Injectable, Logger } from '@nestjs/common';
import { rooms, type ServerToClientEvents, socketIoChannelKey, socketIoRedisParser } from '@concordia/contracts';
import type { Models } from '@concordia/dal';
import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';
import { Types } from 'mongoose';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InjectModels } from '../infra/database.module';
import { InjectRedis } from '../infra/redis.module';

/** Counts a user's unread notifications and tells every tab of theirs (all API processes). */
@Injectable()
export class UnreadCounts {
  private readonly logger = new Logger(UnreadCounts.name);
  private readonly emitter: Emitter<ServerToClientEvents>;

  constructor(
    @InjectModels() private readonly models: Models,
    @InjectRedis() redis: Redis,
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
  }

  count(userId: string): Promise<number> {
    return this.models.notifications.countDocuments({ userId: new Types.ObjectId(userId), readAt: null }).exec();
  }

  async publish(userId: string): Promise<number> {
    const unread = await this.count(userId);
    this.emitter.to(rooms.user(userId)).emit('notifications:unread', { unread });
    return unread;
  }
}
