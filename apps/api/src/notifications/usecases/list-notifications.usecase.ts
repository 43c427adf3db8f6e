import { Injectable } from '@nestjs/common';
import type { NotificationList, NotificationListQuery } from '@concordia/contracts';
import type { Models, NotificationRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { toNotification } from '../notification.mapper';
import { UnreadCounts } from '../unread-count.publisher';

/** The caller's own notifications, newest first, a page at a time. */
@Injectable()
export class ListNotificationsUseCase {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly unread: UnreadCounts,
  ) {}

  async execute(principal: Principal, query: NotificationListQuery): Promise<NotificationList> {
    const filter: Record<string, unknown> = { userId: new Types.ObjectId(principal.userId) };
    if (query.before) filter['_id'] = { $lt: new Types.ObjectId(query.before) };
    if (query.unread === 'true') filter['readAt'] = null;
    const [records, unread] = await Promise.all([
      this.models.notifications
        .find(filter)
        .sort({ _id: -1 })
        .limit(query.limit + 1)
        .lean<NotificationRecord[]>()
        .exec(),
      this.unread.count(principal.userId),
    ]);
    const page = records.slice(0, query.limit);
    return {
      items: page.map(toNotification),
      unread,
      next: records.length > query.limit ? page[page.length - 1]._id.toHexString() : null,
    };
  }
}
