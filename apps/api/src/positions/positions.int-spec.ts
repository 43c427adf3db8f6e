import { randomUUID } from 'node:crypto';
import {
  type Annotation,
  ErrorCode,
  type ErrorResponse,
  type Position,
  type PositionEvolution,
  type PositionMatrix,
  streams,
} from '@concordia/contracts';
import { encodeCells, positionParagraphsCollection, positionRowsCollection } from '@concordia/dal';
import { Types } from 'mongoose';
import { openRound, setUpNegotiation, type Negotiation, type Person } from '../annotations/test/negotiation';
import { SETUP_TIMEOUT_MS } from '../test/deadlines';
import { addMembership, createDelegation, createUser, login } from '../test/fixtures';
import { LiveClient } from '../test/live-client';
import { startTestApp, type TestApp } from '../test/test-app';

describe('positions', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];

  const record = (who: Person, body: Record<string, unknown>, roundId = n.round.id) =>
    t.http.post(`/api/rounds/${roundId}/positions`, body, { token: who.token });
  const recordOk = async (who: Person, body: Record<string, unknown>, roundId = n.round.id): Promise<Position> => {
    const res = await record(who, body, roundId);
    expect(res.status).toBe(201);
    return res.body as Position;
  };
  const matrix = async (who: Person, query = '', roundId = n.round.id): Promise<PositionMatrix> => {
    const res = await t.http.get(`/api/rounds/${roundId}/positions/matrix${query}`, { token: who.token });
    expect(res.status).toBe(200);
    return res.body as PositionMatrix;
  };
  const failure = (res: { status: number; body: { code?: string } }) => ({ status: res.status, code: res.body.code });
  const amendment = async (who: Person, paragraphKey: string, roundId = n.round.id): Promise<Annotation> => {
    const res = await t.http.post(
      '/api/annotations',
      {
        clientId: randomUUID(),
        roundId,
        paragraphKey,
        kind: 'amendment',
        body: 'Stronger wording',
        amendment: { operation: 'replace', text: 'must cooperate' },
      },
      { token: who.token },
    );
    expect(res.status).toBe(201);
    return res.body as Annotation;
  };

  /**
   * Earlier positions of each delegation on one paragraph, written where the writer keeps them (the
   * log, the delegation's row, the paragraph's document), with statements: a paragraph debated at
   * length, whose document every new save rewrites.
   */
  const EARLIER = 20;
  const seedHistory = async (roundId: string, delegationIds: string[], paragraphKey: string, count: number) => {
    const round = new Types.ObjectId(roundId);
    const byDelegation = delegationIds.map((delegationId) =>
      Array.from({ length: count }, (_, i) => ({
        _id: new Types.ObjectId(),
        processId: new Types.ObjectId(n.processId),
        roundId: round,
        paragraphKey,
        delegationId: new Types.ObjectId(delegationId),
        value: 'reservation' as const,
        statement: `Statement ${i + 1}: ${'our delegation wishes to reflect further on this wording. '.repeat(5)}`,
        amendmentIds: [],
        authorId: new Types.ObjectId(),
        authorName: 'Earlier head',
        seq: i + 1,
        recordedAt: new Date(),
      })),
    );
    await t.models.positions.collection.insertMany(byDelegation.flat());
    const db = t.models.positions.db;
    await db.collection(positionRowsCollection(round)).insertMany(
      delegationIds.map((delegationId) => ({
        _id: new Types.ObjectId(delegationId),
        cells: encodeCells(new Map([[paragraphKey, { value: 'reservation' as const, seq: count }]])),
      })),
    );
    await db.collection<{ _id: string; cells: object }>(positionParagraphsCollection(round)).insertOne({
      _id: paragraphKey,
      cells: Object.fromEntries(delegationIds.map((delegationId, i) => [delegationId, byDelegation[i]])),
    });
  };

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close());

  it('records a position, appends each change and keeps the history; the latest counts', async () => {
    const first = await recordOk(n.headA, { delegationId: n.a.id, paragraphKey: keys[0], value: 'reservation' });
    expect(first).toMatchObject({
      roundId: n.round.id,
      paragraphKey: keys[0],
      delegationId: n.a.id,
      delegationCode: n.a.code,
      value: 'reservation',
      statement: '',
      amendmentIds: [],
      authorId: n.headA.id,
      seq: 1,
    });
    const second = await recordOk(n.headA, {
      delegationId: n.a.id,
      paragraphKey: keys[0],
      value: 'support',
      statement: '  We can join consensus.  ',
    });
    expect(second).toMatchObject({ seq: 2, value: 'support', statement: 'We can join consensus.' });

    const history = await t.http.get(
      `/api/rounds/${n.round.id}/positions/history?paragraphKey=${keys[0]}&delegationId=${n.a.id}`,
      { token: n.delegateB.token },
    );
    expect(history.status).toBe(200);
    expect((history.body.items as Position[]).map((p) => [p.seq, p.value])).toEqual([
      [1, 'reservation'],
      [2, 'support'],
    ]);
    const current = await t.http.get(`/api/rounds/${n.round.id}/positions?paragraphKey=${keys[0]}`, {
      token: n.delegateA.token,
    });
    expect((current.body.items as Position[]).map((p) => [p.delegationId, p.value])).toEqual([[n.a.id, 'support']]);
    // The log is append-only: both records are kept.
    expect(await t.models.positions.countDocuments({ roundId: first.roundId, delegationId: first.delegationId })).toBe(
      2,
    );
    const audit = await t.models.auditLog.findOne({ action: 'position.recorded', targetId: second.id }).lean().exec();
    expect(audit?.actorId.toHexString()).toBe(n.headA.id);
  });

  it('refuses positions from delegates, observers, the secretariat and heads of other delegations', async () => {
    const body = { delegationId: n.a.id, paragraphKey: keys[1], value: 'support' };
    expect(failure(await record(n.delegateA, body))).toEqual({ status: 403, code: ErrorCode.Forbidden });
    expect(failure(await record(n.observer, body))).toEqual({ status: 403, code: ErrorCode.Forbidden });
    expect(failure(await record(n.secretariat, body))).toEqual({ status: 403, code: ErrorCode.Forbidden });
    expect(failure(await record(n.headB, body))).toEqual({ status: 403, code: ErrorCode.PositionNotOwnDelegation });
    expect(failure(await record(n.outsider, body))).toEqual({ status: 404, code: ErrorCode.NotFound });
    expect(await t.models.positions.countDocuments({ paragraphKey: keys[1] })).toBe(0);
  });

  it('refuses a delegation outside the round, a closed round, an unknown paragraph and bad input', async () => {
    // A round in which delegation A takes no part.
    const otherRound = await openRound(
      t,
      n.processId,
      n.published.id,
      n.chair.id,
      [n.b.id],
      n.secretariat.token,
      'B only',
    );
    expect(
      failure(await record(n.headA, { delegationId: n.a.id, paragraphKey: keys[0], value: 'support' }, otherRound.id)),
    ).toEqual({ status: 403, code: ErrorCode.DelegationNotInRound });

    const closed = await openRound(t, n.processId, n.published.id, n.chair.id, [n.a.id], n.secretariat.token, 'Closed');
    await t.http.post(`/api/rounds/${closed.id}/status`, { status: 'closed' }, { token: n.secretariat.token });
    expect(
      failure(await record(n.headA, { delegationId: n.a.id, paragraphKey: keys[0], value: 'support' }, closed.id)),
    ).toEqual({ status: 409, code: ErrorCode.RoundNotOpen });

    expect(failure(await record(n.headA, { delegationId: n.a.id, paragraphKey: 'nope', value: 'support' }))).toEqual({
      status: 404,
      code: ErrorCode.ParagraphNotFound,
    });
    for (const bad of [
      { delegationId: n.a.id, paragraphKey: keys[0], value: 'maybe' },
      { delegationId: n.a.id, paragraphKey: keys[0], value: 'support', extra: 1 },
      { delegationId: 'x', paragraphKey: keys[0], value: 'support' },
      { delegationId: n.a.id, paragraphKey: keys[0], value: 'support', statement: 'x'.repeat(4001) },
    ]) {
      expect(failure(await record(n.headA, bad))).toEqual({ status: 400, code: ErrorCode.ValidationFailed });
    }
  });

  it('links amendments of the same paragraph and round only', async () => {
    const onFirst = await amendment(n.delegateB, keys[0]);
    const onSecond = await amendment(n.delegateB, keys[1]);
    const comment = (
      await t.http.post(
        '/api/annotations',
        { clientId: randomUUID(), roundId: n.round.id, paragraphKey: keys[0], kind: 'comment', body: 'A comment' },
        { token: n.delegateA.token },
      )
    ).body as Annotation;
    const base = { delegationId: n.a.id, paragraphKey: keys[0], value: 'support_with_amendments' };

    const linked = await recordOk(n.headA, { ...base, amendmentIds: [onFirst.id] });
    expect(linked.amendmentIds).toEqual([onFirst.id]);
    expect(failure(await record(n.headA, base))).toEqual({
      status: 400,
      code: ErrorCode.PositionAmendmentsRequired,
    });
    const wrong = await record(n.headA, { ...base, amendmentIds: [onFirst.id, onSecond.id, comment.id] });
    expect(failure(wrong)).toEqual({ status: 400, code: ErrorCode.PositionAmendmentInvalid });
    expect((wrong.body as ErrorResponse).issues?.map((i) => i.path)).toEqual(['amendmentIds.1', 'amendmentIds.2']);
    expect(failure(await record(n.headA, { ...base, value: 'objection', amendmentIds: [onFirst.id] }))).toEqual({
      status: 400,
      code: ErrorCode.PositionAmendmentInvalid,
    });

    // An amendment of another round, on the same paragraph key, is not one of this round.
    const later = await openRound(
      t,
      n.processId,
      n.published.id,
      n.chair.id,
      [n.a.id, n.b.id],
      n.secretariat.token,
      'Second reading',
    );
    const elsewhere = await amendment(n.delegateB, keys[0], later.id);
    expect(failure(await record(n.headA, { ...base, amendmentIds: [elsewhere.id] }))).toEqual({
      status: 400,
      code: ErrorCode.PositionAmendmentInvalid,
    });
  });

  it('builds the matrix with filters, summary and consensus', async () => {
    await t.models.delegations.updateOne({ _id: n.a.id }, { $set: { region: 'Americas' } }).exec();
    await t.models.delegations.updateOne({ _id: n.b.id }, { $set: { region: 'Europe' } }).exec();
    await recordOk(n.headA, { delegationId: n.a.id, paragraphKey: keys[1], value: 'support' });
    await recordOk(n.headB, { delegationId: n.b.id, paragraphKey: keys[1], value: 'support' });
    await recordOk(n.headB, { delegationId: n.b.id, paragraphKey: keys[2], value: 'objection' });
    await recordOk(n.headA, { delegationId: n.a.id, paragraphKey: keys[2], value: 'support' });

    const full = await matrix(n.secretariat);
    expect(full.paragraphs.map((p) => p.key)).toEqual(keys);
    expect(full.delegations.map((d) => d.id).sort()).toEqual([n.a.id, n.b.id].sort());
    const row = (m: PositionMatrix, id: string) => m.rows.find((r) => r.delegationId === id)?.values;
    expect(row(full, n.b.id)).toEqual([null, 'support', 'objection']);
    expect(full.summary[1]).toMatchObject({ counts: { support: 2, none: 0 }, consensus: true });
    expect(full.summary[2]).toMatchObject({ counts: { support: 1, objection: 1 }, consensus: false });
    expect(full.summary[0]?.counts.none).toBe(1);

    const americas = await matrix(n.secretariat, '?region=Americas');
    expect(americas.delegations.map((d) => d.id)).toEqual([n.a.id]);
    expect(americas.summary[2]).toMatchObject({ consensus: true });
    expect((await matrix(n.secretariat, '?kind=ngo')).rows).toEqual([]);
    expect((await matrix(n.secretariat, `?delegationId=${n.b.id}`)).delegations.map((d) => d.id)).toEqual([n.b.id]);
    const bad = await t.http.get(`/api/rounds/${n.round.id}/positions/matrix?kind=planet`, {
      token: n.secretariat.token,
    });
    expect(failure(bad)).toEqual({ status: 400, code: ErrorCode.ValidationFailed });
  });

  it('follows the confidentiality of the round for readers', async () => {
    const canRead = async (who: Person, roundId: string) =>
      (await t.http.get(`/api/rounds/${roundId}/positions/matrix`, { token: who.token })).status;
    // n.round is 'observers': every member reads.
    for (const who of [n.observer, n.delegateC, n.chair, n.delegateA]) expect(await canRead(who, n.round.id)).toBe(200);
    expect(await canRead(n.outsider, n.round.id)).toBe(404);

    const closedDoors = await openRound(
      t,
      n.processId,
      n.published.id,
      n.chair.id,
      [n.a.id],
      n.secretariat.token,
      'Closed doors',
      'delegations',
    );
    expect(await canRead(n.delegateA, closedDoors.id)).toBe(200);
    expect(await canRead(n.chair, closedDoors.id)).toBe(200);
    const refused = await t.http.get(`/api/rounds/${closedDoors.id}/positions?paragraphKey=${keys[0]}`, {
      token: n.observer.token,
    });
    expect(failure(refused)).toEqual({ status: 403, code: ErrorCode.PositionsNotVisible });
    expect(await canRead(n.delegateB, closedDoors.id)).toBe(403);

    // Live: the position reaches the participating delegation and the secretariat, not B.
    const [sec, a, b] = await Promise.all(
      [n.secretariat, n.delegateA, n.delegateB].map((p) => LiveClient.connect(t.baseUrl, p.token)),
    );
    try {
      await Promise.all([sec.join(closedDoors.id), a.join(closedDoors.id), b.join(closedDoors.id)]);
      // Listening before the write: the event may arrive before the HTTP reply does.
      const match = (e: { event: { type: string } }) => e.event.type === 'position.recorded';
      const [atSecEvent, atAEvent] = [sec.next('stream:event', match), a.next('stream:event', match)];
      const recorded = await recordOk(
        n.headA,
        { delegationId: n.a.id, paragraphKey: keys[0], value: 'objection' },
        closedDoors.id,
      );
      const atSec = await atSecEvent;
      expect(atSec.stream).toBe(streams.secretariat(closedDoors.id));
      expect(atSec.event).toEqual({ type: 'position.recorded', position: recorded });
      expect((await atAEvent).stream).toBe(streams.delegation(closedDoors.id, n.a.id));
      // B's delegation stream is not written, and the round stream carries nothing about it.
      expect(b.all('stream:event').filter(match)).toEqual([]);
      expect(await t.models.auditLog.countDocuments({ targetId: recorded.id })).toBe(1);
    } finally {
      for (const c of [sec, a, b]) c.close();
    }
  });

  it('publishes positions of an observers round on the round stream', async () => {
    const observer = await LiveClient.connect(t.baseUrl, n.observer.token);
    try {
      await observer.join(n.round.id);
      const arrived = observer.next('stream:event', (e) => e.event.type === 'position.recorded');
      const recorded = await recordOk(n.headB, { delegationId: n.b.id, paragraphKey: keys[0], value: 'no_position' });
      const event = await arrived;
      expect(event.stream).toBe(streams.round(n.round.id));
      expect(event.event).toEqual({ type: 'position.recorded', position: recorded });
    } finally {
      observer.close();
    }
  });

  it('keeps the latest of concurrent changes of one cell in the matrix', async () => {
    const values = ['support', 'objection', 'reservation', 'no_position', 'support', 'objection'] as const;
    const results = await Promise.all(
      values.map((value) => recordOk(n.headA, { delegationId: n.a.id, paragraphKey: keys[2], value })),
    );
    const seqs = results.map((r) => r.seq).sort((x, y) => x - y);
    expect(new Set(seqs).size).toBe(values.length);
    const latest = results.reduce((a, b) => (a.seq > b.seq ? a : b));
    const m = await matrix(n.secretariat);
    expect(m.rows.find((r) => r.delegationId === n.a.id)?.values[2]).toBe(latest.value);
  });

  // Most of it is setting up twelve delegations and their heads: a spec's setup, not a test's.
  it(
    'records every one of many heads saving at once, and the latest of each delegation counts',
    async () => {
      // Twelve delegations in a round of their own, each with its head of delegation.
      const delegations = await Promise.all(Array.from({ length: 12 }, () => createDelegation(t.models)));
      const heads = await Promise.all(
        delegations.map(async (delegationId) => {
          const user = await createUser(t.models);
          await addMembership(t.models, n.processId, user.id, 'head_of_delegation', delegationId);
          return { id: user.id, token: (await login(t.http, user.email)).token };
        }),
      );
      const round = await openRound(
        t,
        n.processId,
        n.published.id,
        n.chair.id,
        delegations,
        n.secretariat.token,
        'Crowded session',
      );
      const values = ['support', 'objection', 'reservation', 'no_position'] as const;
      await seedHistory(round.id, delegations, keys[1], EARLIER);
      // Every head on the same paragraph at the same moment, and the first head three times more.
      const saves = [
        ...delegations.map((delegationId, i) => ({ head: heads[i], delegationId, value: values[i % values.length] })),
        ...values.slice(0, 3).map((value) => ({ head: heads[0], delegationId: delegations[0], value })),
      ];
      const started = Date.now();
      const answers = await Promise.all(
        saves.map(({ head, delegationId, value }) =>
          record(head, { delegationId, paragraphKey: keys[1], value }, round.id),
        ),
      );
      const elapsed = Date.now() - started;
      process.stdout.write(`${saves.length} concurrent position saves took ${elapsed} ms\n`);
      // None refused: a head never has to try again because others saved at the same time.
      expect(answers.map((a) => a.status)).toEqual(saves.map(() => 201));
      const recorded = answers.map((a) => a.body as Position);

      // Every save is in the history, after the earlier ones; the first delegation's four are its next four steps.
      const ofFirst = recorded.filter((p) => p.delegationId === delegations[0]);
      expect(ofFirst.map((p) => p.seq).sort((x, y) => x - y)).toEqual([1, 2, 3, 4].map((i) => EARLIER + i));
      const history = await t.http.get(
        `/api/rounds/${round.id}/positions/history?paragraphKey=${keys[1]}&delegationId=${delegations[0]}`,
        { token: n.secretariat.token },
      );
      const steps = (history.body.items as Position[]).map((p) => p.seq);
      expect(steps).toEqual(Array.from({ length: EARLIER + 4 }, (_, i) => i + 1));
      expect((history.body.items as Position[]).slice(EARLIER).map((p) => p.id)).toEqual(
        [...ofFirst].sort((x, y) => x.seq - y.seq).map((p) => p.id),
      );

      // The latest of each delegation is what the paragraph's panel and the matrix show.
      const latest = new Map<string, Position>();
      for (const p of recorded) if ((latest.get(p.delegationId)?.seq ?? 0) < p.seq) latest.set(p.delegationId, p);
      const current = await t.http.get(`/api/rounds/${round.id}/positions?paragraphKey=${keys[1]}`, {
        token: n.secretariat.token,
      });
      expect(
        Object.fromEntries((current.body.items as Position[]).map((p) => [p.delegationId, [p.id, p.value]])),
      ).toEqual(Object.fromEntries([...latest].map(([d, p]) => [d, [p.id, p.value]])));
      const m = await matrix(n.secretariat, '', round.id);
      expect(Object.fromEntries(m.rows.map((r) => [r.delegationId, r.values[1]]))).toEqual(
        Object.fromEntries([...latest].map(([d, p]) => [d, p.value])),
      );
      expect(await t.models.positions.countDocuments({ roundId: round.id }).exec()).toBe(
        delegations.length * EARLIER + saves.length,
      );
    },
    SETUP_TIMEOUT_MS,
  );

  it('shows how each cell moved across the rounds of the process', async () => {
    const second = await openRound(
      t,
      n.processId,
      n.published.id,
      n.chair.id,
      [n.a.id, n.b.id],
      n.secretariat.token,
      'Third reading',
    );
    await recordOk(n.headB, { delegationId: n.b.id, paragraphKey: keys[2], value: 'support' }, second.id);
    const res = await t.http.get(`/api/rounds/${second.id}/positions/evolution`, { token: n.secretariat.token });
    expect(res.status).toBe(200);
    const evolution = res.body as PositionEvolution;
    const first = evolution.rounds.findIndex((r) => r.id === n.round.id);
    const last = evolution.rounds.findIndex((r) => r.id === second.id);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThanOrEqual(0);
    const b = evolution.delegations.findIndex((d) => d.id === n.b.id);
    expect(evolution.values[b]?.[2]?.[first]).toBe('objection');
    expect(evolution.values[b]?.[2]?.[last]).toBe('support');
    expect(evolution.totals[last]).toMatchObject({ support: 1, none: 5 });
    // The observer may read the observers rounds but not the delegations-only one.
    const seen = await t.http.get(`/api/rounds/${second.id}/positions/evolution`, { token: n.observer.token });
    expect((seen.body as PositionEvolution).rounds.map((r) => r.name)).not.toContain('Closed doors');
    const all = await t.http.get(`/api/rounds/${second.id}/positions/evolution`, { token: n.secretariat.token });
    expect((all.body as PositionEvolution).rounds.map((r) => r.name)).toContain('Closed doors');
  });
});
