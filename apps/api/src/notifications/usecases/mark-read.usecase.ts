import { Injectable } from '@nestjs/common';
import { ErrorCode, type UnreadCount } from '@concordia/contracts';
import type { Models } from '@concordia/dal';
import { Types } from 'mongoose';
import type { Principal } from '../../authz/principal';
import { NotFoundError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { UnreadCounts } from '../unread-count.publisher';

/**
 * Marks one or all of the caller's notifications read and tells their other tabs the new count.
 * Another user's notification is answered 404, as if it did not exist.
 */
@Injectable()
export class MarkReadUseCase {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly unread: UnreadCounts,
  ) {}

  async one(principal: Principal, notificationId: string): Promise<UnreadCount> {
    const owner = new Types.ObjectId(principal.userId);
    const found = await this.models.notifications
      .findOne({ _id: new Types.ObjectId(notificationId), userId: owner }, { readAt: 1 })
      .lean<{ readAt: Date | null }>()
      .exec();
    if (!found) throw new NotFoundError('That notification does not exist', ErrorCode.NotificationNotFound);
    // Reading twice keeps the first time (and changes no count).
    const unread =
      found.readAt === null
        ? await this.unread.afterWrite(principal.userId, () =>
            this.models.notifications
              .updateOne(
                { _id: new Types.ObjectId(notificationId), userId: owner, readAt: null },
                { $set: { readAt: new Date() } },
              )
              .exec(),
          )
        : await this.unread.count(principal.userId);
    return { unread };
  }

  async all(principal: Principal): Promise<UnreadCount> {
    const unread = await this.unread.afterWrite(principal.userId, () =>
      this.models.notifications
        .updateMany({ userId: new Types.ObjectId(principal.userId), readAt: null }, { $set: { readAt: new Date() } })
        .exec(),
    );
    return { unread };
  }
}
