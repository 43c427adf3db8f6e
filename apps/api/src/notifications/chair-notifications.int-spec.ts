import {
  ErrorCode,
  type NotificationType,
  notifiedParagraph,
  notifiedTime,
  type SilenceProcedure,
  type SpeakersList,
} from '@concordia/contracts';
import type { Negotiation, Person } from '../annotations/test/negotiation';
import { afterDeadline, inMs, SETUP_TIMEOUT_MS, TOO_SLOW, withNotice, WORKER_TEST_TIMEOUT_MS } from '../test/deadlines';
import type { TestApp } from '../test/test-app';
import { emailOf, eventually, notificationsOf } from './test/notification-fixtures';
import { type NotificationStack, startNotificationStack } from './test/notification-stack';

/** Long enough for a stray duplicate to land, short enough to keep the suite quick. */
const SETTLE_MS = 1_500;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("notifications of the chair's instruments (silence procedures, speakers' list)", () => {
  let stack: NotificationStack | undefined;
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];
  /** What readers call those paragraphs ("1."): what the notifications say. */
  let numbers: string[];

  /** The bell entries of one type about one procedure (or any, for the speakers' list). */
  const entries = async (who: Person, type: NotificationType, procedureId?: string) =>
    (await notificationsOf(t, who)).items.filter(
      (i) =>
        i.event.type === type &&
        (procedureId === undefined || ('procedureId' in i.event && i.event.procedureId === procedureId)),
    );
  const arrives = (who: Person, type: NotificationType, procedureId?: string, timeoutMs?: number) =>
    eventually(
      `${type} in a bell`,
      async () => {
        const found = await entries(who, type, procedureId);
        return found.length > 0 ? found : undefined;
      },
      timeoutMs,
    );
  const post = (paragraphKeys: string[], deadline: string) =>
    t.http.post(`/api/rounds/${n.round.id}/silence-procedures`, { paragraphKeys, deadline }, { token: n.chair.token });
  const startSilence = async (paragraphKeys: string[], deadline: string): Promise<SilenceProcedure> => {
    const res = await post(paragraphKeys, deadline);
    expect(res.status).toBe(201);
    return res.body as SilenceProcedure;
  };
  /** With the shortest notice the API accepts now (a request arriving late on a loaded machine is refused). */
  const startShort = (paragraphKeys: string[]) =>
    withNotice(async (notice) => {
      const res = await post(paragraphKeys, inMs(notice));
      if (res.status === 400 && res.body.code === ErrorCode.SilenceDeadlineInvalid) return TOO_SLOW;
      expect(res.status).toBe(201);
      return res.body as SilenceProcedure;
    });

  beforeAll(async () => {
    stack = await startNotificationStack();
    ({ t, n } = stack);
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
    numbers = n.published.sections[0].paragraphs.map((p) => p.number);
  }, SETUP_TIMEOUT_MS);

  afterAll(() => stack?.stop());

  it('tells the round participants once that silence started, then once that it was broken', async () => {
    // A delegate who reads times in Tokyo: the email states the deadline there, not in UTC.
    await t.models.users.updateOne({ _id: n.delegateB.id }, { $set: { timeZone: 'Asia/Tokyo' } }).exec();
    const deadline = inMs(60_000);
    const procedure = await startSilence([keys[0]], deadline);
    const started = await arrives(n.delegateB, 'silence.started', procedure.id);
    const process = (await t.models.processes.findById(n.processId).lean().exec())!;
    expect(started[0].event).toMatchObject({
      type: 'silence.started',
      processTitle: process.title,
      paragraphKeys: [keys[0]],
      paragraphNumbers: [numbers[0]],
    });
    const address = await emailOf(t, n.delegateB);
    const paragraph = notifiedParagraph({ paragraphKey: keys[0], paragraphNumber: numbers[0] });
    const email = await eventually('the email of the silence procedure', async () =>
      (await stack!.sink.to(address)).find((m) => m.subject === `Silence procedure on paragraph ${paragraph}`),
    );
    expect(email.text).toContain(
      `The chair of First reading (${process.title}) put paragraph ${paragraph} under a silence procedure until ${notifiedTime(deadline, 'en', 'Asia/Tokyo')}:`,
    );
    expect(email.text).toContain('Japan Standard Time');

    const broken = await t.http.post(
      `/api/silence-procedures/${procedure.id}/break`,
      { statement: 'We cannot join consensus on this wording.' },
      { token: n.headA.token },
    );
    expect(broken.status).toBe(200);
    const entry = await arrives(n.delegateB, 'silence.broken', procedure.id);
    expect(entry[0].event).toMatchObject({ excerpt: 'We cannot join consensus on this wording.' });
    await arrives(n.chair, 'silence.broken', procedure.id);
    await arrives(n.secretariat, 'silence.started', procedure.id);

    await pause(SETTLE_MS);
    expect(await entries(n.delegateB, 'silence.started', procedure.id)).toHaveLength(1);
    expect(await entries(n.delegateB, 'silence.broken', procedure.id)).toHaveLength(1);
    // Never the actor of each change; never those who are not parties to the procedure.
    expect(await entries(n.chair, 'silence.started', procedure.id)).toHaveLength(0);
    expect(await entries(n.headA, 'silence.broken', procedure.id)).toHaveLength(0);
    expect(await entries(n.headA, 'silence.started', procedure.id)).toHaveLength(1);
    for (const outside of [n.delegateC, n.observer, n.outsider]) {
      expect(await entries(outside, 'silence.started', procedure.id)).toHaveLength(0);
      expect(await entries(outside, 'silence.broken', procedure.id)).toHaveLength(0);
    }
  });

  it(
    'tells them once when the worker adopts the paragraphs at the deadline',
    async () => {
      const procedure = await startShort([keys[1]]);
      // Measured from the deadline: the worker adopts, the relay and the dispatcher deliver.
      const adopted = await arrives(
        n.delegateB,
        'silence.adopted',
        procedure.id,
        afterDeadline(procedure.deadline, 30_000),
      );
      const process = (await t.models.processes.findById(n.processId).lean().exec())!;
      expect(adopted[0].event).toMatchObject({
        processTitle: process.title,
        paragraphKeys: [keys[1]],
        paragraphNumbers: [numbers[1]],
        actorUserId: null,
      });
      // A scheduled event has no actor: the chair who started it hears of the outcome too.
      await arrives(n.chair, 'silence.adopted', procedure.id);
      await pause(SETTLE_MS);
      expect(await entries(n.delegateB, 'silence.adopted', procedure.id)).toHaveLength(1);
      expect(await entries(n.observer, 'silence.adopted', procedure.id)).toHaveLength(0);
      expect(await entries(n.delegateC, 'silence.adopted', procedure.id)).toHaveLength(0);
    },
    WORKER_TEST_TIMEOUT_MS,
  );

  it("tells only the delegation that becomes first in the speakers' queue, once per change of head", async () => {
    const ask = async (who: Person) => {
      const res = await t.http.post(
        `/api/rounds/${n.round.id}/speakers`,
        { paragraphKey: keys[2] },
        { token: who.token },
      );
      expect(res.status).toBe(200);
      return res.body as SpeakersList;
    };
    await ask(n.delegateA);
    const list = await ask(n.delegateB);
    const [entryA, entryB] = list.queue.map((e) => e.id);
    const order = (entryIds: string[]) =>
      t.http.put(`/api/rounds/${n.round.id}/speakers/order`, { entryIds }, { token: n.chair.token });

    // The same order again changes nobody's turn: nothing is sent.
    expect((await order([entryA, entryB])).status).toBe(200);
    expect((await order([entryB, entryA])).status).toBe(200);
    const nextB = await arrives(n.delegateB, 'speakers.next');
    expect(nextB[0].event).toMatchObject({ delegationId: n.b.id, paragraphKey: keys[2], paragraphNumber: numbers[2] });
    await arrives(n.headB, 'speakers.next');

    // B takes the floor: A is next.
    const given = await t.http.post(`/api/rounds/${n.round.id}/speakers/${entryB}/floor`, {}, { token: n.chair.token });
    expect(given.status).toBe(200);
    await arrives(n.delegateA, 'speakers.next');
    await arrives(n.delegateA2, 'speakers.next');

    await pause(SETTLE_MS);
    for (const who of [n.delegateA, n.headA, n.delegateB, n.headB]) {
      expect(await entries(who, 'speakers.next')).toHaveLength(1);
    }
    expect((await entries(n.delegateA, 'speakers.next'))[0].event).toMatchObject({ delegationId: n.a.id });
    for (const who of [n.chair, n.secretariat, n.observer, n.delegateC]) {
      expect(await entries(who, 'speakers.next')).toHaveLength(0);
    }

    // B finishes and asks again; A, first in the queue, withdraws: B is next now and is told.
    expect(
      (await t.http.post(`/api/rounds/${n.round.id}/speakers/end-floor`, {}, { token: n.chair.token })).status,
    ).toBe(200);
    const again = await t.http.post(
      `/api/rounds/${n.round.id}/speakers`,
      { paragraphKey: keys[2] },
      { token: n.delegateB.token },
    );
    expect(again.status).toBe(200);
    const head = (again.body as SpeakersList).queue[0];
    expect(head.delegationId).toBe(n.a.id);
    const withdrawn = await t.http.request('DELETE', `/api/rounds/${n.round.id}/speakers/${head.id}`, undefined, {
      token: n.delegateA.token,
    });
    expect(withdrawn.status).toBe(200);
    await eventually('a second speakers.next for B', async () =>
      (await entries(n.headB, 'speakers.next')).length === 2 ? true : undefined,
    );
    expect((await entries(n.headB, 'speakers.next'))[0].event).toMatchObject({
      delegationId: n.b.id,
      paragraphKey: keys[2],
    });
    await pause(SETTLE_MS);
    expect(await entries(n.delegateA, 'speakers.next')).toHaveLength(1);
  });
});
