import { jobPayloadSchemas, type NotificationEvent, QueueName } from '@concordia/contracts';
import type { Models, NotificationOutboxRecord, OutboxCommitCheck } from '@concordia/dal';
import { Types } from 'mongoose';

/**
 * The worker's side of the API's outbox (apps/api/src/notifications/outbox.service.ts): the
 * same record, written BEFORE the change it announces, so the API's relay enqueues the
 * `dispatch` job once `commit` proves the change and drops it otherwise. Same job id scheme
 * (`<record id>-<key>`, the event id the dispatcher deduplicates on).
 *
 * A job that is retried after a crash between staging and writing would stage a second record
 * whose proof is the same change: the caller runs under the document's lock, so looking for a
 * live record with that exact proof first keeps it to one. A change that may happen again to the
 * same document (a round closed, reopened and closed again) passes `stagedSince`, the earliest
 * time this occurrence can have been staged, so the record of an earlier one does not count.
 */
export async function stageNotification(
  models: Models,
  commit: OutboxCommitCheck,
  key: string,
  event: NotificationEvent,
  stagedSince?: Date,
): Promise<void> {
  const existing = await models.notificationOutbox
    .findOne({
      'commit.collection': commit.collection,
      'commit.id': commit.id,
      'commit.value': commit.value,
      ...(stagedSince ? { createdAt: { $gte: stagedSince } } : {}),
      // A record the relay dropped (retry more than its grace period later) is staged afresh.
      state: { $in: ['pending', 'sent'] },
    })
    .select({ _id: 1 })
    .lean()
    .exec();
  if (existing) return;
  const _id = new Types.ObjectId();
  const jobId = `${_id.toHexString()}-${key}`;
  const record: NotificationOutboxRecord = {
    _id,
    jobs: [
      {
        queue: QueueName.Notifications,
        job: 'dispatch',
        jobId,
        payload: jobPayloadSchemas[QueueName.Notifications].dispatch.parse({ eventId: jobId, event }),
      },
    ],
    commit,
    state: 'pending',
    createdAt: new Date(),
    settledAt: null,
  };
  await models.notificationOutbox.collection.insertOne(record);
}
