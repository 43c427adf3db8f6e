import { ErrorCode, streams, type SilenceProcedure } from '@concordia/contracts';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { type Negotiation, openRound, otherChairToken, setUpNegotiation } from '../annotations/test/negotiation';
import {
  afterDeadline,
  inMs,
  pastDeadline,
  SETUP_TIMEOUT_MS,
  sleep,
  TOO_SLOW,
  withNotice,
  WORKER_TEST_TIMEOUT_MS,
} from '../test/deadlines';
import { addMembership, createUser, login } from '../test/fixtures';
import { LiveClient } from '../test/live-client';
import { startTestApp, type TestApp } from '../test/test-app';
import { startWorker, type WorkerProcess } from '../test/worker-process';

/** How long the worker may take, once a deadline has passed, to conclude (a loaded machine included). */
const WORKER_SLACK_MS = 30_000;

describe('silence procedures, API and worker', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];
  let headC: string;
  let otherChair: string;
  let worker: WorkerProcess | null = null;

  const start = (paragraphKeys: string[], deadline: string, token = n.chair.token, roundId = n.round.id) =>
    t.http.post(`/api/rounds/${roundId}/silence-procedures`, { paragraphKeys, deadline }, { token });
  /** Refused only because the deadline was too close when the request arrived (a slow machine). */
  const tooClose = (res: { status: number; body: { code?: string } }) =>
    res.status === 400 && res.body.code === ErrorCode.SilenceDeadlineInvalid;
  /** Started with `notice`, or TOO_SLOW when the request arrived too late for it. */
  const startWith = async (paragraphKeys: string[], notice: number, roundId = n.round.id) => {
    const res = await start(paragraphKeys, inMs(notice), n.chair.token, roundId);
    if (tooClose(res)) return TOO_SLOW;
    expect(res.status).toBe(201);
    return res.body as SilenceProcedure;
  };
  /** A procedure with the shortest notice the API accepts now. */
  const startShort = (paragraphKeys: string[]) => withNotice((notice) => startWith(paragraphKeys, notice));
  const setStatus = async (key: string, status: string) =>
    expect(
      (await t.http.put(`/api/rounds/${n.round.id}/paragraphs/${key}/status`, { status }, { token: n.chair.token }))
        .status,
    ).toBe(200);
  const breakSilence = (id: string, token: string, statement = 'We cannot join consensus on this wording.') =>
    t.http.post(`/api/silence-procedures/${id}/break`, { statement }, { token });
  const statusOf = async (key: string): Promise<string> => {
    const res = await t.http.get(`/api/rounds/${n.round.id}/paragraph-statuses`, { token: n.delegateB.token });
    return (res.body as { items: { key: string; status: string }[] }).items.find((i) => i.key === key)!.status;
  };
  const procedure = async (id: string): Promise<SilenceProcedure> => {
    const res = await t.http.get(`/api/rounds/${n.round.id}/silence-procedures`, { token: n.delegateB.token });
    return (res.body as { items: SilenceProcedure[] }).items.find((p) => p.id === id)!;
  };
  /** Polls until the procedure leaves `running` (the worker concludes it at its deadline). */
  const ended = async (started: Pick<SilenceProcedure, 'id' | 'deadline'>): Promise<SilenceProcedure> => {
    const give = Date.now() + afterDeadline(started.deadline, WORKER_SLACK_MS);
    for (;;) {
      const p = await procedure(started.id);
      if (p.status !== 'running') return p;
      if (Date.now() > give)
        throw new Error(`procedure ${started.id} still running ${WORKER_SLACK_MS} ms after its deadline`);
      await sleep(150);
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
    const head = await createUser(t.models);
    await addMembership(t.models, n.processId, head.id, 'head_of_delegation', n.c.id);
    headC = (await login(t.http, head.email)).token;
    otherChair = await otherChairToken(t, n.processId);
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await worker?.stop();
    await t.close();
  });

  describe('refusals, with no worker running', () => {
    it('lets only the round chair start one, on known paragraphs, with a reasonable deadline', async () => {
      expect((await start([keys[0]], inMs(60_000), otherChair)).body).toMatchObject({ code: ErrorCode.NotRoundChair });
      expect((await start([keys[0]], inMs(60_000), n.headA.token)).status).toBe(403);
      expect((await start([keys[0]], inMs(60_000), n.outsider.token)).status).toBe(404);
      const past = await start([keys[0]], inMs(-1000));
      expect(past.status).toBe(400);
      expect(past.body).toMatchObject({ code: ErrorCode.SilenceDeadlineInvalid });
      expect((await start([keys[0]], inMs(61 * 24 * 3600 * 1000))).body).toMatchObject({
        code: ErrorCode.SilenceDeadlineInvalid,
      });
      const unknown = await start(['no-such-key'], inMs(60_000));
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: ErrorCode.ParagraphNotFound });
      const empty = await start([], inMs(60_000));
      expect(empty.status).toBe(400);
      expect(empty.body).toMatchObject({ code: ErrorCode.ValidationFailed });
    });

    it('refuses a second running procedure on the same paragraph, and breaks by the wrong people', async () => {
      const res = await start([keys[2]], inMs(60_000));
      expect(res.status).toBe(201);
      const id = (res.body as SilenceProcedure).id;
      expect(res.body).toMatchObject({ status: 'running', revision: 0, paragraphKeys: [keys[2]], broken: null });
      expect((await start([keys[1], keys[2]], inMs(60_000))).body).toMatchObject({
        code: ErrorCode.SilenceParagraphBusy,
      });

      // A delegate is not the head of delegation; C is not in the round; outsiders do not exist.
      expect((await breakSilence(id, n.delegateA.token)).body).toMatchObject({ code: ErrorCode.Forbidden });
      const notInRound = await breakSilence(id, headC);
      expect(notInRound.status).toBe(403);
      expect(notInRound.body).toMatchObject({ code: ErrorCode.DelegationNotInRound });
      expect((await breakSilence(id, n.outsider.token)).body).toMatchObject({ code: ErrorCode.SilenceNotFound });
      expect((await breakSilence(id, n.headA.token, '   ')).body).toMatchObject({ code: ErrorCode.ValidationFailed });

      // The chair's other instruments are the chair's.
      expect(
        (await t.http.put(`/api/silence-procedures/${id}/deadline`, { deadline: inMs(90_000) }, { token: otherChair }))
          .body,
      ).toMatchObject({ code: ErrorCode.NotRoundChair });
      expect((await t.http.post(`/api/silence-procedures/${id}/cancel`, {}, { token: n.headA.token })).status).toBe(
        403,
      );

      const cancelled = await t.http.post(`/api/silence-procedures/${id}/cancel`, {}, { token: n.chair.token });
      expect(cancelled.body).toMatchObject({ status: 'cancelled', endedAt: expect.any(String) });
      expect((await breakSilence(id, n.headA.token)).body).toMatchObject({ code: ErrorCode.SilenceNotRunning });
    });

    it(
      'refuses to break silence twice, and after the deadline even before the worker ran',
      async () => {
        const first = (await start([keys[2]], inMs(60_000))).body as SilenceProcedure;
        expect((await breakSilence(first.id, n.headA.token)).status).toBe(200);
        const twice = await breakSilence(first.id, n.headB.token);
        expect(twice.status).toBe(409);
        expect(twice.body).toMatchObject({ code: ErrorCode.SilenceNotRunning });
        expect((await procedure(first.id)).broken).toMatchObject({ delegationId: n.a.id });

        const short = await startShort([keys[2]]);
        await pastDeadline(short.deadline);
        const late = await breakSilence(short.id, n.headA.token);
        expect(late.status).toBe(409);
        expect(late.body).toMatchObject({ code: ErrorCode.SilenceDeadlinePassed });
        // No worker yet: the paragraph waits for the deadline job, which is still queued.
        expect(await statusOf(keys[2])).toBe('open');
        expect((await procedure(short.id)).status).toBe('running');
        worker = await startWorker(t);
        expect((await ended(short)).status).toBe('concluded');
        expect(await statusOf(keys[2])).toBe('agreed');
      },
      WORKER_TEST_TIMEOUT_MS,
    );
  });

  describe('with the real worker process', () => {
    beforeAll(async () => {
      worker ??= await startWorker(t);
    }, SETUP_TIMEOUT_MS);

    it(
      'adopts the paragraph at the deadline when nobody breaks silence, and tells everyone live',
      async () => {
        const live = await LiveClient.connect(t.baseUrl, n.delegateB.token);
        await live.join(n.round.id);
        try {
          const started = await startShort([keys[0]]);
          const id = started.id;
          // This procedure's conclusion: the previous test's may still be arriving on the stream.
          await live.until(
            'silence.concluded',
            () =>
              live
                .streamEvents(streams.round(n.round.id))
                .some((e) => e.event.type === 'silence.concluded' && e.event.procedure.id === id),
            afterDeadline(started.deadline, WORKER_SLACK_MS),
          );
          const types = live.streamEvents(streams.round(n.round.id)).map((e) => e.event);
          expect(types).toEqual(
            expect.arrayContaining([
              expect.objectContaining({ type: 'silence.started' }),
              { type: 'paragraph.status', paragraphKey: keys[0], status: 'agreed' },
              expect.objectContaining({ type: 'silence.concluded', procedure: expect.objectContaining({ id }) }),
            ]),
          );
          expect(await statusOf(keys[0])).toBe('agreed');
          const audit = await t.models.auditLog.find({ targetId: id }).lean().exec();
          expect(audit.map((a) => a.action).sort()).toEqual(['silence.concluded', 'silence.started']);
          const numbers = [n.published.sections[0].paragraphs[0]?.number];
          expect(Object.fromEntries(audit.map((a) => [a.action, a.context]))).toEqual({
            'silence.started': { round: n.round.name, paragraphs: numbers },
            'silence.concluded': { paragraphs: numbers },
          });
          // Nobody clicked: the deadline acted, for the chair who started the procedure.
          const startEntry = audit.find((a) => a.action === 'silence.started');
          expect(audit.find((a) => a.action === 'silence.concluded')).toMatchObject({
            actorId: startEntry?.actorId,
            actorName: startEntry?.actorName,
            automatic: 'silence_deadline',
          });
        } finally {
          live.close();
        }
      },
      WORKER_TEST_TIMEOUT_MS,
    );

    it(
      'still concludes when the worker was killed and restarted in between',
      async () => {
        const key = keys[1];
        const started = await withNotice(async (notice) => {
          await setStatus(key, 'bracketed');
          const p = await startWith([key], notice);
          if (p === TOO_SLOW) return p;
          await worker!.kill();
          worker = null;
          if (Date.now() < Date.parse(p.deadline)) return p;
          // The worker may have concluded it before it died: not the case under test.
          worker = await startWorker(t);
          await ended(p);
          return TOO_SLOW;
        });
        await pastDeadline(started.deadline, 500);
        // The deadline passed while no worker ran: nothing happened yet.
        expect((await procedure(started.id)).status).toBe('running');
        expect(await statusOf(key)).toBe('bracketed');
        worker = await startWorker(t);
        expect((await ended(started)).status).toBe('concluded');
        expect(await statusOf(key)).toBe('agreed');
      },
      WORKER_TEST_TIMEOUT_MS,
    );

    it(
      'ends the procedure when a delegation breaks silence: everyone sees it and nothing is adopted',
      async () => {
        const key = keys[1];
        const live = await LiveClient.connect(t.baseUrl, n.delegateB.token);
        await live.join(n.round.id);
        try {
          const statement = 'Delegation A requests more time on this paragraph.';
          const { started, res } = await withNotice(async (notice) => {
            await setStatus(key, 'bracketed');
            const p = await startWith([key], notice);
            if (p === TOO_SLOW) return p;
            const answer = await breakSilence(p.id, n.headA.token, statement);
            if (answer.body.code !== ErrorCode.SilenceDeadlinePassed) return { started: p, res: answer };
            // The break arrived after the deadline: not the case under test. Let it conclude.
            await ended(p);
            return TOO_SLOW;
          });
          const id = started.id;
          expect(res.status).toBe(200);
          expect(res.body).toMatchObject({
            status: 'broken',
            broken: { delegationId: n.a.id, delegationName: n.a.name, statement },
          });
          // Already arrived or still on its way: look through everything received.
          const broken = () =>
            live.streamEvents(streams.round(n.round.id)).find((e) => e.event.type === 'silence.broken');
          await live.until('silence.broken', () => broken() !== undefined, 15_000);
          const seen = broken()!;
          expect(seen.event).toMatchObject({ procedure: { id, broken: { delegationName: n.a.name } } });
          // Past the deadline, with the worker running: nothing was adopted.
          await pastDeadline(started.deadline, 1_000);
          expect((await procedure(id)).status).toBe('broken');
          expect(await statusOf(key)).toBe('bracketed');
          const audit = await t.models.auditLog.findOne({ targetId: id, action: 'silence.broken' }).lean().exec();
          expect(audit).toMatchObject({ after: { delegationId: n.a.id } });
        } finally {
          live.close();
        }
      },
      WORKER_TEST_TIMEOUT_MS,
    );

    it(
      'moves the deadline: the old job is gone, a stale one changes nothing, the new one concludes',
      async () => {
        const key = keys[1];
        const id = ((await start([key], inMs(60_000))).body as SilenceProcedure).id;
        const move = (deadline: string) =>
          t.http.put(`/api/silence-procedures/${id}/deadline`, { deadline }, { token: n.chair.token });
        // Far enough that the stale job below runs long before it, however slow the machine.
        const moved = await move(inMs(90_000));
        expect(moved.status).toBe(200);
        expect(moved.body).toMatchObject({ revision: 1, status: 'running' });

        const connection = new Redis(t.config.redis.url, { maxRetriesPerRequest: null });
        const queue = new Queue('procedures', { connection, prefix: t.config.redis.prefix });
        const settled = async (job: Awaited<ReturnType<typeof queue.add>>): Promise<unknown> => {
          const give = Date.now() + WORKER_SLACK_MS;
          while (!['completed', 'failed'].includes(await job.getState()) && Date.now() < give) await sleep(100);
          return (await queue.getJob(job.id!))?.returnvalue as unknown;
        };
        try {
          expect(await queue.getJob(`silence:${id}:0`)).toBeUndefined();
          expect(await queue.getJob(`silence:${id}:1`)).toBeDefined();
          // A stale job (revision 0) firing anyway, e.g. one that could not be removed in time.
          const stale = await queue.add('silence-deadline', { procedureId: id, revision: 0 });
          expect(await settled(stale)).toEqual({ outcome: 'skipped', reason: 'stale_revision' });
          expect((await procedure(id)).status).toBe('running');

          // Moved again, to the shortest notice the API accepts now: its job concludes it.
          const final = await withNotice(async (notice) => {
            const res = await move(inMs(notice));
            if (tooClose(res)) return TOO_SLOW;
            expect(res.status).toBe(200);
            return res.body as SilenceProcedure;
          });
          expect(final).toMatchObject({ revision: 2, status: 'running' });
          expect(await queue.getJob(`silence:${id}:1`)).toBeUndefined();
          expect((await ended(final)).status).toBe('concluded');
          expect(await statusOf(key)).toBe('agreed');
          // The same job again (a retry, a duplicate): the procedure concludes once.
          const again = await queue.add('silence-deadline', { procedureId: id, revision: 2 });
          expect(await settled(again)).toEqual({ outcome: 'skipped', reason: 'not_running' });
          expect(await t.models.auditLog.countDocuments({ targetId: id, action: 'silence.concluded' }).exec()).toBe(1);
        } finally {
          await queue.close();
          await connection.quit();
        }
      },
      WORKER_TEST_TIMEOUT_MS,
    );

    it(
      'lets a procedure lapse, adopting nothing, when its round was concluded before the deadline',
      async () => {
        const { id, deadline } = await withNotice(async (notice) => {
          const other = await openRound(
            t,
            n.processId,
            n.published.id,
            n.chair.id,
            [n.a.id, n.b.id],
            n.secretariat.token,
            `Informal consultations (${notice} ms)`,
          );
          const started = await startWith([keys[2]], notice, other.id);
          if (started === TOO_SLOW) return started;
          for (const status of ['closed', 'concluded']) {
            expect(
              (await t.http.post(`/api/rounds/${other.id}/status`, { status }, { token: n.secretariat.token })).status,
            ).toBe(200);
          }
          // Concluded after the deadline is not the case under test: try again with more notice.
          return Date.now() < Date.parse(started.deadline) ? started : TOO_SLOW;
        });
        const give = Date.now() + afterDeadline(deadline, WORKER_SLACK_MS);
        let record = await t.models.silenceProcedures.findById(id).lean().exec();
        while (record?.status === 'running' && Date.now() < give) {
          await sleep(150);
          record = await t.models.silenceProcedures.findById(id).lean().exec();
        }
        expect(record?.status).toBe('cancelled');
        expect(await t.models.paragraphStatuses.countDocuments({ roundId: record?.roundId, key: keys[2] }).exec()).toBe(
          0,
        );
        // The worker audits just after it stores the status: wait for the entry rather than race it.
        const audited = () => t.models.auditLog.countDocuments({ targetId: id, action: 'silence.cancelled' }).exec();
        let entries = await audited();
        while (entries === 0 && Date.now() < give) {
          await sleep(150);
          entries = await audited();
        }
        expect(entries).toBe(1);
      },
      WORKER_TEST_TIMEOUT_MS,
    );
  });
});
