import { type Notification, QueueName, type Round, streams } from '@concordia/contracts';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { type Negotiation, openRound } from '../annotations/test/negotiation';
import { emailOf, eventually, notificationsOf } from '../notifications/test/notification-fixtures';
import { type NotificationStack, startNotificationStack } from '../notifications/test/notification-stack';
import type { MailSink } from '../test/mail-sink';
import {
  afterDeadline,
  inMs,
  SETUP_TIMEOUT_MS,
  sleep,
  TOO_SLOW,
  withNotice,
  WORKER_TEST_TIMEOUT_MS,
} from '../test/deadlines';
import { itemsOf } from '../test/http-client';
import { LiveClient } from '../test/live-client';
import type { TestApp } from '../test/test-app';

const DAY = 86_400_000;
/** Long enough for a stray duplicate to arrive, short enough to keep the suite quick. */
const SETTLE_MS = 1_500;
/** How long the worker may take, once a closing time has passed, to close the round (a loaded machine included). */
const WORKER_SLACK_MS = 30_000;

/** Job ids of the worker's delayed jobs, which name the closing time they were placed for. */
const reminderId = (round: Pick<Round, 'id'>, closesAt: string) => `reminder-${round.id}-${Date.parse(closesAt)}`;
const closeId = (round: Pick<Round, 'id'>, closesAt: string) => `close-${round.id}-${Date.parse(closesAt)}`;

