import { ErrorCode, type Round, type SilenceProcedure, type SpeakersList } from '@concordia/contracts';
import { lapseClosingTime, type Negotiation, openRound, setUpNegotiation } from '../annotations/test/negotiation';
import { inMs, SETUP_TIMEOUT_MS } from '../test/deadlines';
import type { HttpResult } from '../test/http-client';
import { startTestApp, type TestApp } from '../test/test-app';

/**
 * The speakers' list and silence procedures stop taking new business at the round's closing
 * time, as annotations and positions do, while the round is still marked open (no worker runs
 * here to close it). What clears up after it stays possible: ending the floor, withdrawing a
 * request, breaking a silence until the procedure's own deadline.
 */
describe("a round's live instruments at its closing time (API)", () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close());

  const newRound = (name: string): Promise<Round> =>
    openRound(t, n.processId, n.published.id, n.chair.id, [n.a.id, n.b.id], n.secretariat.token, name);
  const refusal = (res: HttpResult) => ({ status: res.status, code: (res.body as { code?: string }).code });

  it('refuses asking for and giving the floor, ordering the queue and starting silence once the closing time has passed', async () => {
    const round = await newRound('Closing session');
    const speakers = `/api/rounds/${round.id}/speakers`;
    const ask = (token: string) => t.http.post(speakers, { paragraphKey: keys[0] }, { token });
    const startSilence = (paragraphKey: string) =>
      t.http.post(
        `/api/rounds/${round.id}/silence-procedures`,
        { paragraphKeys: [paragraphKey], deadline: inMs(3_600_000) },
        { token: n.chair.token },
      );

    expect((await ask(n.delegateA.token)).status).toBe(200);
    const queued = (await ask(n.delegateB.token)).body as SpeakersList;
    const [a, b] = queued.queue;
    expect((await t.http.post(`${speakers}/${a.id}/floor`, {}, { token: n.chair.token })).status).toBe(200);
    const silence = await startSilence(keys[1]);
    expect(silence.status).toBe(201);

    const lapsed = await lapseClosingTime(t, round.id, n.chair.token);
    expect(lapsed.status).toBe('open');
    const closed = { status: 409, code: ErrorCode.RoundNotOpen };
    const give = await t.http.post(`${speakers}/${b.id}/floor`, {}, { token: n.chair.token });
    expect(refusal(give)).toEqual(closed);
    expect((give.body as { message: string }).message).toBe(
      `The round is past its closing time (${lapsed.closesAt}); the floor is given only while it is open`,
    );
    expect(refusal(await t.http.put(`${speakers}/order`, { entryIds: [b.id] }, { token: n.chair.token }))).toEqual(
      closed,
    );
    expect(refusal(await startSilence(keys[2]))).toEqual(closed);
    expect(refusal(await ask(n.delegateA.token))).toEqual(closed);
    expect(await t.models.silenceProcedures.countDocuments({ roundId: round.id }).exec()).toBe(1);

    // Ending the turn under way still works, and so does withdrawing from the queue.
    const ended = await t.http.post(`${speakers}/end-floor`, {}, { token: n.chair.token });
    expect(ended.status).toBe(200);
    expect((ended.body as SpeakersList).lastTurn).toMatchObject({ id: a.id });
    const asked = await ask(n.delegateA.token);
    expect(refusal(asked)).toEqual(closed);
    expect((asked.body as { message: string }).message).toMatch(/; the floor is requested only while it is open$/);
    const withdrawn = await t.http.request('DELETE', `${speakers}/${b.id}`, undefined, { token: n.delegateB.token });
    expect((withdrawn.body as SpeakersList).queue).toEqual([]);

    // The silence procedure runs to its own deadline, past the round's closing time.
    const procedure = silence.body as SilenceProcedure;
    const broken = await t.http.post(
      `/api/silence-procedures/${procedure.id}/break`,
      { statement: 'We cannot join consensus.' },
      { token: n.headA.token },
    );
    expect(broken.status).toBe(200);
    expect(broken.body).toMatchObject({ status: 'broken' });
  });

  it('still lets the chair end a turn once the round is closed, and refuses new requests saying so', async () => {
    const round = await newRound('Closed session');
    const speakers = `/api/rounds/${round.id}/speakers`;
    const entry = (
      (await t.http.post(speakers, { paragraphKey: keys[0] }, { token: n.delegateA.token })).body as SpeakersList
    ).queue[0];
    expect((await t.http.post(`${speakers}/${entry.id}/floor`, {}, { token: n.chair.token })).status).toBe(200);
    expect(
      (await t.http.post(`/api/rounds/${round.id}/status`, { status: 'closed' }, { token: n.chair.token })).status,
    ).toBe(200);

    const ended = await t.http.post(`${speakers}/end-floor`, {}, { token: n.chair.token });
    expect(ended.status).toBe(200);
    expect((ended.body as SpeakersList).floor).toBeNull();
    const asked = await t.http.post(speakers, { paragraphKey: keys[0] }, { token: n.delegateB.token });
    expect(refusal(asked)).toEqual({ status: 409, code: ErrorCode.RoundNotOpen });
    expect((asked.body as { message: string }).message).toBe(
      'The round is closed; the floor is requested only while it is open',
    );
  });
});
