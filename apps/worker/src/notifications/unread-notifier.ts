import { Inject, Injectable } from '@nestjs/common';
import {
  beginUnreadWrites,
  endUnreadWrites,
  type Models,
  settleUnread,
  type UnreadChange,
  type UnreadWrite,
} from '@concordia/dal';
import type { Redis } from 'ioredis';
import { Types } from 'mongoose';
import type { Logger } from 'pino';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { MODELS } from '../infrastructure/models.provider';
import { REDIS } from '../infrastructure/redis.provider';
import { LOGGER } from '../logging/logger';

/**
 * Keeps the unread counters of the users a dispatch stores notifications for, and pushes their
 * new counts to their sockets without being a socket.io server: the messages go on the API
 * adapter's channel, and every API process delivers to the sockets it holds in `user:<id>`.
 * The counts come from the counters in Redis (libs/dal/src/unread-counts.ts, which also says
 * why a write is begun before the insert and ended after); only users without a counter are
 * counted in the database, in one read for all of them.
 */
@Injectable()
export class UnreadNotifier {
  private readonly prefix: string;

  constructor(
    @Inject(MODELS) private readonly models: Models,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(WORKER_CONFIG) config: WorkerConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.prefix = config.redis.prefix;
  }

  /** Before inserting notifications for these users. */
  begin(userIds: readonly Types.ObjectId[]): Promise<UnreadWrite> {
    return beginUnreadWrites(
      this.redis,
      this.prefix,
      userIds.map((id) => id.toHexString()),
    );
  }

  /** After a failed dispatch: some of its notifications may be stored, so its users are counted again. */
  async abandon(write: UnreadWrite): Promise<void> {
    await endUnreadWrites(this.redis, this.prefix, write, 'unknown').catch((error: unknown) => {
      // The marks lapse on their own, and the counters with them.
      this.logger.warn({ err: error }, 'unread write not ended');
    });
  }

  /**
   * After storing: `fresh` got one new notification each; with `unsure`, the users of the write
   * are counted again (a retry: an earlier attempt may have stored some without counting them).
   */
  async push(write: UnreadWrite, fresh: readonly Types.ObjectId[], unsure: boolean): Promise<void> {
    if (write.userIds.length === 0) return;
    const changes: ReadonlyMap<string, UnreadChange> | 'unknown' = unsure
      ? 'unknown'
      : new Map(fresh.map((id) => [id.toHexString(), 1]));
    const seen = await endUnreadWrites(this.redis, this.prefix, write, changes);
    const missing = [...seen].filter(([, s]) => s.count === null).map(([id]) => id);
    const counted = new Map<string, number>();
    if (missing.length > 0) {
      const rows = await this.models.notifications
        .aggregate<{ _id: Types.ObjectId; unread: number }>([
          { $match: { userId: { $in: missing.map((id) => new Types.ObjectId(id)) }, readAt: null } },
          { $group: { _id: '$userId', unread: { $sum: 1 } } },
        ])
        .exec();
      for (const row of rows) counted.set(row._id.toHexString(), row.unread);
    }
    await settleUnread(
      this.redis,
      this.prefix,
      [...seen].map(([userId, s]) => ({
        userId,
        seen: s,
        unread: s.count ?? counted.get(userId) ?? 0,
        // A counter just incremented is already right; a database count replaces a missing one.
        store: s.count === null,
        push: true,
      })),
    );
  }
}