/** A round's closing time with the real worker: its change notifies and moves the delayed jobs; at it, the round closes. */
describe("a round's closing time (API, relay, worker process)", () => {
  let stack: NotificationStack | undefined;
  let t: TestApp;
  let sink: MailSink;
  let n: Negotiation;
  let connection: Redis;
  let notifications: Queue;
  let procedures: Queue;

  const newRound = (name: string): Promise<Round> =>
    openRound(t, n.processId, n.published.id, n.chair.id, [n.a.id, n.b.id], n.secretariat.token, name);
  const moveClosing = (roundId: string, closesAt: string, token = n.chair.token) =>
    t.http.put(`/api/rounds/${roundId}/closes-at`, { closesAt }, { token });
  const about = (round: Round, type: Notification['event']['type'], items: Notification[]) =>
    items.filter((i) => i.event.type === type && 'roundId' in i.event && i.event.roundId === round.id);
  /** Waits for a job the worker runs and answers what it returned. */
  const settled = async (job: Awaited<ReturnType<Queue['add']>>, queue: Queue): Promise<unknown> => {
    const give = Date.now() + WORKER_SLACK_MS;
    while (!['completed', 'failed'].includes(await job.getState()) && Date.now() < give) await sleep(100);
    return (await queue.getJob(job.id!))?.returnvalue as unknown;
  };
  const jobState = async (queue: Queue, id: string): Promise<string | null> =>
    (await (await queue.getJob(id))?.getState()) ?? null;

  beforeAll(async () => {
    stack = await startNotificationStack();
    ({ t, sink, n } = stack);
    connection = new Redis(t.config.redis.url, { maxRetriesPerRequest: null });
    const options = { connection, prefix: t.config.redis.prefix };
    notifications = new Queue(QueueName.Notifications, options);
    procedures = new Queue(QueueName.Procedures, options);
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await notifications?.close();
    await procedures?.close();
    await connection?.quit();
    await stack?.stop();
  });

  it(
    'tells the participants once of a moved closing time, and moves the reminder and the automatic close with it',
    async () => {
      const round = await newRound('Extended reading');
      // Opening placed both delayed jobs for the first closing time.
      await eventually('the jobs of the first closing time', async () =>
        (await jobState(notifications, reminderId(round, round.closesAt))) === 'delayed' &&
        (await jobState(procedures, closeId(round, round.closesAt))) === 'delayed'
          ? true
          : undefined,
      );

      const later = new Date(Date.now() + 40 * DAY).toISOString();
      expect((await moveClosing(round.id, later)).status).toBe(200);

      const told = await eventually('the notice of the new closing time', async () => {
        const found = about(round, 'round.deadline_changed', (await notificationsOf(t, n.headB)).items);
        return found.length > 0 ? found : undefined;
      });
      expect(told.map((i) => i.event)).toEqual([
        expect.objectContaining({ closesAt: later, previousClosesAt: round.closesAt, roundName: 'Extended reading' }),
      ]);
      const address = await emailOf(t, n.headB);
      await eventually('its email', async () =>
        (await sink.to(address)).some(
          (m) => m.subject.startsWith('Extended reading') && m.subject.includes('now closes'),
        )
          ? true
          : undefined,
      );
      await sleep(SETTLE_MS);
      expect(about(round, 'round.deadline_changed', (await notificationsOf(t, n.headB)).items)).toHaveLength(1);
      expect(
        (await sink.to(address)).filter(
          (m) => m.subject.startsWith('Extended reading') && m.subject.includes('now closes'),
        ),
      ).toHaveLength(1);
      // The chair who moved it, and a delegation outside the round, are not told.
      expect(about(round, 'round.deadline_changed', (await notificationsOf(t, n.chair)).items)).toEqual([]);
      expect(about(round, 'round.deadline_changed', (await notificationsOf(t, n.delegateC)).items)).toEqual([]);

      await eventually('the jobs of the new closing time, in place of the first', async () =>
        (await jobState(notifications, reminderId(round, later))) === 'delayed' &&
        (await jobState(procedures, closeId(round, later))) === 'delayed' &&
        (await jobState(notifications, reminderId(round, round.closesAt))) === null &&
        (await jobState(procedures, closeId(round, round.closesAt))) === null
          ? true
          : undefined,
      );
      // A close job of the first closing time firing anyway (one not removed in time) does nothing.
      const stale = await procedures.add('close-round', { roundId: round.id, closesAt: round.closesAt });
      expect(await settled(stale, procedures)).toEqual({ outcome: 'skipped', reason: 'stale_closing_time' });
      expect((await t.http.get(`/api/rounds/${round.id}`, { token: n.headB.token })).body.status).toBe('open');
    },
    WORKER_TEST_TIMEOUT_MS,
  );

  it(
    'closes an open round by itself at its closing time, as the chair would: status, live event, notification, audit',
    async () => {
      const round = await newRound('Self-closing reading');
      const live = await LiveClient.connect(t.baseUrl, n.delegateB.token);
      try {
        await live.join(round.id);
        const moved = await withNotice(async (notice) => {
          const res = await moveClosing(round.id, inMs(notice), n.secretariat.token);
          if (res.status === 400) return TOO_SLOW;
          expect(res.status).toBe(200);
          return res.body as Round;
        });
        const events = () => live.streamEvents(streams.round(round.id)).map((e) => e.event);
        await live.until(
          'round.status closed',
          () => events().some((e) => e.type === 'round.status' && e.status === 'closed'),
          afterDeadline(moved.closesAt, WORKER_SLACK_MS),
        );
        expect(events()).toEqual([
          { type: 'round.closing', closesAt: moved.closesAt },
          { type: 'round.status', status: 'closed' },
        ]);
        expect((await t.http.get(`/api/rounds/${round.id}`, { token: n.headB.token })).body).toMatchObject({
          status: 'closed',
          closesAt: moved.closesAt,
        });
        await eventually('the notice of the closing', async () =>
          about(round, 'round.closed', (await notificationsOf(t, n.headB)).items).length > 0 ? true : undefined,
        );
        const audit = await t.http.get(`/api/processes/${n.processId}/audit?action=round.status_changed`, {
          token: n.secretariat.token,
        });
        expect(
          itemsOf<{ targetId: string; actorName: string; before: unknown; after: unknown }>(audit).filter(
            (i) => i.targetId === round.id,
          )[0],
        ).toMatchObject({
          // The chair answers for the round; nobody clicked.
          actorId: n.chair.id,
          actorName: (await t.models.users.findById(n.chair.id).lean().exec())?.name,
          automatic: 'closing_time',
          before: { status: 'open' },
          after: { status: 'closed', closesAt: moved.closesAt },
        });

        // The same job again (a retry, a duplicate): the round closes once, and is told once.
        const again = await procedures.add('close-round', { roundId: round.id, closesAt: moved.closesAt });
        expect(await settled(again, procedures)).toEqual({ outcome: 'skipped', reason: 'not_open' });
        await sleep(SETTLE_MS);
        expect(about(round, 'round.closed', (await notificationsOf(t, n.headB)).items)).toHaveLength(1);
      } finally {
        live.close();
      }
    },
    WORKER_TEST_TIMEOUT_MS,
  );
});
