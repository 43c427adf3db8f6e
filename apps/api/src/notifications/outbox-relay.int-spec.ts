import { Collections, type NotificationOutboxRecord } from '@concordia/dal';
import { QueueName } from '@concordia/contracts';
import { Queue } from 'bullmq';
import { Types } from 'mongoose';
import { createProcess } from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';
import { OUTBOX_GRACE_MS } from './outbox-relay.service';
import { eventually } from './test/notification-fixtures';

/** The relay alone (no worker): what it enqueues, what it waits for, what it drops. */
describe('outbox relay', () => {
  let t: TestApp;
  let queue: Queue;

  beforeAll(async () => {
    t = await startTestApp();
    queue = new Queue(QueueName.Notifications, {
      connection: { url: t.config.redis.url },
      prefix: t.config.redis.prefix,
    });
  });

  afterAll(async () => {
    await queue?.close();
    await t?.close();
  });

  const record = (proofId: Types.ObjectId, ageMs: number, field: string | null = null, value: string | null = null) => {
    const _id = new Types.ObjectId();
    const jobId = `${_id.toHexString()}-digest`;
    const doc: NotificationOutboxRecord = {
      _id,
      jobs: [
        {
          queue: QueueName.Notifications,
          job: 'sync-digest-schedule',
          jobId,
          payload: { userId: proofId.toHexString() },
        },
      ],
      commit: { collection: Collections.processes, id: proofId, field, value },
      state: 'pending',
      createdAt: new Date(Date.now() - ageMs),
      settledAt: null,
    };
    return { doc, jobId };
  };
  const stateOf = async (id: Types.ObjectId) =>
    (await t.models.notificationOutbox.findById(id).lean<NotificationOutboxRecord>().exec())?.state;

  it('enqueues a proven record under its outbox job id, once, and marks it sent', async () => {
    const processId = new Types.ObjectId(await createProcess(t.models));
    const { doc, jobId } = record(processId, 0);
    await t.models.notificationOutbox.collection.insertOne(doc);
    await eventually('the record to be sent', async () => ((await stateOf(doc._id)) === 'sent' ? true : undefined));
    const job = await queue.getJob(jobId);
    expect(job?.name).toBe('sync-digest-schedule');
    // Marked pending again, as after a relay crash between enqueuing and marking: no second job.
    await t.models.notificationOutbox.updateOne({ _id: doc._id }, { $set: { state: 'pending' } }).exec();
    await eventually('the record to be sent again', async () =>
      (await stateOf(doc._id)) === 'sent' ? true : undefined,
    );
    expect(await queue.getJobCountByTypes('waiting', 'active', 'completed', 'failed', 'delayed')).toBe(1);
  });

  it('waits while the change is not visible, and drops the record once the grace period is over', async () => {
    const missing = new Types.ObjectId();
    const young = record(missing, 0);
    const old = record(missing, OUTBOX_GRACE_MS + 1_000);
    await t.models.notificationOutbox.collection.insertMany([young.doc, old.doc]);
    await eventually('the old record to be dropped', async () =>
      (await stateOf(old.doc._id)) === 'dropped' ? true : undefined,
    );
    expect(await stateOf(young.doc._id)).toBe('pending');
    expect(await queue.getJob(old.jobId)).toBeUndefined();
    expect(await queue.getJob(young.jobId)).toBeUndefined();
  });

  it('needs the named field to hold the staged value', async () => {
    const processId = new Types.ObjectId(await createProcess(t.models));
    const wrong = record(processId, OUTBOX_GRACE_MS + 1_000, 'description', 'not what is stored');
    const right = record(processId, 0, 'description', 'test');
    await t.models.notificationOutbox.collection.insertMany([wrong.doc, right.doc]);
    await eventually('both records to settle', async () =>
      (await stateOf(wrong.doc._id)) === 'dropped' && (await stateOf(right.doc._id)) === 'sent' ? true : undefined,
    );
  });
});
