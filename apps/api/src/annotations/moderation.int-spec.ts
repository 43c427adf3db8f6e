import { type Annotation, ErrorCode, streams } from '@concordia/contracts';
import { LiveClient } from '../test/live-client';
import { startTestApp, type TestApp } from '../test/test-app';
import {
  otherChairToken,
  postAnnotation,
  postReply,
  setUpNegotiation,
  type Negotiation,
  type Person,
} from './test/negotiation';

describe('moderation: the chair hides and shows annotations', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];
  let otherChair: string;

  const create = (who: Person, extra: Record<string, unknown> = {}): Promise<Annotation> =>
    postAnnotation(
      t,
      who,
      { roundId: n.round.id, paragraphKey: keys[0] },
      { body: 'An offensive remark about @' + n.b.code, ...extra },
    );
  const seenBy = async (who: Person | string, id: string): Promise<Annotation | undefined> => {
    const token = typeof who === 'string' ? who : who.token;
    const res = await t.http.get(`/api/rounds/${n.round.id}/annotations`, { token });
    return (res.body.items as Annotation[]).find((a) => a.id === id);
  };
  /** The first event of that type on the round stream, whether it arrived already or not. */
  const eventOf = async (live: LiveClient, type: string, id: string) => {
    const find = () =>
      live
        .streamEvents(streams.round(n.round.id))
        .find((e) => e.event.type === type && 'annotation' in e.event && e.event.annotation.id === id);
    await live.until(type, () => find() !== undefined);
    return find()!;
  };
  const hide = (id: string, token: string, reason = 'Offensive language towards a delegation.') =>
    t.http.post(`/api/annotations/${id}/hide`, { reason }, { token });

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
    otherChair = await otherChairToken(t, n.processId);
  });
  afterAll(() => t.close());

  it('refuses moderation by anyone but the round chair, and without a reason', async () => {
    const a = await create(n.delegateA);
    expect((await hide(a.id, n.secretariat.token)).body).toMatchObject({ code: ErrorCode.Forbidden });
    expect((await hide(a.id, n.headB.token)).status).toBe(403);
    const other = await hide(a.id, otherChair);
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ code: ErrorCode.NotRoundChair });
    expect((await hide(a.id, n.outsider.token)).status).toBe(404);
    expect((await hide(a.id, n.chair.token, '  ')).body).toMatchObject({ code: ErrorCode.ValidationFailed });
    const unhide = await t.http.post(`/api/annotations/${a.id}/unhide`, {}, { token: n.chair.token });
    expect(unhide.status).toBe(409);
    expect(unhide.body).toMatchObject({ code: ErrorCode.AnnotationNotHidden });
  });

  it('hides with a reason: the author reads both, others a placeholder, live and in lists', async () => {
    const live = await LiveClient.connect(t.baseUrl, n.delegateB.token);
    await live.join(n.round.id);
    try {
      const a = await create(n.delegateA);
      const res = await hide(a.id, n.chair.token);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        body: '',
        moderation: { hidden: true, reason: 'Offensive language towards a delegation.' },
      });
      expect((await hide(a.id, n.chair.token)).body).toMatchObject({ code: ErrorCode.AnnotationAlreadyHidden });

      const event = await eventOf(live, 'annotation.hidden', a.id);
      expect(event.stream).toBe(streams.round(n.round.id));
      expect(event.event).toMatchObject({
        annotation: { id: a.id, body: '', amendment: null, mentions: [], moderation: { hidden: true, reason: null } },
      });
      expect(JSON.stringify(event)).not.toContain('offensive remark');

      expect(await seenBy(n.delegateA, a.id)).toMatchObject({
        body: a.body,
        moderation: { reason: 'Offensive language towards a delegation.' },
      });
      for (const other of [n.delegateB, n.headA, n.secretariat, n.observer]) {
        expect(await seenBy(other, a.id)).toMatchObject({ body: '', moderation: { hidden: true, reason: null } });
      }
      expect(await seenBy(n.chair, a.id)).toMatchObject({ body: '', moderation: { reason: expect.any(String) } });
      // The history holds the same words: only the author reads them.
      expect((await t.http.get(`/api/annotations/${a.id}/history`, { token: n.delegateB.token })).body).toEqual({
        items: [],
      });
      expect(
        (await t.http.get(`/api/annotations/${a.id}/history`, { token: n.delegateA.token })).body.items,
      ).toHaveLength(1);

      // The author's edit of a hidden annotation travels emptied too.
      await t.http.patch(`/api/annotations/${a.id}`, { body: 'Edited but still rude' }, { token: n.delegateA.token });
      const edited = await eventOf(live, 'annotation.updated', a.id);
      expect(JSON.stringify(edited)).not.toContain('rude');

      const shown = await t.http.post(`/api/annotations/${a.id}/unhide`, {}, { token: n.chair.token });
      expect(shown.status).toBe(200);
      expect(shown.body).toMatchObject({ body: 'Edited but still rude', moderation: null });
      const back = await eventOf(live, 'annotation.unhidden', a.id);
      expect(back.event).toMatchObject({ annotation: { id: a.id, body: 'Edited but still rude' } });
      expect(await seenBy(n.delegateB, a.id)).toMatchObject({ body: 'Edited but still rude', moderation: null });

      const audit = await t.models.auditLog
        .find({ targetId: a.id, action: /^annotation\.(un)?hidden$/ })
        .sort({ _id: 1 })
        .lean()
        .exec();
      expect(audit.map((e) => [e.action, e.after])).toEqual([
        ['annotation.hidden', { hidden: true, reason: 'Offensive language towards a delegation.' }],
        ['annotation.unhidden', { hidden: false }],
      ]);
    } finally {
      live.close();
    }
  });

  it('keeps a hidden amendment out of the words others read, including its proposed text', async () => {
    const amendment = await create(n.headA, {
      kind: 'amendment',
      body: 'Replace the paragraph',
      amendment: { operation: 'new_paragraph', text: 'Insulting proposed text' },
    });
    await hide(amendment.id, n.chair.token, 'Not a serious proposal.');
    expect(await seenBy(n.delegateB, amendment.id)).toMatchObject({ amendment: null, body: '' });
    expect(await seenBy(n.headA, amendment.id)).toMatchObject({ amendment: { text: 'Insulting proposed text' } });
    // Co-sponsoring answers with the emptied annotation as well.
    const sponsored = await t.http.post(`/api/annotations/${amendment.id}/sponsors`, {}, { token: n.headB.token });
    expect(sponsored.status).toBe(201);
    expect(sponsored.body).toMatchObject({
      amendment: null,
      sponsors: [expect.objectContaining({ delegationId: n.b.id })],
    });
  });

  it("gives the chair's queue each comment's context, and nothing of threads the chair may not read", async () => {
    const before = Date.now();
    const shared = await create(n.delegateA, { body: 'A remark for the whole round' });
    const forSecretariat = await create(n.delegateA, { body: 'For the secretariat only', visibility: 'secretariat' });
    const internal = await create(n.delegateB, { body: 'Internal note of B', visibility: 'delegation' });
    const reply = await postReply(t, n.headB, shared, 'A reply from B');

    // The queue is the round's list as the chair reads it: who, which delegation, where and when.
    const res = await t.http.get(`/api/rounds/${n.round.id}/annotations`, { token: n.chair.token });
    const items = res.body.items as Annotation[];
    const seen = items.find((a) => a.id === shared.id);
    expect(seen).toMatchObject({
      authorName: shared.authorName,
      delegationId: n.a.id,
      delegationName: n.a.name,
      anchor: { versionId: n.published.id, paragraphKey: keys[0] },
      parentId: null,
    });
    expect(new Date(seen!.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(items.find((a) => a.id === reply.id)).toMatchObject({ parentId: shared.id, delegationName: n.b.name });

    // A secretariat-only thread and another delegation's internal note stay unknown to the chair:
    // absent from the list, and "not found" when the chair tries to act on them.
    for (const hidden of [forSecretariat, internal]) {
      expect(items.some((a) => a.id === hidden.id)).toBe(false);
      const refused = await hide(hidden.id, n.chair.token);
      expect(refused.status).toBe(404);
      expect(refused.body).toMatchObject({ code: ErrorCode.AnnotationNotFound });
    }
    expect(await seenBy(n.secretariat, forSecretariat.id)).toMatchObject({ body: 'For the secretariat only' });
  });

  it('dates each hiding and showing again, and says who did it, for a returning reader to see them as updates', async () => {
    const a = await create(n.delegateA, { body: 'A remark hidden, then shown again twice' });
    const hidden = (await hide(a.id, n.chair.token)).body as Annotation;
    expect(hidden.moderation).toMatchObject({ byUserId: n.chair.id, at: expect.any(String) });
    expect(hidden.restored).toBeNull();

    const unhide = () => t.http.post(`/api/annotations/${a.id}/unhide`, {}, { token: n.chair.token });
    const first = (await unhide()).body as Annotation;
    expect(first.restored).toMatchObject({ byUserId: n.chair.id });
    expect(Date.parse(first.restored!.at)).toBeGreaterThanOrEqual(Date.parse(hidden.moderation!.at));
    await hide(a.id, n.chair.token);
    const second = (await unhide()).body as Annotation;
    expect(Date.parse(second.restored!.at)).toBeGreaterThanOrEqual(Date.parse(first.restored!.at));

    // Every reader's list carries the latest showing again; each one stays on file.
    expect(await seenBy(n.delegateB, a.id)).toMatchObject({ moderation: null, restored: second.restored });
    expect(await t.models.annotationRestorations.countDocuments({ annotationId: a.id }).exec()).toBe(2);
    expect((await seenBy(n.delegateB, (await create(n.delegateA)).id))?.restored).toBeNull();
  });
});
