import { randomUUID } from 'node:crypto';
import {
  ANNOTATION_BODY_MAX,
  type Annotation,
  type AnnotationHistory,
  ErrorCode,
  type RoundEvent,
  streams,
} from '@concordia/contracts';
import { Types } from 'mongoose';
import { LiveLog } from '../realtime/live-log';
import { LiveClient } from '../test/live-client';
import { startTestApp, type TestApp } from '../test/test-app';
import { type Negotiation, openRound, type Person, setUpNegotiation, spanIn as span } from './test/negotiation';

describe('annotations', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];

  const request = (extra: Record<string, unknown> = {}) => ({
    clientId: randomUUID(),
    roundId: n.round.id,
    paragraphKey: keys[0],
    selectors: span(0, 'good faith'),
    kind: 'comment',
    visibility: 'round',
    body: 'We support this wording.',
    ...extra,
  });
  const post = (who: Person, body: Record<string, unknown>) =>
    t.http.post('/api/annotations', body, { token: who.token });
  const create = async (who: Person, extra: Record<string, unknown> = {}): Promise<Annotation> => {
    const res = await post(who, request(extra));
    expect(res.status).toBe(201);
    return res.body as Annotation;
  };
  const list = async (who: Person, query = ''): Promise<Annotation[]> => {
    const res = await t.http.get(`/api/rounds/${n.round.id}/annotations${query}`, { token: who.token });
    expect(res.status).toBe(200);
    return res.body.items as Annotation[];
  };
  const ids = (items: Annotation[]) => items.map((a) => a.id);
  const failure = (res: { status: number; body: { code?: string } }) => ({ status: res.status, code: res.body.code });

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
  });
  afterAll(() => t.close());

  it('creates an annotation on a span, audited, with its anchor', async () => {
    const res = await post(n.delegateA, request({ body: 'We **support** this.' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      processId: n.processId,
      roundId: n.round.id,
      parentId: null,
      kind: 'comment',
      visibility: 'round',
      body: 'We **support** this.',
      amendment: null,
      anchor: {
        status: 'anchored',
        method: 'original',
        versionId: n.published.id,
        paragraphKey: keys[0],
        selectors: span(0, 'good faith'),
      },
      authorId: n.delegateA.id,
      delegationId: n.a.id,
      delegationName: n.a.name,
      sponsors: [],
      status: 'open',
      editedAt: null,
      disposition: null,
    });
    const audit = await t.models.auditLog
      .findOne({ action: 'annotation.created', targetId: res.body.id })
      .lean()
      .exec();
    expect(audit?.actorId.toHexString()).toBe(n.delegateA.id);
  });

  it('enforces visibility in the list for every role and delegation', async () => {
    const everyone = await create(n.delegateA);
    const internalA = await create(n.delegateA, { visibility: 'delegation', body: 'Internal to A' });
    const toSecretariatA = await create(n.delegateA, { visibility: 'secretariat', body: 'A tells the secretariat' });
    const internalB = await create(n.delegateB, { visibility: 'delegation', body: 'Internal to B' });
    const bySecretariat = await create(n.secretariat, { visibility: 'secretariat', body: 'Secretariat only' });
    const byObserver = await create(n.observer, { visibility: 'secretariat', body: 'Observer to secretariat' });
    const all = [everyone, internalA, toSecretariatA, internalB, bySecretariat, byObserver].map((a) => a.id);
    const seen = async (who: Person) => new Set(ids(await list(who)).filter((id) => all.includes(id)));

    expect(await seen(n.delegateA2)).toEqual(new Set([everyone.id, internalA.id, toSecretariatA.id]));
    expect(await seen(n.headA)).toEqual(new Set([everyone.id, internalA.id, toSecretariatA.id]));
    expect(await seen(n.delegateB)).toEqual(new Set([everyone.id, internalB.id]));
    expect(await seen(n.secretariat)).toEqual(
      new Set([everyone.id, toSecretariatA.id, bySecretariat.id, byObserver.id]),
    );
    expect(await seen(n.chair)).toEqual(new Set([everyone.id]));
    expect(await seen(n.observer)).toEqual(new Set([everyone.id, byObserver.id]));
    // The same rules hold when reading one annotation (its history) by id.
    const history = (who: Person, id: string) => t.http.get(`/api/annotations/${id}/history`, { token: who.token });
    expect((await history(n.delegateB, internalA.id)).status).toBe(404);
    expect(failure(await history(n.delegateB, toSecretariatA.id))).toEqual({
      status: 404,
      code: ErrorCode.AnnotationNotFound,
    });
    expect((await history(n.delegateA2, toSecretariatA.id)).status).toBe(200);
  });

  it("keeps a delegation's secretariat thread, replies included, within that delegation and the secretariat", async () => {
    const note = await create(n.delegateA, { visibility: 'secretariat', body: 'Can we discuss?' });
    const reply = await t.http.post(
      `/api/annotations/${note.id}/replies`,
      { clientId: randomUUID(), body: 'Yes, tomorrow.' },
      { token: n.secretariat.token },
    );
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ parentId: note.id, visibility: 'secretariat', delegationId: null });
    expect(ids(await list(n.delegateA2))).toContain(reply.body.id);
    expect(ids(await list(n.delegateB))).not.toContain(reply.body.id);
    expect(ids(await list(n.chair))).not.toContain(reply.body.id);
  });

  it('refuses people outside the round or the process', async () => {
    expect(failure(await post(n.delegateC, request()))).toEqual({ status: 403, code: ErrorCode.Forbidden });
    expect((await t.http.get(`/api/rounds/${n.round.id}/annotations`, { token: n.delegateC.token })).status).toBe(403);
    expect(failure(await post(n.outsider, request()))).toEqual({ status: 404, code: ErrorCode.NotFound });
    const mine = await create(n.delegateA);
    expect((await t.http.get(`/api/rounds/${n.round.id}/annotations`, { token: n.outsider.token })).status).toBe(404);
    expect((await t.http.get(`/api/annotations/${mine.id}/history`, { token: n.outsider.token })).status).toBe(404);
    const reply = await t.http.post(
      `/api/annotations/${mine.id}/replies`,
      { clientId: randomUUID(), body: 'Intruding' },
      { token: n.outsider.token },
    );
    expect(failure(reply)).toEqual({ status: 404, code: ErrorCode.AnnotationNotFound });
    expect(failure(await post(n.delegateA, request({ roundId: new Types.ObjectId().toHexString() })))).toEqual({
      status: 404,
      code: ErrorCode.NotFound,
    });
  });

  it('keeps observers out of a round for delegations only', async () => {
    const closed = await openRound(
      t,
      n.processId,
      n.published.id,
      n.chair.id,
      [n.a.id],
      n.secretariat.token,
      'Delegations only',
      'delegations',
    );
    expect((await post(n.observer, request({ roundId: closed.id }))).status).toBe(403);
    expect((await post(n.delegateA, request({ roundId: closed.id }))).status).toBe(201);
  });

  it('is idempotent on the clientId, and refuses a different request reusing it', async () => {
    const body = request({ body: 'Sent twice' });
    const first = await post(n.delegateA, body);
    const second = await post(n.delegateA, body);
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body).toEqual(first.body);
    expect(await t.models.annotations.countDocuments({ clientId: body.clientId })).toBe(1);

    const racing = request({ body: 'Double click' });
    const results = await Promise.all([post(n.delegateA, racing), post(n.delegateA, racing)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(await t.models.annotations.countDocuments({ clientId: racing.clientId })).toBe(1);

    const conflict = await post(n.delegateA, { ...body, body: 'Something else' });
    expect(failure(conflict)).toEqual({ status: 409, code: ErrorCode.ClientIdConflict });
    // Another author may use the same clientId: ids are the client's own, per author.
    expect((await post(n.delegateB, body)).status).toBe(201);
    expect(await t.models.auditLog.countDocuments({ action: 'annotation.created', targetId: first.body.id })).toBe(1);
  });

  it('takes back the live event each retry logs, so a reader catching up keeps the annotation once', async () => {
    const log = t.app.get(LiveLog);
    const stream = streams.round(n.round.id);
    const [before = 0] = await log.current([stream]);
    const body = request({ body: 'Retried by a flaky network' });
    const first = await post(n.delegateA, body);
    const retries = await Promise.all([post(n.delegateA, body), post(n.delegateA, body)]);
    expect([first.status, ...retries.map((r) => r.status)]).toEqual([201, 200, 200]);
    const caught = await log.since(stream, before);
    if (caught.kind !== 'events') throw new Error('stream reset');
    // Each retry logged its creation beside its insert, then retracted it when the insert was refused.
    const kept = new Set<string>();
    for (const { event } of caught.events) {
      if (event.type === 'annotation.created') kept.add(event.annotation.id);
      if (event.type === 'annotation.retracted') kept.delete(event.annotationId);
    }
    expect([...kept]).toEqual([first.body.id]);
    expect(caught.events.filter((e) => e.event.type === 'annotation.retracted')).toHaveLength(2);
  });

  it('shows a reader a new annotation once, and a retry of it not at all', async () => {
    const live = await LiveClient.connect(t.baseUrl, n.delegateB.token);
    await live.join(n.round.id);
    try {
      const stream = streams.round(n.round.id);
      const seenBefore = live.streamEvents(stream).length;
      const body = request({ body: 'Answer lost on the way back' });
      const first = await post(n.delegateA, body);
      expect((await post(n.delegateA, body)).status).toBe(200);
      // A later annotation marks the end: the stream is in order, so the retry's events came before it.
      const marker = await post(n.delegateA, request({ body: 'After the retry' }));
      await live.until('the marker', () =>
        live
          .streamEvents(stream)
          .some((e) => e.event.type === 'annotation.created' && e.event.annotation.id === marker.body.id),
      );
      const shown = live
        .streamEvents(stream)
        .slice(seenBefore)
        .flatMap(({ event }) => (event.type === 'annotation.created' ? [event.annotation.id] : []));
      // Sent before its insert was stored, a retry would show as a second annotation, then vanish.
      expect(shown.filter((id) => id !== marker.body.id)).toEqual([first.body.id]);
    } finally {
      live.close();
    }
  });

  it('refuses each bad input with its code', async () => {
    const longBody = 'x'.repeat(ANNOTATION_BODY_MAX + 1);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ paragraphKey: 'no-such-paragraph' }, 404, ErrorCode.ParagraphNotFound],
      [{ selectors: span(1, 'indigenous') }, 400, ErrorCode.SelectorMismatch],
      [
        { selectors: { ...span(0, 'good faith'), position: { type: 'TextPositionSelector', start: 1, end: 11 } } },
        400,
        ErrorCode.SelectorMismatch,
      ],
      [{ kind: 'amendment' }, 400, ErrorCode.AmendmentRequired],
      [{ amendment: { operation: 'replace', text: 'bad faith' } }, 400, ErrorCode.AmendmentNotAllowed],
      [{ kind: 'amendment', amendment: { operation: 'replace', text: '' } }, 400, ErrorCode.ValidationFailed],
      [{ body: longBody }, 400, ErrorCode.ValidationFailed],
      [{ body: '<b></b>' }, 400, ErrorCode.ValidationFailed],
      [{ clientId: 'not-a-uuid' }, 400, ErrorCode.ValidationFailed],
      [{ visibility: 'everyone' }, 400, ErrorCode.ValidationFailed],
    ];
    for (const [extra, status, code] of cases) {
      const res = await post(n.delegateA, request(extra));
      expect({ extra, ...failure(res) }).toEqual({ extra, status, code });
    }
    const observerNote = await post(n.observer, request({ visibility: 'delegation' }));
    expect(failure(observerNote)).toEqual({ status: 400, code: ErrorCode.DelegationRequired });
    expect((await post(n.delegateA, request({ body: 'y'.repeat(ANNOTATION_BODY_MAX) }))).status).toBe(201);
  });

  it('refuses annotations while the round is not open', async () => {
    const scheduled = await openRound(
      t,
      n.processId,
      n.published.id,
      n.chair.id,
      [n.a.id],
      n.secretariat.token,
      'Not yet open',
      'observers',
      false,
    );
    expect(failure(await post(n.delegateA, request({ roundId: scheduled.id })))).toEqual({
      status: 409,
      code: ErrorCode.RoundNotOpen,
    });
  });

  it('answers a retry after the round closed with what the first attempt created', async () => {
    const round = await openRound(
      t,
      n.processId,
      n.published.id,
      n.chair.id,
      [n.a.id],
      n.secretariat.token,
      'Closing soon',
    );
    const body = request({ roundId: round.id, body: 'Sent just before closing' });
    const first = await post(n.delegateA, body);
    const replyBody = { clientId: randomUUID(), body: 'And a reply' };
    const reply = await t.http.post(`/api/annotations/${first.body.id}/replies`, replyBody, {
      token: n.delegateA.token,
    });
    expect([first.status, reply.status]).toEqual([201, 201]);
    const closed = await t.http.post(`/api/rounds/${round.id}/status`, { status: 'closed' }, { token: n.chair.token });
    expect(closed.status).toBe(200);

    const retried = await post(n.delegateA, body);
    expect([retried.status, retried.body]).toEqual([200, first.body]);
    const replyRetried = await t.http.post(`/api/annotations/${first.body.id}/replies`, replyBody, {
      token: n.delegateA.token,
    });
    expect([replyRetried.status, replyRetried.body.id]).toEqual([200, reply.body.id]);
    // A new annotation is still refused, and so is a new request reusing the clientId.
    expect(failure(await post(n.delegateA, request({ roundId: round.id })))).toEqual({
      status: 409,
      code: ErrorCode.RoundNotOpen,
    });
    expect(failure(await post(n.delegateA, { ...body, body: 'Changed my mind' }))).toEqual({
      status: 409,
      code: ErrorCode.ClientIdConflict,
    });
  });

  it('strips HTML from the body and records mentions of delegations of the process', async () => {
    const res = await post(
      n.delegateA,
      request({
        body: `<script>alert(1)</script>As <b>@${n.b.code}</b> and @${n.c.name.toLowerCase()} said; not @NOBODY.`,
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body.body).toBe(`As @${n.b.code} and @${n.c.name.toLowerCase()} said; not @NOBODY.`);
    expect([...res.body.mentions].sort()).toEqual([n.b.id, n.c.id].sort());
  });

  it('threads replies under the root, inheriting its anchor and visibility', async () => {
    const root = await create(n.delegateA, { visibility: 'delegation', body: 'Shall we object?' });
    const first = await t.http.post(
      `/api/annotations/${root.id}/replies`,
      { clientId: randomUUID(), body: 'Yes.' },
      { token: n.delegateA2.token },
    );
    expect(first.status).toBe(201);
    // Replying to a reply joins the same flat thread.
    const clientId = randomUUID();
    const second = await t.http.post(
      `/api/annotations/${first.body.id}/replies`,
      { clientId, body: 'Agreed.' },
      { token: n.delegateA.token },
    );
    expect(second.body).toMatchObject({
      parentId: root.id,
      visibility: 'delegation',
      anchor: root.anchor,
      kind: 'comment',
    });
    const retry = await t.http.post(
      `/api/annotations/${first.body.id}/replies`,
      { clientId, body: 'Agreed.' },
      { token: n.delegateA.token },
    );
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(second.body.id);
    const forB = await t.http.post(
      `/api/annotations/${root.id}/replies`,
      { clientId: randomUUID(), body: 'Peeking' },
      { token: n.delegateB.token },
    );
    expect(forB.status).toBe(404);
    const thread = (await list(n.delegateA2)).filter((a) => a.id === root.id || a.parentId === root.id);
    expect(thread.map((a) => a.body)).toEqual(['Shall we object?', 'Yes.', 'Agreed.']);
  });

  it('lets only the author edit, keeping the history, and withdraw without deleting', async () => {
    const mine = await create(n.delegateA, { body: 'First words' });
    const edit = (who: Person, body: string) =>
      t.http.patch(`/api/annotations/${mine.id}`, { body }, { token: who.token });
    const edited = await edit(n.delegateA, 'Second <i>words</i>');
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ body: 'Second words', editedAt: expect.any(String) });
    expect((await edit(n.delegateA, 'Third words')).status).toBe(200);
    for (const other of [n.delegateA2, n.secretariat]) {
      expect(failure(await edit(other, 'Not mine'))).toEqual({ status: 403, code: ErrorCode.NotAuthor });
    }
    const history = await t.http.get(`/api/annotations/${mine.id}/history`, { token: n.delegateB.token });
    expect((history.body as AnnotationHistory).items.map((r) => r.body)).toEqual([
      'First words',
      'Second words',
      'Third words',
    ]);

    expect(
      failure(await t.http.post(`/api/annotations/${mine.id}/withdraw`, {}, { token: n.delegateA2.token })),
    ).toEqual({
      status: 403,
      code: ErrorCode.NotAuthor,
    });
    const withdrawn = await t.http.post(`/api/annotations/${mine.id}/withdraw`, {}, { token: n.delegateA.token });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', body: 'Third words' });
    expect(failure(await edit(n.delegateA, 'Too late'))).toEqual({ status: 409, code: ErrorCode.AnnotationWithdrawn });
    expect((await list(n.delegateB)).find((a) => a.id === mine.id)?.status).toBe('withdrawn');
    expect(
      (await t.http.request('DELETE', `/api/annotations/${mine.id}`, undefined, { token: n.delegateA.token })).status,
    ).toBe(404);
    const actions = await t.models.auditLog.find({ targetId: mine.id }).sort({ at: 1 }).lean().exec();
    expect(actions.map((a) => a.action)).toEqual([
      'annotation.created',
      'annotation.edited',
      'annotation.edited',
      'annotation.withdrawn',
    ]);
  });

  it('lets heads of other delegations co-sponsor an amendment, once each', async () => {
    const amendment = await create(n.delegateA, {
      kind: 'amendment',
      body: 'Stronger wording',
      amendment: { operation: 'replace', text: 'utmost good faith' },
    });
    const sponsor = (who: Person) => t.http.post(`/api/annotations/${amendment.id}/sponsors`, {}, { token: who.token });
    const unsponsor = (who: Person) =>
      t.http.request('DELETE', `/api/annotations/${amendment.id}/sponsors/mine`, undefined, { token: who.token });

    const ok = await sponsor(n.headB);
    expect(ok.status).toBe(201);
    // Who in the delegation co-sponsored: their own act is not news to them on their next visit.
    expect(ok.body.sponsors).toEqual([
      { delegationId: n.b.id, delegationName: n.b.name, byUserId: n.headB.id, at: expect.any(String) },
    ]);
    expect(failure(await sponsor(n.headB))).toEqual({ status: 409, code: ErrorCode.AlreadySponsor });
    expect((await sponsor(n.headA)).status).toBe(403);
    expect((await sponsor(n.delegateB)).status).toBe(403);
    expect((await list(n.observer)).find((a) => a.id === amendment.id)?.sponsors).toHaveLength(1);

    expect((await unsponsor(n.headB)).body.sponsors).toEqual([]);
    expect(failure(await unsponsor(n.headB))).toEqual({ status: 409, code: ErrorCode.NotSponsor });
    const comment = await create(n.delegateA);
    const notAmendment = await t.http.post(`/api/annotations/${comment.id}/sponsors`, {}, { token: n.headB.token });
    expect(failure(notAmendment)).toEqual({ status: 400, code: ErrorCode.AmendmentRequired });
    expect(await t.models.auditLog.countDocuments({ targetId: amendment.id, action: /^annotation.sponsor/ })).toBe(2);
  });

  it('lets only the secretariat record dispositions, the latest counting, readable by the author', async () => {
    const comment = await create(n.delegateA);
    const dispose = (who: Person, value: string, reason: string) =>
      t.http.put(`/api/annotations/${comment.id}/disposition`, { value, reason }, { token: who.token });
    expect((await dispose(n.delegateA, 'accepted', 'Mine is good')).status).toBe(403);
    expect((await dispose(n.chair, 'accepted', 'Chair decides')).status).toBe(403);
    expect((await dispose(n.secretariat, 'not_retained', 'Out of scope')).status).toBe(200);
    const latest = await dispose(n.secretariat, 'partly_accepted', 'Reflected in paragraph 3');
    expect(latest.body.disposition).toMatchObject({
      value: 'partly_accepted',
      reason: 'Reflected in paragraph 3',
      byUserId: n.secretariat.id,
    });
    const seen = (await list(n.delegateA)).find((a) => a.id === comment.id);
    expect(seen?.disposition).toMatchObject({ value: 'partly_accepted', reason: 'Reflected in paragraph 3' });
    expect(await t.models.annotationDispositions.countDocuments({ annotationId: new Types.ObjectId(comment.id) })).toBe(
      2,
    );
  });

  it('refuses a disposition on a question or a reservation, with its code, and records nothing', async () => {
    for (const kind of ['question', 'reservation'] as const) {
      const asked = await create(n.delegateA, { kind, body: `A ${kind} for the secretariat` });
      const res = await t.http.put(
        `/api/annotations/${asked.id}/disposition`,
        { value: 'accepted', reason: 'Noted' },
        { token: n.secretariat.token },
      );
      expect(failure(res)).toEqual({ status: 400, code: ErrorCode.NoDispositionForKind });
      expect(res.body.message).toMatch(/comments and amendments/);
      const annotationId = new Types.ObjectId(asked.id);
      expect(await t.models.annotationDispositions.countDocuments({ annotationId })).toBe(0);
      expect(await t.models.auditLog.countDocuments({ targetId: asked.id, action: 'annotation.disposition_set' })).toBe(
        0,
      );
      expect((await list(n.delegateA)).find((a) => a.id === asked.id)?.disposition).toBeNull();
    }
  });

  it('filters the list by paragraph', async () => {
    const onSecond = await create(n.delegateA, { paragraphKey: keys[1], selectors: null, body: 'Whole paragraph' });
    const items = await list(n.delegateA, `?paragraphKey=${keys[1]}`);
    expect(ids(items)).toContain(onSecond.id);
    expect(items.every((a) => a.anchor.paragraphKey === keys[1])).toBe(true);
  });

  it('publishes each change on the live streams of exactly those who may read it', async () => {
    const log = t.app.get(LiveLog);
    const roundStream = streams.round(n.round.id);
    const streamsOf = [
      roundStream,
      streams.delegation(n.round.id, n.a.id),
      streams.delegation(n.round.id, n.b.id),
      streams.secretariat(n.round.id),
    ];
    const before = await log.current(streamsOf);
    const open = await create(n.delegateA, { body: 'For everyone' });
    const internal = await create(n.delegateA, { visibility: 'delegation', body: 'For A' });
    const toSecretariat = await create(n.delegateA, { visibility: 'secretariat', body: 'For the secretariat' });
    await t.http.patch(`/api/annotations/${open.id}`, { body: 'For everyone, edited' }, { token: n.delegateA.token });
    const events = async (index: number) => {
      const caught = await log.since(streamsOf[index], before[index]);
      if (caught.kind !== 'events') throw new Error('stream reset');
      return caught.events
        .map((e) => e.event)
        .filter((e): e is Extract<RoundEvent, { annotation: Annotation }> => 'annotation' in e);
    };
    const [round, ofA, ofB, ofSecretariat] = await Promise.all([0, 1, 2, 3].map(events));
    expect(round.map((e) => [e.type, e.annotation.id])).toEqual([
      ['annotation.created', open.id],
      ['annotation.updated', open.id],
    ]);
    expect(round.at(-1)?.annotation.body).toBe('For everyone, edited');
    expect(ofA.map((e) => e.annotation.id)).toEqual([internal.id, toSecretariat.id]);
    expect(ofB).toEqual([]);
    expect(ofSecretariat.map((e) => e.annotation.id)).toEqual([toSecretariat.id]);
  });
});
