import { QueueName } from '@concordia/contracts';
import type { NotificationDeliveryRecord } from '@concordia/dal';
import { Queue } from 'bullmq';
import { Types } from 'mongoose';
import { addMembership, createProcess, createUser } from '../test/fixtures';
import { type MailSink, startMailSink } from '../test/mail-sink';
import { startTestApp, type TestApp } from '../test/test-app';
import { startWorker, type WorkerProcess } from '../test/worker-process';
import { eventually } from './test/notification-fixtures';

const RECIPIENTS = 60;
/** A crashed worker's jobs are taken over after this long (WORKER_LOCK_MS). */
const LOCK_MS = 2_000;

/**
 * The real worker process is killed with SIGKILL while it is sending a batch of emails, then
 * started again. Every recipient must get the email, and a second copy may exist only where the
 * crash fell between "the SMTP server accepted it" and "the worker recorded it": that claim shows
 * two attempts and both copies carry the same Message-ID (see Deliveries).
 */
describe('worker killed with SIGKILL in the middle of a batch of emails', () => {
  let t: TestApp;
  let sink: MailSink;
  let producer: Queue;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    sink = await startMailSink();
    t = await startTestApp();
    producer = new Queue(QueueName.Notifications, {
      connection: { url: t.config.redis.url },
      prefix: t.config.redis.prefix,
    });
  });

  afterAll(async () => {
    await producer?.close();
    for (const worker of workers) await worker.kill();
    await workers.at(-1)?.stop();
    await t?.close();
    await sink?.stop();
  });

  it('delivers every email after a restart, none twice outside the documented window', async () => {
    const processId = await createProcess(t.models);
    const people: { id: string; email: string }[] = [];
    for (let i = 0; i < RECIPIENTS; i++) {
      const user = await createUser(t.models);
      await addMembership(t.models, processId, user.id, 'observer');
      people.push(user);
    }
    const env = { SMTP_URL: sink.smtpUrl, WORKER_LOCK_MS: String(LOCK_MS), WORKER_CONCURRENCY: '4' };
    workers.push(await startWorker(t, env, { keepQueues: true }));

    const eventId = new Types.ObjectId().toHexString();
    await producer.add(
      'dispatch',
      {
        eventId,
        event: {
          type: 'version.published',
          processId,
          actorUserId: null,
          actorName: null,
          draftId: new Types.ObjectId().toHexString(),
          versionId: new Types.ObjectId().toHexString(),
          label: 'Rev.7',
        },
      },
      { jobId: eventId },
    );
    const ofEvent = async () => (await sink.messages()).filter((m) => m.subject.includes('Rev.7'));

    // Kill it once part of the batch has gone out.
    await eventually('the first emails', async () => ((await ofEvent()).length >= 10 ? true : undefined), 30_000);
    await workers[0].kill();
    const atKill = (await ofEvent()).length;
    expect(atKill).toBeLessThan(RECIPIENTS);

    workers.push(await startWorker(t, env, { keepQueues: true }));
    await eventually(
      'every recipient to get the email',
      async () => {
        const got = new Set((await ofEvent()).flatMap((m) => m.to.map((to) => to.address)));
        return people.every((p) => got.has(p.email)) ? true : undefined;
      },
      60_000,
    );
    // Time for any stray duplicate to land.
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const mails = await ofEvent();
    const deliveries = await t.models.notificationDeliveries
      .find({ _id: { $regex: `^${eventId}-` } })
      .lean<NotificationDeliveryRecord[]>()
      .exec();
    expect(deliveries).toHaveLength(RECIPIENTS);
    expect(deliveries.every((d) => d.state === 'sent')).toBe(true);
    for (const person of people) {
      const copies = mails.filter((m) => m.to.some((to) => to.address === person.email));
      const delivery = deliveries.find((d) => d.userId === person.id)!;
      if (copies.length === 1) continue;
      // A second copy only after an ambiguous claim, and it is recognisably the same message.
      expect({ email: person.email, copies: copies.length, attempts: delivery.attempts }).toEqual({
        email: person.email,
        copies: 2,
        attempts: 2,
      });
      expect(copies[0].headers['message-id']).toBe(copies[1].headers['message-id']);
    }
    // The worker's duplicate window (send-email.handler.ts): two emails per pooled SMTP
    // connection between send and stored delivery, 5 connections here.
    expect(mails.length - RECIPIENTS).toBeLessThanOrEqual(10);
    // The in-app side is exactly once regardless.
    expect(await t.models.notifications.countDocuments({ eventId })).toBe(RECIPIENTS);
  }, 120_000);
});
