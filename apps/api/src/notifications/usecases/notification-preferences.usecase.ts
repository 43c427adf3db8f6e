import { Injectable } from '@nestjs/common';
import {
  DIGEST_UNSUBSCRIBE,
  ErrorCode,
  NOTIFICATION_TYPES,
  type NotificationPreferences,
  QueueName,
  type UnsubscribeRequest,
  type UnsubscribeType,
  type UpdateNotificationPreferences,
} from '@concordia/contracts';
import {
  Collections,
  ensureNotificationPreferences,
  type Models,
  type NotificationPreferenceRecord,
} from '@concordia/dal';
import { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { NotFoundError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { toPreferences } from '../notification.mapper';
import { Outbox, outboxJob } from '../outbox.service';

/**
 * Reads and changes how each kind of event reaches the caller. A change also re-syncs the
 * user's daily digest scheduler (through the outbox, like every job caused by a change).
 */
@Injectable()
export class NotificationPreferencesUseCase {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly outbox: Outbox,
    private readonly audit: AuditLogService,
  ) {}

  async get(principal: Principal): Promise<NotificationPreferences> {
    const record = await ensureNotificationPreferences(this.models, principal.userId);
    return toPreferences(record, await this.timeZoneOf(record.userId));
  }

  async update(principal: Principal, request: UpdateNotificationPreferences): Promise<NotificationPreferences> {
    const record = await ensureNotificationPreferences(this.models, principal.userId);
    const after = await this.save(record, request.modes ?? {}, request.digestHour);
    await this.audit.record({
      actor: principal,
      processId: null,
      action: 'notifications.preferences_changed',
      targetType: 'user',
      targetId: record.userId,
      // As stored (a list): the type names contain dots, which FerretDB refuses as keys.
      before: { modes: record.modes, digestHour: record.digestHour },
      after: { modes: after.modes, digestHour: after.digestHour },
      summary: 'Notification preferences changed',
      context: {},
    });
    return toPreferences(after, await this.timeZoneOf(record.userId));
  }

  /**
   * The link of an email: turns one kind of email off for the token's owner, without signing in
   * (the digest's link: every kind it gathers). Only the email: the events still reach the bell
   * ("off" would drop them there too).
   */
  async unsubscribe(request: UnsubscribeRequest): Promise<{ type: UnsubscribeType; mode: 'bell' }> {
    const record = await this.models.notificationPreferences
      .findOne({ unsubscribeToken: request.token })
      .lean<NotificationPreferenceRecord>()
      .exec();
    if (!record) throw new NotFoundError('This unsubscribe link is not valid', ErrorCode.UnsubscribeInvalid);
    // The digest's own link: every kind gathered in the digest goes to the bell only.
    const types =
      request.type === DIGEST_UNSUBSCRIBE
        ? record.modes.filter((m) => m.mode === 'digest').map((m) => m.type)
        : [request.type];
    await this.save(record, Object.fromEntries(types.map((type) => [type, 'bell'])), undefined);
    return { type: request.type, mode: 'bell' };
  }

  private async save(
    record: NotificationPreferenceRecord,
    modes: UpdateNotificationPreferences['modes'] & object,
    digestHour: number | undefined,
  ): Promise<NotificationPreferenceRecord> {
    const merged = new Map(record.modes.map((m) => [m.type, m.mode]));
    for (const type of NOTIFICATION_TYPES) {
      const mode = modes[type];
      if (mode) merged.set(type, mode);
    }
    const after: NotificationPreferenceRecord = {
      ...record,
      modes: [...merged].map(([type, mode]) => ({ type, mode })),
      digestHour: digestHour ?? record.digestHour,
      updatedAt: new Date(),
    };
    await this.outbox.stage(
      {
        collection: Collections.notificationPreferences,
        id: record._id,
        field: 'updatedAt',
        value: after.updatedAt.toISOString(),
      },
      [
        outboxJob(QueueName.Notifications, 'sync-digest-schedule', 'digest', () => ({
          userId: record.userId.toHexString(),
        })),
      ],
    );
    await this.models.notificationPreferences
      .updateOne(
        { _id: record._id },
        { $set: { modes: after.modes, digestHour: after.digestHour, updatedAt: after.updatedAt } },
      )
      .exec();
    this.outbox.committed();
    return after;
  }

  private async timeZoneOf(userId: Types.ObjectId): Promise<string> {
    const user = await this.models.users.findById(userId, { timeZone: 1 }).lean<{ timeZone: string }>().exec();
    return user?.timeZone ?? 'UTC';
  }
}
