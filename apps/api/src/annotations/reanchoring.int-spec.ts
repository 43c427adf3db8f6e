import { randomUUID } from 'node:crypto';
import {
  type Annotation,
  type CarryForwardReport,
  type DraftVersion,
  ErrorCode,
  type StreamEvent,
  streams,
} from '@concordia/contracts';
import { ensureIndexes } from '@concordia/dal';
import { Types } from 'mongoose';
import { LiveClient } from '../test/live-client';
import { startTestApp, type TestApp } from '../test/test-app';
import { Reanchorer } from './reanchorer.service';
import { type Negotiation, openRound, type Person, setUpNegotiation, spanIn as span } from './test/negotiation';

const EDITED = 'The rights of indigenous people are respected in all measures taken under this agreement.';

describe('re-anchoring when a version is published', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];
  let rev1: DraftVersion;
  let rev2: DraftVersion;
  let workingId: string;
  const made: Record<string, Annotation> = {};

  const create = async (who: Person, extra: Record<string, unknown>): Promise<Annotation> => {
    const res = await t.http.post(
      '/api/annotations',
      { clientId: randomUUID(), roundId: n.round.id, kind: 'comment', visibility: 'round', body: 'Note', ...extra },
      { token: who.token },
    );
    expect(res.status).toBe(201);
    return res.body as Annotation;
  };
  const operate = async (version: DraftVersion, operation: Record<string, unknown>): Promise<DraftVersion> => {
    const res = await t.http.post(
      `/api/versions/${version.id}/operations`,
      { revision: version.revision, operation },
      { token: n.secretariat.token },
    );
    expect(res.status).toBe(200);
    return res.body as DraftVersion;
  };
  /** `allowUnchanged`: Rev.2 republishes Rev.1's text on purpose, to carry annotations across an unchanged version. */
  const publish = async (version: DraftVersion, label: string, allowUnchanged = false) => {
    const res = await t.http.post(
      `/api/versions/${version.id}/publish`,
      { revision: version.revision, label, allowUnchanged },
      { token: n.secretariat.token },
    );
    expect(res.status).toBe(200);
    return res.body as { published: DraftVersion; working: DraftVersion };
  };
  const report = (who: Person, from: string, to: string) =>
    t.http.get(`/api/drafts/${n.draftId}/carry-forward?from=${from}&to=${to}`, { token: who.token });
  /** An open round of A and B on a version of the draft. */
  const roundOn = (version: DraftVersion, name: string) =>
    openRound(t, n.processId, version.id, n.chair.id, [n.a.id, n.b.id], n.secretariat.token, name);
  const anchorOf = (annotationId: string, versionId: string) =>
    t.models.annotationAnchors
      .findOne({ annotationId: new Types.ObjectId(annotationId), versionId: new Types.ObjectId(versionId) })
      .lean()
      .exec();

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
    made.exact = await create(n.delegateA, { paragraphKey: keys[0], selectors: span(0, 'good faith') });
    made.fuzzy = await create(n.delegateA, {
      paragraphKey: keys[1],
      selectors: span(1, 'indigenous peoples are respected'),
      kind: 'amendment',
      amendment: { operation: 'replace', text: 'Indigenous Peoples are fully respected' },
    });
    made.whole = await create(n.delegateB, { paragraphKey: keys[1], selectors: null, kind: 'question' });
    made.orphan = await create(n.delegateA, { paragraphKey: keys[2], selectors: span(2, 'about to disappear') });
    made.internalB = await create(n.delegateB, {
      paragraphKey: keys[0],
      selectors: span(0, 'shared watercourses'),
      visibility: 'delegation',
    });
    made.withdrawn = await create(n.delegateA, { paragraphKey: keys[0], selectors: span(0, 'cooperate') });
    await t.http.post(`/api/annotations/${made.withdrawn.id}/withdraw`, {}, { token: n.delegateA.token });
    const reply = await t.http.post(
      `/api/annotations/${made.exact.id}/replies`,
      { clientId: randomUUID(), body: 'Agreed' },
      { token: n.delegateB.token },
    );
    made.reply = reply.body as Annotation;
    await t.http.put(
      `/api/annotations/${made.fuzzy.id}/disposition`,
      { value: 'partly_accepted', reason: 'Plural kept' },
      { token: n.secretariat.token },
    );

    let working = (await t.http.get(`/api/versions/${n.workingId}`, { token: n.secretariat.token }))
      .body as DraftVersion;
    working = await operate(working, { type: 'edit_paragraph', key: keys[1], text: EDITED });
    working = await operate(working, { type: 'delete_paragraph', key: keys[2] });
    const first = await publish(working, 'Rev.1');
    rev1 = first.published;
    const second = await publish(first.working, 'Rev.2', true);
    rev2 = second.published;
    workingId = second.working.id;
  });
  afterAll(() => t.close());

  it('records where each open thread landed, by how it was found, keeping the original', async () => {
    const exact = await anchorOf(made.exact.id, rev1.id);
    expect(exact).toMatchObject({ status: 'anchored', method: 'exact', paragraphKey: keys[0] });
    expect(exact?.selectors?.quote.exact).toBe('good faith');

    const fuzzy = await anchorOf(made.fuzzy.id, rev1.id);
    expect(fuzzy).toMatchObject({ status: 'anchored', method: 'fuzzy', paragraphKey: keys[1] });
    expect(fuzzy?.selectors?.quote.exact).toBe('indigenous people are respected');
    const start = fuzzy?.selectors?.position.start ?? -1;
    expect(EDITED.slice(start, fuzzy?.selectors?.position.end)).toBe('indigenous people are respected');

    expect(await anchorOf(made.whole.id, rev1.id)).toMatchObject({ status: 'anchored', method: 'paragraph' });
    expect(await anchorOf(made.orphan.id, rev1.id)).toMatchObject({
      status: 'orphaned',
      method: null,
      paragraphKey: keys[2],
    });
    expect(await anchorOf(made.withdrawn.id, rev1.id)).toBeNull();
    expect(await anchorOf(made.reply.id, rev1.id)).toBeNull();
    // The original anchor is never rewritten.
    const original = await t.models.annotations.findById(made.fuzzy.id).lean().exec();
    expect(original?.selectors?.quote.exact).toBe('indigenous peoples are respected');
    expect(original?.versionId.toHexString()).toBe(n.published.id);
  });

  it('carries threads on through later versions, orphans staying listed', async () => {
    expect(await anchorOf(made.exact.id, rev2.id)).toMatchObject({ method: 'exact', fromVersionId: expect.anything() });
    expect((await anchorOf(made.exact.id, rev2.id))?.fromVersionId.toHexString()).toBe(rev1.id);
    expect(await anchorOf(made.orphan.id, rev2.id)).toMatchObject({ status: 'orphaned', paragraphKey: keys[2] });
    expect(await t.models.annotationAnchors.countDocuments({ versionId: new Types.ObjectId(rev2.id) })).toBe(5);
  });

  it('lists carried threads in a round on the new version, at their anchor there, with visibility', async () => {
    const round = await roundOn(rev1, 'Rev.1 reading');
    const list = async (who: Person, query = '') => {
      const res = await t.http.get(`/api/rounds/${round.id}/annotations${query}`, { token: who.token });
      expect(res.status).toBe(200);
      return res.body.items as Annotation[];
    };
    const forA = await list(n.delegateA);
    const byId = new Map(forA.map((a) => [a.id, a]));
    expect(byId.get(made.exact.id)?.anchor).toMatchObject({ versionId: rev1.id, method: 'exact', status: 'anchored' });
    expect(byId.get(made.fuzzy.id)?.anchor).toMatchObject({ versionId: rev1.id, method: 'fuzzy' });
    expect(byId.get(made.fuzzy.id)?.disposition?.value).toBe('partly_accepted');
    expect(byId.get(made.reply.id)?.anchor).toMatchObject({ versionId: rev1.id, method: 'exact' });
    expect(byId.has(made.orphan.id)).toBe(false);
    expect(byId.has(made.internalB.id)).toBe(false);
    expect(byId.has(made.withdrawn.id)).toBe(false);

    const withOrphans = await list(n.delegateA, '?includeOrphaned=true');
    expect(withOrphans.find((a) => a.id === made.orphan.id)?.anchor).toMatchObject({
      status: 'orphaned',
      versionId: rev1.id,
    });
    // An orphan keeps the words it was written on: the reader must see what it was about.
    expect(withOrphans.find((a) => a.id === made.orphan.id)?.anchor.selectors?.quote.exact).toBe('about to disappear');
    expect((await list(n.delegateB)).map((a) => a.id)).toContain(made.internalB.id);
  });

  it('reports, paragraph by paragraph, where each comment and amendment landed', async () => {
    const res = await report(n.secretariat, n.published.id, rev1.id);
    expect(res.status).toBe(200);
    const body = res.body as CarryForwardReport;
    expect(body).toMatchObject({ fromVersionId: n.published.id, toVersionId: rev1.id });
    expect(body.paragraphs.map((p) => [p.paragraphKey, p.fromNumber, p.toNumber])).toEqual([
      [keys[0], n.published.sections[0].paragraphs[0].number, expect.any(String)],
      [keys[1], n.published.sections[0].paragraphs[1].number, expect.any(String)],
      [keys[2], n.published.sections[0].paragraphs[2].number, null],
    ]);
    const entries = new Map(body.paragraphs.flatMap((p) => p.annotations).map((a) => [a.annotationId, a]));
    expect([...entries.keys()].sort()).toEqual([made.exact.id, made.fuzzy.id, made.whole.id, made.orphan.id].sort());
    expect(entries.get(made.fuzzy.id)).toMatchObject({
      kind: 'amendment',
      disposition: 'partly_accepted',
      status: 'anchored',
      method: 'fuzzy',
      toParagraphKey: keys[1],
    });
    expect(entries.get(made.orphan.id)).toMatchObject({ status: 'orphaned', method: null, toParagraphKey: null });

    expect((await report(n.chair, n.published.id, rev1.id)).status).toBe(200);
    expect((await report(n.delegateA, n.published.id, rev1.id)).status).toBe(403);
    expect((await report(n.outsider, n.published.id, rev1.id)).status).toBe(404);
    expect((await report(n.secretariat, rev1.id, n.published.id)).body.code).toBe(ErrorCode.OperationInvalid);
    expect((await report(n.secretariat, n.published.id, workingId)).status).toBe(404);
  });

  it('fills in a missing carry when the report is asked for', async () => {
    await t.models.annotationAnchors.deleteMany({ versionId: new Types.ObjectId(rev1.id) }).exec();
    const res = await report(n.secretariat, n.published.id, rev1.id);
    expect(res.status).toBe(200);
    expect(await anchorOf(made.exact.id, rev1.id)).toMatchObject({ method: 'exact' });
    expect(await t.models.annotationAnchors.countDocuments({ versionId: new Types.ObjectId(rev1.id) })).toBe(5);
    // Its copies written, the carry leaves nothing for the next start-up to repair.
    expect(await t.models.threadCarryMarks.countDocuments({}).exec()).toBe(0);
  });

  it('copies at the next start-up the anchors of a carry whose copies could not be written', async () => {
    const rev1Id = new Types.ObjectId(rev1.id);
    await t.models.annotationAnchors.deleteMany({ versionId: rev1Id }).exec();
    await t.models.threadCarries.deleteMany({}).exec();
    // The database goes away between the anchors and their copies.
    jest.spyOn(t.models.threadCarries, 'updateOne').mockImplementation(() => {
      throw new Error('connection lost');
    });
    try {
      expect((await report(n.secretariat, n.published.id, rev1.id)).status).toBe(200);
    } finally {
      jest.restoreAllMocks();
    }
    const anchors = await t.models.annotationAnchors.find({ versionId: rev1Id }).lean().exec();
    expect(anchors).toHaveLength(5);
    expect(await t.models.threadCarries.countDocuments({}).exec()).toBe(0);

    await ensureIndexes(t.models); // what the next start-up of the API runs
    const copies = await t.models.threadCarries.find({}).lean().exec();
    expect(new Map(copies.map((c) => [c._id.toHexString(), c.anchors[rev1.id]?._id.toHexString()]))).toEqual(
      new Map(anchors.map((a) => [a.annotationId.toHexString(), a._id.toHexString()])),
    );
  });

  it('keeps the stored anchors in the copies when two carries race', async () => {
    const rev1Id = new Types.ObjectId(rev1.id);
    await t.models.annotationAnchors.deleteMany({ versionId: rev1Id }).exec();
    await t.models.threadCarries.deleteMany({}).exec();
    // The previous case's mark stays for an hour (another process might still be writing its copies).
    const marks = await t.models.threadCarryMarks.countDocuments({}).exec();
    const reanchorer = t.app.get(Reanchorer);
    const [from, to] = await Promise.all([
      reanchorer.version({ _id: new Types.ObjectId(n.published.id) }),
      reanchorer.version({ _id: rev1Id }),
    ]);
    if (!from || !to) throw new Error('versions not found');
    // Both read before either stores (as two secretariat officers opening the report at once),
    // then they store one after the other.
    const collection = t.models.annotationAnchors.collection;
    const insertMany = collection.insertMany.bind(collection);
    let arrived = 0;
    let bothRead = (): void => undefined;
    const reading = new Promise<void>((resolve) => (bothRead = resolve));
    let turn: Promise<unknown> = Promise.resolve();
    jest.spyOn(collection, 'insertMany').mockImplementation(async (documents, options) => {
      if (++arrived === 2) bothRead();
      await reading;
      const mine = turn.then(() => insertMany(documents, options));
      turn = mine.catch(() => undefined);
      return mine;
    });
    try {
      await Promise.all([reanchorer.carry(from, to), reanchorer.carry(from, to)]);
    } finally {
      jest.restoreAllMocks();
    }
    expect(arrived).toBe(2);

    const anchors = await t.models.annotationAnchors.find({ versionId: rev1Id }).lean().exec();
    expect(anchors).toHaveLength(5);
    const copies = await t.models.threadCarries.find({}).lean().exec();
    expect(new Map(copies.map((c) => [c._id.toHexString(), c.anchors[rev1.id]?._id.toHexString()]))).toEqual(
      new Map(anchors.map((a) => [a.annotationId.toHexString(), a._id.toHexString()])),
    );
    expect(await t.models.threadCarryMarks.countDocuments({}).exec()).toBe(marks);
  });

  it('sends threads carried late to the open pages of a round already reading the new version', async () => {
    // Rev.2's carry failed at publication (its anchors are missing) and a round opened on it meanwhile.
    await t.models.annotationAnchors.deleteMany({ versionId: new Types.ObjectId(rev2.id) }).exec();
    const round = await roundOn(rev2, 'Rev.2 reading');
    const [liveA, liveB] = await Promise.all([
      LiveClient.connect(t.baseUrl, n.delegateA.token),
      LiveClient.connect(t.baseUrl, n.delegateB.token),
    ]);
    try {
      await Promise.all([liveA.join(round.id), liveB.join(round.id)]);
      expect((await report(n.secretariat, rev1.id, rev2.id)).status).toBe(200);

      const shown = (live: LiveClient, stream: string): Map<string, Annotation> =>
        new Map(
          live
            .streamEvents(stream)
            .map((e: StreamEvent) => e.event)
            .flatMap((event) => (event.type === 'annotation.updated' ? [[event.annotation.id, event.annotation]] : [])),
        );
      const roundStream = streams.round(round.id);
      const inRound = [made.exact.id, made.fuzzy.id, made.whole.id, made.orphan.id, made.reply.id];
      await liveA.until('the carried threads', () => inRound.every((id) => shown(liveA, roundStream).has(id)), 30_000);
      const toA = shown(liveA, roundStream);
      // Each as it sits in Rev.2, replies where their thread sits, orphans still listed.
      expect(toA.get(made.exact.id)?.anchor).toMatchObject({ versionId: rev2.id, method: 'exact', status: 'anchored' });
      expect(toA.get(made.reply.id)?.anchor).toMatchObject({ versionId: rev2.id, method: 'exact' });
      expect(toA.get(made.fuzzy.id)?.disposition?.value).toBe('partly_accepted');
      expect(toA.get(made.orphan.id)?.anchor).toMatchObject({ versionId: rev2.id, status: 'orphaned' });

      // B's internal thread goes to B's delegation alone.
      const bStream = streams.delegation(round.id, n.b.id);
      await liveB.until('the internal thread', () => shown(liveB, bStream).has(made.internalB.id), 30_000);
      expect(
        liveA.all('stream:event').some((e) => 'annotation' in e.event && e.event.annotation.id === made.internalB.id),
      ).toBe(false);
      expect(toA.has(made.withdrawn.id)).toBe(false);
    } finally {
      liveA.close();
      liveB.close();
    }
  });
});
