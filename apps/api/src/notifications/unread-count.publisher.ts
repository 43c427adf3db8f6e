import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  beginUnreadWrites,
  endUnreadWrites,
  type Models,
  readUnread,
  settleUnread,
  type UnreadSeen,
  type UnreadWrite,
} from '@concordia/dal';
import type { Redis } from 'ioredis';
import { Types } from 'mongoose';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InjectModels } from '../infra/database.module';
import { InjectRedis } from '../infra/redis.module';

/**
 * Counts a user's unread notifications and tells every tab of theirs (all API processes). Each
 * count taken here also replaces the user's counter in Redis, which the worker adds to when it
 * stores notifications, unless a write raced with the count (libs/dal/src/unread-counts.ts):
 * every page load and mark-read corrects it. Without Redis the answers still stand, from the
 * database; the counters then lapse or are dropped by the next write that sees the race.
 */
@Injectable()
export class UnreadCounts {
  private readonly logger = new Logger(UnreadCounts.name);
  private readonly prefix: string;

  constructor(
    @InjectModels() private readonly models: Models,
    @InjectRedis() private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.prefix = config.redis.prefix;
  }

  /** The count, stored as the counter when no write raced with it. */
  async count(userId: string): Promise<number> {
    const seen = await this.quietly('unread counter not read', () => readUnread(this.redis, this.prefix, [userId]));
    return this.settle(userId, seen?.get(userId), false);
  }

  /**
   * Runs a write that changes the user's unread notifications (marking read), then counts and
   * pushes the count to all their tabs. The write is announced to the counters first, so a count
   * taken meanwhile by another process is not stored, and its push not sent after this one.
   */
  async afterWrite(userId: string, work: () => Promise<unknown>): Promise<number> {
    const write = await this.quietly('unread write not begun', () =>
      beginUnreadWrites(this.redis, this.prefix, [userId]),
    );
    // Without a begun write, ending still drops the counter (it finds no mark of this writer).
    const ended: UnreadWrite = write ?? { writer: randomUUID(), userIds: [userId] };
    const end = () =>
      this.quietly('unread write not ended', () => endUnreadWrites(this.redis, this.prefix, ended, 'unknown'));
    try {
      await work();
    } catch (error) {
      // Part of it may have been written: the counter is dropped now rather than when the mark lapses.
      await end();
      throw error;
    }
    const seen = await end();
    return this.settle(userId, seen?.get(userId), true);
  }

  private async settle(userId: string, seen: UnreadSeen | undefined, push: boolean): Promise<number> {
    const unread = await this.models.notifications
      .countDocuments({ userId: new Types.ObjectId(userId), readAt: null })
      .exec();
    if (seen) {
      await this.quietly('unread count not stored or sent', () =>
        settleUnread(this.redis, this.prefix, [{ userId, seen, unread, store: true, push }]),
      );
    }
    return unread;
  }

  private async quietly<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
    try {
      return await call();
    } catch (error) {
      this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, what);
      return undefined;
    }
  }
}
