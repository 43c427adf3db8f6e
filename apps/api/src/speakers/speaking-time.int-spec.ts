import { ErrorCode, type SpeakersList, type SpeakerTurns, streams } from '@concordia/contracts';
import { Types } from 'mongoose';
import { type Negotiation, otherChairToken, setUpNegotiation } from '../annotations/test/negotiation';
import { LiveClient } from '../test/live-client';
import { startTestApp, type TestApp } from '../test/test-app';

describe('speaking time and the record of the floor', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];
  let otherChair: string;

  const url = () => `/api/rounds/${n.round.id}/speakers`;
  const setTime = (token: string, speakingTimeMinutes: unknown) =>
    t.http.put(`${url()}/speaking-time`, { speakingTimeMinutes }, { token });
  const ask = async (token: string, paragraphKey: string) =>
    (await t.http.post(url(), { paragraphKey }, { token })).body as SpeakersList;
  const give = async (entryId: string) =>
    (await t.http.post(`${url()}/${entryId}/floor`, {}, { token: n.chair.token })).body as SpeakersList;
  /** The turn under way started `seconds` ago: a turn's length is the server's clock between give and end. */
  const backdateFloor = (seconds: number) =>
    t.models.speakersLists.collection.updateOne(
      { roundId: new Types.ObjectId(n.round.id) },
      { $set: { 'floor.givenAt': new Date(Date.now() - seconds * 1000) } },
    );

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
    otherChair = await otherChairToken(t, n.processId);
  });
  afterAll(() => t.close());

  it('lets the round chair and the secretariat set the speaking time, within 1–30 minutes, audited and live', async () => {
    const live = await LiveClient.connect(t.baseUrl, n.delegateA.token);
    await live.join(n.round.id);
    try {
      for (const token of [n.delegateA.token, n.headA.token, n.observer.token, otherChair]) {
        expect((await setTime(token, 3)).status).toBe(403);
      }
      expect((await setTime(n.outsider.token, 3)).status).toBe(404);
      for (const bad of [0, 31, 2.5, '3', undefined]) {
        const res = await setTime(n.chair.token, bad);
        expect({ bad, status: res.status, code: res.body.code }).toEqual({
          bad,
          status: 400,
          code: ErrorCode.ValidationFailed,
        });
      }
      expect((await t.http.get(url(), { token: n.delegateB.token })).body).toMatchObject({ speakingTimeMinutes: null });

      const set = await setTime(n.chair.token, 3);
      expect(set.status).toBe(200);
      expect(set.body).toMatchObject({ speakingTimeMinutes: 3 });
      expect((await setTime(n.secretariat.token, 30)).body).toMatchObject({ speakingTimeMinutes: 30 });
      const removed = (await setTime(n.chair.token, null)).body as SpeakersList;
      expect(removed.speakingTimeMinutes).toBeNull();
      const final = (await setTime(n.chair.token, 1)).body as SpeakersList;
      expect((await t.http.get(url(), { token: n.delegateB.token })).body).toMatchObject({ speakingTimeMinutes: 1 });

      await live.until('the speaking time, live', () =>
        live
          .streamEvents(streams.round(n.round.id))
          .some((e) => e.event.type === 'speakers.updated' && e.event.speakers.revision === final.revision),
      );
      const seen = live
        .streamEvents(streams.round(n.round.id))
        .flatMap((e) => (e.event.type === 'speakers.updated' ? [e.event.speakers.speakingTimeMinutes] : []));
      expect(seen).toEqual([3, 30, null, 1]);
      const audit = await t.models.auditLog.find({ action: 'speakers.time_set' }).sort({ _id: 1 }).lean().exec();
      expect(
        audit.map((e) => [e.actorId.toHexString(), (e.after as { speakingTimeMinutes: unknown }).speakingTimeMinutes]),
      ).toEqual([
        [n.chair.id, 3],
        [n.secretariat.id, 30],
        [n.chair.id, null],
        [n.chair.id, 1],
      ]);
    } finally {
      live.close();
    }
  });

  it('keeps every finished turn: who spoke, on what, how long, over time or not, who gave and ended it', async () => {
    const [a] = (await ask(n.delegateA.token, keys[0])).queue;
    const [, b] = (await ask(n.delegateB.token, keys[1])).queue;
    await give(a.id);
    await backdateFloor(90); // 1:30 against a 1-minute limit
    await give(b.id); // ends A's turn
    await backdateFloor(20);
    const ended = await t.http.post(`${url()}/end-floor`, {}, { token: n.chair.token });
    expect(ended.status).toBe(200);

    for (const token of [n.chair.token, n.secretariat.token]) {
      const res = await t.http.get(`${url()}/turns`, { token });
      expect(res.status).toBe(200);
      const { turns } = res.body as SpeakerTurns;
      expect(turns).toMatchObject([
        {
          id: a.id,
          delegationId: n.a.id,
          delegationName: n.a.name,
          paragraphKey: keys[0],
          speakingTimeMinutes: 1,
          overTime: true,
        },
        { id: b.id, delegationName: n.b.name, paragraphKey: keys[1], speakingTimeMinutes: 1, overTime: false },
      ]);
      expect(turns[0].elapsedMs).toBeGreaterThanOrEqual(90_000);
      expect(turns[1].elapsedMs).toBeGreaterThanOrEqual(20_000);
      expect(turns[1].elapsedMs).toBeLessThan(60_000);
      expect(turns[0].givenByName).not.toBe('');
      expect(turns[0].endedByName).toBe(turns[0].givenByName);
    }
  });

  it('gives the record as CSV in the reader’s language, and to nobody else', async () => {
    await t.models.users.updateOne({ _id: new Types.ObjectId(n.secretariat.id) }, { $set: { language: 'fr' } });
    const fr = await t.http.get(`${url()}/turns.csv`, { token: n.secretariat.token });
    expect(fr.status).toBe(200);
    expect(fr.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (fr.body as string)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Parole donnée (UTC),Fin de l’intervention (UTC),Délégation,Paragraphe,Durée,Durée (secondes),Temps de parole (minutes),Temps dépassé,Donnée par,Terminée par',
    );
    expect(lines).toHaveLength(3);
    const cells = lines.map((line) => line.split(','));
    expect(cells[1].slice(2, 8)).toEqual([
      n.a.name,
      n.published.sections[0].paragraphs[0].number,
      expect.stringMatching(/^1:3\d$/),
      expect.stringMatching(/^9\d$/),
      '1',
      'oui',
    ]);
    expect(cells[2].slice(2, 8)).toEqual([
      n.b.name,
      n.published.sections[0].paragraphs[1].number,
      expect.stringMatching(/^0:2\d$/),
      expect.stringMatching(/^2\d$/),
      '1',
      'non',
    ]);
    const en = await t.http.get(`${url()}/turns.csv`, { token: n.chair.token });
    expect((en.body as string).replace(/^\uFEFF/, '')).toMatch(/^Floor given \(UTC\),/);
    // Each download is in the process's audit log, by whom, of which round; a read of the list is not.
    const downloads = await t.models.auditLog.find({ action: 'speakers.exported' }).sort({ _id: 1 }).lean().exec();
    expect(downloads.map((e) => [e.actorId.toHexString(), e.processId?.toHexString(), e.after])).toEqual([
      [n.secretariat.id, n.processId, { roundId: n.round.id, format: 'csv', turns: 2 }],
      [n.chair.id, n.processId, { roundId: n.round.id, format: 'csv', turns: 2 }],
    ]);
    expect(downloads[0].context).toEqual({ round: n.round.name });

    for (const token of [n.delegateA.token, n.headB.token, n.observer.token, otherChair]) {
      expect((await t.http.get(`${url()}/turns.csv`, { token })).status).toBe(403);
      expect((await t.http.get(`${url()}/turns`, { token })).status).toBe(403);
    }
    expect((await t.http.get(`${url()}/turns`, { token: n.outsider.token })).status).toBe(404);
    // Refused downloads leave no entry.
    expect(await t.models.auditLog.countDocuments({ action: 'speakers.exported' })).toBe(2);
  });
});
