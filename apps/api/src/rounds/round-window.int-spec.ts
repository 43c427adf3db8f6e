import { randomUUID } from 'node:crypto';
import { ErrorCode, type Round, streams } from '@concordia/contracts';
import {
  lapseClosingTime,
  type Negotiation,
  openRound,
  otherChairToken,
  setUpNegotiation,
} from '../annotations/test/negotiation';
import { LiveLog } from '../realtime/live-log';
import { inMs, SETUP_TIMEOUT_MS } from '../test/deadlines';
import { itemsOf } from '../test/http-client';
import { startTestApp, type TestApp } from '../test/test-app';

const DAY = 86_400_000;

/**
 * A round's window, on the API alone (no worker runs here, so nothing closes a round by itself):
 * moving the closing time, opening only with a closing time ahead, and no contributions once it
 * has passed even while the round is still marked open.
 */
describe("a round's window (API)", () => {
  let t: TestApp;
  let n: Negotiation;
  let otherChair: string;
  let key: string;

  const newRound = (name: string, open = true): Promise<Round> =>
    openRound(
      t,
      n.processId,
      n.published.id,
      n.chair.id,
      [n.a.id, n.b.id],
      n.secretariat.token,
      name,
      'observers',
      open,
    );
  const moveClosing = (roundId: string, closesAt: string, token = n.chair.token) =>
    t.http.put(`/api/rounds/${roundId}/closes-at`, { closesAt }, { token });
  const setStatus = (roundId: string, body: Record<string, unknown>, token = n.chair.token) =>
    t.http.post(`/api/rounds/${roundId}/status`, body, { token });
  const getRound = async (roundId: string): Promise<Round> =>
    (await t.http.get(`/api/rounds/${roundId}`, { token: n.delegateA.token })).body as Round;
  const failure = (res: { status: number; body: { code?: string } }) => ({ status: res.status, code: res.body.code });
  const lapse = (roundId: string) => lapseClosingTime(t, roundId, n.chair.token);

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    otherChair = await otherChairToken(t, n.processId);
    key = n.published.sections[0].paragraphs[0].key;
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close());

  it('lets the chair of the round and the secretariat extend or bring forward the closing time, nobody else', async () => {
    const round = await newRound('Extended round');
    const later = new Date(Date.now() + 40 * DAY).toISOString();
    const extended = await moveClosing(round.id, later);
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({ status: 'open', closesAt: later });
    const sooner = new Date(Date.now() + 2 * DAY).toISOString();
    expect((await moveClosing(round.id, sooner, n.secretariat.token)).body).toMatchObject({ closesAt: sooner });

    for (const [who, token, status] of [
      ['another chair of the process', otherChair, 403],
      ['a delegate', n.delegateA.token, 403],
      ['a head of delegation', n.headA.token, 403],
      ['an observer', n.observer.token, 403],
      ['the secretariat of another process', n.outsider.token, 404],
    ] as const) {
      const res = await moveClosing(round.id, later, token);
      expect({ who, status: res.status }).toEqual({ who, status });
    }
    expect((await getRound(round.id)).closesAt).toBe(sooner);

    const audit = await t.http.get(`/api/processes/${n.processId}/audit?action=round.deadline_changed`, {
      token: n.secretariat.token,
    });
    expect(
      itemsOf<{ targetId: string; before: unknown; after: unknown }>(audit)
        .filter((i) => i.targetId === round.id)
        .map((i) => [i.before, i.after]),
    ).toEqual([
      [{ closesAt: later }, { closesAt: sooner }],
      [{ closesAt: round.closesAt }, { closesAt: later }],
    ]);
    const log = await t.app.get(LiveLog).since(streams.round(round.id), 0);
    expect(log.kind === 'events' ? log.events.map((e) => e.event) : log).toEqual([
      { type: 'round.status', status: 'open' },
      { type: 'round.closing', closesAt: later },
      { type: 'round.closing', closesAt: sooner },
    ]);
  });

  it('refuses a closing time already past or not after the opening, a malformed one, and on a concluded round', async () => {
    const round = await newRound('Refusing round');
    const past = await moveClosing(round.id, inMs(-60_000));
    expect(failure(past)).toEqual({ status: 400, code: ErrorCode.RoundClosingTimePast });
    expect(past.body.issues).toEqual([
      { path: 'closesAt', code: ErrorCode.RoundClosingTimePast, message: 'must be in the future' },
    ]);
    expect(failure(await moveClosing(round.id, 'tomorrow'))).toEqual({ status: 400, code: ErrorCode.ValidationFailed });
    expect((await getRound(round.id)).closesAt).toBe(round.closesAt);

    // A scheduled round opening next year: a closing time tomorrow would come before its opening.
    const scheduled = await newRound('Next year', false);
    const year = new Date().getUTCFullYear() + 1;
    const window = { opensAt: `${year}-05-05T09:00:00.000Z`, closesAt: `${year}-05-09T18:00:00.000Z` };
    expect((await t.http.patch(`/api/rounds/${scheduled.id}`, window, { token: n.secretariat.token })).status).toBe(
      200,
    );
    const early = await moveClosing(scheduled.id, inMs(DAY));
    expect(failure(early)).toEqual({ status: 400, code: ErrorCode.RoundWindowInvalid });
    expect(early.body.issues).toMatchObject([{ path: 'closesAt', code: ErrorCode.RoundWindowInvalid }]);

    expect((await setStatus(round.id, { status: 'closed' })).status).toBe(200);
    expect((await setStatus(round.id, { status: 'concluded' })).status).toBe(200);
    expect(failure(await moveClosing(round.id, inMs(DAY)))).toEqual({ status: 409, code: ErrorCode.RoundNotEditable });
  });

  it('opens or reopens a round whose closing time has passed only with a new closing time ahead', async () => {
    const round = await newRound('Lapsed round');
    expect((await setStatus(round.id, { status: 'closed' })).status).toBe(200);
    await lapse(round.id);

    const refused = await setStatus(round.id, { status: 'open' });
    expect(failure(refused)).toEqual({ status: 409, code: ErrorCode.RoundDeadlinePassed });
    expect(failure(await setStatus(round.id, { status: 'open', closesAt: inMs(-1_000) }))).toEqual({
      status: 400,
      code: ErrorCode.RoundClosingTimePast,
    });
    expect(failure(await setStatus(round.id, { status: 'concluded', closesAt: inMs(DAY) }))).toEqual({
      status: 400,
      code: ErrorCode.ValidationFailed,
    });
    expect((await getRound(round.id)).status).toBe('closed');

    const closesAt = new Date(Date.now() + 3 * DAY).toISOString();
    const reopened = await setStatus(round.id, { status: 'open', closesAt });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'open', closesAt });
    const audit = await t.http.get(`/api/processes/${n.processId}/audit?action=round.status_changed`, {
      token: n.secretariat.token,
    });
    expect(itemsOf<{ targetId: string; after: unknown }>(audit).find((i) => i.targetId === round.id)?.after).toEqual({
      status: 'open',
      closesAt,
    });

    // A scheduled round whose closing time has passed before anyone opened it: the same.
    const scheduled = await newRound('Never opened', false);
    await lapse(scheduled.id);
    expect(failure(await setStatus(scheduled.id, { status: 'open' }, n.secretariat.token))).toEqual({
      status: 409,
      code: ErrorCode.RoundDeadlinePassed,
    });
    const opened = await setStatus(scheduled.id, { status: 'open', closesAt }, n.secretariat.token);
    expect(opened.body).toMatchObject({ status: 'open', closesAt });
  });

  it('takes no annotation, reply, amendment or position once the closing time has passed, before any worker closes the round', async () => {
    const round = await newRound('Deadline round');
    const post = (body: Record<string, unknown>, token = n.delegateA.token) =>
      t.http.post(
        '/api/annotations',
        { clientId: randomUUID(), roundId: round.id, paragraphKey: key, kind: 'comment', visibility: 'round', ...body },
        { token },
      );
    const amendment = { kind: 'amendment', body: 'Firmer', amendment: { operation: 'replace', text: 'shall' } };
    const position = (value: string) =>
      t.http.post(
        `/api/rounds/${round.id}/positions`,
        { delegationId: n.a.id, paragraphKey: key, value },
        { token: n.headA.token },
      );
    const replyTo = (id: string) =>
      t.http.post(
        `/api/annotations/${id}/replies`,
        { clientId: randomUUID(), body: 'Agreed.' },
        { token: n.headB.token },
      );

    const root = await post({ body: 'Before the deadline.' });
    expect(root.status).toBe(201);
    const proposed = await post(amendment);
    expect(proposed.status).toBe(201);
    expect((await position('support')).status).toBe(201);

    await lapse(round.id);
    expect((await getRound(round.id)).status).toBe('open');
    const closed = { status: 409, code: ErrorCode.RoundNotOpen };
    expect(failure(await post({ body: 'After the deadline.' }))).toEqual(closed);
    expect(failure(await post(amendment))).toEqual(closed);
    expect(failure(await replyTo(root.body.id as string))).toEqual(closed);
    expect(failure(await position('objection'))).toEqual(closed);
    expect(
      failure(
        await t.http.post(`/api/annotations/${proposed.body.id as string}/sponsors`, {}, { token: n.headB.token }),
      ),
    ).toEqual(closed);
    expect(await t.models.annotations.countDocuments({ roundId: round.id }).exec()).toBe(2);
  });
});
