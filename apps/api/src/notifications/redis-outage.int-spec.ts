import { type Negotiation, setUpNegotiation } from '../annotations/test/negotiation';
import { type MailSink, startMailSink } from '../test/mail-sink';
import { type OwnRedis, startOwnRedis } from '../test/own-redis';
import { startTestApp, type TestApp } from '../test/test-app';
import { startWorker, type WorkerProcess } from '../test/worker-process';
import { comment, emailOf, eventually, notificationsOf, reply } from './test/notification-fixtures';

const OUTAGE_MS = 10_000;
const REPLIES = 5;

/**
 * Redis (a server of this test's own, never the shared one) is stopped for ten seconds while
 * replies are written. The writes succeed (they need only the database), their outbox records
 * wait, and once Redis is back the relay enqueues them: every notification arrives, in the bell
 * and by email, exactly once. Redis restarts empty, as one without persistence would.
 */
describe('notifications across a Redis outage', () => {
  let redis: OwnRedis;
  let t: TestApp;
  let sink: MailSink;
  let worker: WorkerProcess;
  let n: Negotiation;

  beforeAll(async () => {
    redis = await startOwnRedis();
    sink = await startMailSink();
    t = await startTestApp({ REDIS_URL: redis.url });
    worker = await startWorker(t, { SMTP_URL: sink.smtpUrl, WORKER_LOCK_MS: '2000' });
    n = await setUpNegotiation(t);
  }, 60_000);

  afterAll(async () => {
    await worker?.stop();
    await t?.close();
    await sink?.stop();
    await redis?.stop();
  });

  it('delivers every notification of the replies written while Redis was down', async () => {
    const paragraph = n.published.sections[0].paragraphs[0].key;
    const root = await comment(t, n.delegateA, n.round.id, paragraph, 'Mexico asks to keep this paragraph.');
    const address = await emailOf(t, n.delegateA);

    await redis.stop();
    const down = Date.now();
    const texts: string[] = [];
    for (let i = 0; i < REPLIES; i++) {
      const text = `Reply ${i + 1} written while Redis was down.`;
      await reply(t, n.headB, root.id, text);
      texts.push(text);
    }
    expect(await t.models.notificationOutbox.countDocuments({ state: 'pending' })).toBeGreaterThanOrEqual(REPLIES);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, OUTAGE_MS - (Date.now() - down))));
    await redis.start();

    await eventually(
      'the in-app notifications',
      async () => {
        const replies = (await notificationsOf(t, n.delegateA)).items.filter(
          (i) => i.event.type === 'annotation.replied',
        );
        return replies.length >= REPLIES ? replies : undefined;
      },
      45_000,
    );
    await eventually(
      'the emails',
      async () => {
        const mails = await sink.to(address);
        return texts.every((text) => mails.some((m) => m.text.includes(text))) ? true : undefined;
      },
      45_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const mails = await sink.to(address);
    for (const text of texts) expect(mails.filter((m) => m.text.includes(text))).toHaveLength(1);
    const replies = (await notificationsOf(t, n.delegateA)).items.filter((i) => i.event.type === 'annotation.replied');
    expect(replies).toHaveLength(REPLIES);
    expect(await t.models.notificationOutbox.countDocuments({ state: 'pending' })).toBe(0);
  }, 120_000);
});
