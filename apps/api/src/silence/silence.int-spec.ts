import { ErrorCode, streams, type SilenceProcedure } from '@concordia/contracts';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { type Negotiation, openRound, otherChairToken, setUpNegotiation } from '../annotations/test/negotiation';
import { addMembership, createUser, login } from '../test/fixtures';
import { LiveClient } from '../test/live-client';
import { startTestApp, type TestApp } from '../test/test-app';
import { startWorker, type WorkerProcess } from '../test/worker-process';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A deadline `ms` from now, as the chair's client would send it. */
const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

describe('silence procedures, API and worker', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];
  let headC: string;
  let otherChair: string;
  let worker: WorkerProcess | null = null;

  const start = (paragraphKeys: string[], deadline: string, token = n.chair.token) =>
    t.http.post(`/api/rounds/${n.round.id}/silence-procedures`, { paragraphKeys, deadline }, { token });
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
  /** Polls until the procedure leaves `running` (the worker concludes it at the deadline). */
  const ended = async (id: string, timeoutMs = 20_000): Promise<SilenceProcedure> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const p = await procedure(id);
      if (p.status !== 'running') return p;
      if (Date.now() > deadline) throw new Error(`procedure ${id} still running after ${timeoutMs} ms`);
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
  });
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

    it('refuses to break silence twice, and after the deadline even before the worker ran', async () => {
      const first = (await start([keys[2]], inMs(60_000))).body as SilenceProcedure;
      expect((await breakSilence(first.id, n.headA.token)).status).toBe(200);
      const twice = await breakSilence(first.id, n.headB.token);
      expect(twice.status).toBe(409);
      expect(twice.body).toMatchObject({ code: ErrorCode.SilenceNotRunning });
      expect((await procedure(first.id)).broken).toMatchObject({ delegationId: n.a.id });

      const short = (await start([keys[2]], inMs(2_500))).body as SilenceProcedure;
      await sleep(3_000);
      const late = await breakSilence(short.id, n.headA.token);
      expect(late.status).toBe(409);
      expect(late.body).toMatchObject({ code: ErrorCode.SilenceDeadlinePassed });
      // No worker yet: the paragraph waits for the deadline job, which is still queued.
      expect(await statusOf(keys[2])).toBe('open');
      expect((await procedure(short.id)).status).toBe('running');
      worker = await startWorker(t);
      expect((await ended(short.id)).status).toBe('concluded');
      expect(await statusOf(keys[2])).toBe('agreed');
    });
  });

  describe('with the real worker process', () => {
    beforeAll(async () => {
      worker ??= await startWorker(t);
    });

    it('adopts the paragraph at the deadline when nobody breaks silence, and tells everyone live', async () => {
      const live = await LiveClient.connect(t.baseUrl, n.delegateB.token);
      await live.join(n.round.id);
      try {
        const res = await start([keys[0]], inMs(2_500));
        const id = (res.body as SilenceProcedure).id;
        await live.until(
          'silence.concluded',
          () => live.streamEvents(streams.round(n.round.id)).some((e) => e.event.type === 'silence.concluded'),
          10_000,
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
      } finally {
        live.close();
      }
    });

    it('still concludes when the worker was killed and restarted in between', async () => {
      const key = keys[1];
      await t.http.put(
        `/api/rounds/${n.round.id}/paragraphs/${key}/status`,
        { status: 'bracketed' },
        { token: n.chair.token },
      );
      const id = ((await start([key], inMs(3_000))).body as SilenceProcedure).id;
      await worker!.kill();
      worker = null;
      await sleep(3_500);
      // The deadline passed while no worker ran: nothing happened yet.
      expect((await procedure(id)).status).toBe('running');
      expect(await statusOf(key)).toBe('bracketed');
      worker = await startWorker(t);
      expect((await ended(id)).status).toBe('concluded');
      expect(await statusOf(key)).toBe('agreed');
    });

    it('ends the procedure when a delegation breaks silence: everyone sees it and nothing is adopted', async () => {
      const key = keys[1];
      await t.http.put(
        `/api/rounds/${n.round.id}/paragraphs/${key}/status`,
        { status: 'bracketed' },
        { token: n.chair.token },
      );
      const live = await LiveClient.connect(t.baseUrl, n.delegateB.token);
      await live.join(n.round.id);
      try {
        const id = ((await start([key], inMs(3_000))).body as SilenceProcedure).id;
        const res = await breakSilence(id, n.headA.token, 'Delegation A requests more time on this paragraph.');
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          status: 'broken',
          broken: {
            delegationId: n.a.id,
            delegationName: n.a.name,
            statement: 'Delegation A requests more time on this paragraph.',
          },
        });
        // Already arrived or still on its way: look through everything received.
        const broken = () =>
          live.streamEvents(streams.round(n.round.id)).find((e) => e.event.type === 'silence.broken');
        await live.until('silence.broken', () => broken() !== undefined);
        const seen = broken()!;
        expect(seen.event).toMatchObject({ procedure: { id, broken: { delegationName: n.a.name } } });
        await sleep(3_500);
        expect((await procedure(id)).status).toBe('broken');
        expect(await statusOf(key)).toBe('bracketed');
        const audit = await t.models.auditLog.findOne({ targetId: id, action: 'silence.broken' }).lean().exec();
        expect(audit).toMatchObject({ after: { delegationId: n.a.id } });
      } finally {
        live.close();
      }
    });

    it('moves the deadline: the old job is gone, a stale one changes nothing, the new one concludes', async () => {
      const key = keys[1];
      const id = ((await start([key], inMs(60_000))).body as SilenceProcedure).id;
      const moved = await t.http.put(
        `/api/silence-procedures/${id}/deadline`,
        { deadline: inMs(3_000) },
        { token: n.chair.token },
      );
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ revision: 1, status: 'running' });

      const connection = new Redis(t.config.redis.url, { maxRetriesPerRequest: null });
      const queue = new Queue('procedures', { connection, prefix: t.config.redis.prefix });
      try {
        expect(await queue.getJob(`silence:${id}:0`)).toBeUndefined();
        expect(await queue.getJob(`silence:${id}:1`)).toBeDefined();
        // A stale job (revision 0) firing anyway, e.g. one that could not be removed in time.
        const stale = await queue.add('silence-deadline', { procedureId: id, revision: 0 });
        const deadline = Date.now() + 10_000;
        while (!['completed', 'failed'].includes(await stale.getState()) && Date.now() < deadline) await sleep(100);
        expect((await queue.getJob(stale.id!))?.returnvalue).toEqual({ outcome: 'skipped', reason: 'stale_revision' });
        expect((await procedure(id)).status).toBe('running');

        expect((await ended(id)).status).toBe('concluded');
        expect(await statusOf(key)).toBe('agreed');
        // The same job again (a retry, a duplicate): the procedure concludes once.
        const again = await queue.add('silence-deadline', { procedureId: id, revision: 1 });
        while (!['completed', 'failed'].includes(await again.getState()) && Date.now() < deadline + 10_000)
          await sleep(100);
        expect((await queue.getJob(again.id!))?.returnvalue).toEqual({ outcome: 'skipped', reason: 'not_running' });
        expect(await t.models.auditLog.countDocuments({ targetId: id, action: 'silence.concluded' }).exec()).toBe(1);
      } finally {
        await queue.close();
        await connection.quit();
      }
    });
    it('lets a procedure lapse, adopting nothing, when its round was concluded before the deadline', async () => {
      const other = await openRound(
        t,
        n.processId,
        n.published.id,
        n.chair.id,
        [n.a.id, n.b.id],
        n.secretariat.token,
        'Informal consultations',
      );
      const started = await t.http.post(
        `/api/rounds/${other.id}/silence-procedures`,
        { paragraphKeys: [keys[2]], deadline: inMs(3_000) },
        { token: n.chair.token },
      );
      expect(started.status).toBe(201);
      const id = (started.body as SilenceProcedure).id;
      for (const status of ['closed', 'concluded']) {
        expect(
          (await t.http.post(`/api/rounds/${other.id}/status`, { status }, { token: n.secretariat.token })).status,
        ).toBe(200);
      }
      const deadline = Date.now() + 20_000;
      let record = await t.models.silenceProcedures.findById(id).lean().exec();
      while (record?.status === 'running' && Date.now() < deadline) {
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
      while (entries === 0 && Date.now() < deadline) {
        await sleep(150);
        entries = await audited();
      }
      expect(entries).toBe(1);
    });
  });
});
