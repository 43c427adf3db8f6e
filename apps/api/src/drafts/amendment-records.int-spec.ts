import {
  type Annotation,
  type AnnotationList,
  type AuditEntry,
  type DraftVersion,
  ErrorCode,
  type PublishVersionResponse,
  type WorkingAmendmentList,
} from '@concordia/contracts';
import type { DraftVersionRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import {
  type Negotiation,
  postAmendment,
  setUpNegotiation,
  spanIn as span,
  TEXTS,
} from '../annotations/test/negotiation';
import { startTestApp, type TestApp } from '../test/test-app';

const REPLACED =
  'States shall cooperate in good faith and without delay to protect the shared watercourses of the region.';

/**
 * What the working version says it applies is always true and never lost: the text and the
 * application are one write of the version, an application undone (by Undo or by an ordinary
 * edit) is no longer claimed, and a published version claims only what its text shows.
 * A fresh negotiation (process, draft, round) per test.
 */
describe('amendments applied to the working version: nothing false, nothing lost', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];
  let working: DraftVersion;

  const amend = (index: number, amendment: object, extra: object = {}) =>
    postAmendment(t, n.delegateA, { roundId: n.round.id, paragraphKey: keys[index] }, amendment, extra);
  const replaceAmendment = () =>
    amend(
      0,
      { operation: 'replace', text: 'in good faith and without delay' },
      { selectors: span(0, 'in good faith') },
    );
  const operate = (operation: object, revision = working.revision) =>
    t.http.post(`/api/versions/${working.id}/operations`, { revision, operation }, { token: n.secretariat.token });
  const ok = async (operation: object): Promise<DraftVersion> => {
    const res = await operate(operation);
    expect(res.status).toBe(200);
    working = res.body as DraftVersion;
    return working;
  };
  const applied = async (id: string) =>
    (
      (await t.http.get(`/api/versions/${working.id}/amendments`, { token: n.secretariat.token }))
        .body as WorkingAmendmentList
    ).items.find((i) => i.annotationId === id)?.applied;
  const stored = async (versionId = working.id) =>
    (await t.models.draftVersions.findById(versionId).lean<DraftVersionRecord>().exec())!;
  const textOf = (version: DraftVersion, key: string) =>
    version.sections.flatMap((s) => s.paragraphs).find((p) => p.key === key)?.text;
  const publish = async (label: string): Promise<PublishVersionResponse> => {
    const res = await t.http.post(
      `/api/versions/${working.id}/publish`,
      { revision: working.revision, label },
      { token: n.secretariat.token },
    );
    expect(res.status).toBe(200);
    return res.body as PublishVersionResponse;
  };
  const appliedIn = async (annotation: Annotation) => {
    const res = await t.http.get(`/api/rounds/${n.round.id}/annotations`, { token: n.delegateA.token });
    return (res.body as AnnotationList).items.find((a) => a.id === annotation.id)?.appliedIn;
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  beforeEach(async () => {
    n = await setUpNegotiation(t);
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
    working = (await t.http.get(`/api/versions/${n.workingId}`, { token: n.secretariat.token })).body as DraftVersion;
  });
  afterAll(async () => {
    await t.close();
  });

  it('writes the application with the text, in the version itself: no separate record to lose or orphan', async () => {
    const amendment = await replaceAmendment();
    await ok({ type: 'apply_amendment', annotationId: amendment.id });
    const version = await stored();
    expect(version.sections[0].paragraphs[0].text).toBe(REPLACED);
    expect(version.applications).toEqual([
      expect.objectContaining({
        annotationId: new Types.ObjectId(amendment.id),
        revision: working.revision,
        trace: { kind: 'edit', paragraphKey: keys[0], before: TEXTS[0], after: REPLACED },
      }),
    ]);
    // The index of published applications is written by publishing, not here.
    expect(await t.models.amendmentApplications.countDocuments({ versionId: version._id })).toBe(0);
  });

  it('applies an amendment once when several officers apply it at the same moment', async () => {
    const amendment = await replaceAmendment();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => operate({ type: 'apply_amendment', annotationId: amendment.id })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409]);
    for (const res of results.filter((r) => r.status === 409)) {
      expect([ErrorCode.VersionStale, ErrorCode.AmendmentAlreadyApplied]).toContain(
        (res.body as { code: string }).code,
      );
    }
    const version = await stored();
    expect(version.sections[0].paragraphs[0].text).toBe(REPLACED);
    expect(version.applications).toHaveLength(1);
    // A late officer on the current revision is told it is applied, and nothing changes.
    working = (await t.http.get(`/api/versions/${working.id}`, { token: n.secretariat.token })).body as DraftVersion;
    const again = await operate({ type: 'apply_amendment', annotationId: amendment.id });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: ErrorCode.AmendmentAlreadyApplied });
    expect((await stored()).revision).toBe(working.revision);
  });

  it('Undo takes an application back, audited; a second Undo is refused', async () => {
    const amendment = await replaceAmendment();
    await ok({ type: 'apply_amendment', annotationId: amendment.id });
    const revision = working.revision;
    await ok({ type: 'undo_amendment', annotationId: amendment.id });
    expect(working.revision).toBe(revision + 1);
    expect(textOf(working, keys[0])).toBe(TEXTS[0]);
    expect(await applied(amendment.id)).toBe(false);
    expect((await stored()).applications).toEqual([]);

    const audit = await t.http.get(`/api/processes/${n.processId}/audit?action=version.undo_amendment`, {
      token: n.secretariat.token,
    });
    const [entry] = (audit.body as { items: AuditEntry[] }).items;
    expect(entry).toMatchObject({ targetId: working.id, context: { round: 'First reading', delegation: n.a.name } });
    expect(entry?.before).toMatchObject({ paragraphs: [{ key: keys[0], text: REPLACED }] });
    expect(entry?.after).toMatchObject({ paragraphs: [{ key: keys[0], text: TEXTS[0] }] });

    const twice = await operate({ type: 'undo_amendment', annotationId: amendment.id });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: ErrorCode.AmendmentNotApplied });
    // It can be applied again.
    await ok({ type: 'apply_amendment', annotationId: amendment.id });
    expect(textOf(working, keys[0])).toBe(REPLACED);
  });

  it('Undo refuses, changing nothing, once the paragraph was edited after the application', async () => {
    const amendment = await replaceAmendment();
    await ok({ type: 'apply_amendment', annotationId: amendment.id });
    const edited = REPLACED.replace('of the region', 'of the whole region');
    await ok({ type: 'edit_paragraph', key: keys[0], text: edited });
    // Still applied: the words it wrote are there.
    expect(await applied(amendment.id)).toBe(true);
    const res = await operate({ type: 'undo_amendment', annotationId: amendment.id });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: ErrorCode.AmendmentUndoConflict });
    const version = await stored();
    expect(version.revision).toBe(working.revision);
    expect(version.sections[0].paragraphs[0].text).toBe(edited);
  });

  it('Undo brings a deleted paragraph back with its key, and removes an added one', async () => {
    const deletion = await amend(2, { operation: 'delete', text: '' });
    const addition = await amend(0, { operation: 'new_paragraph', text: 'Each State designates a focal point.' });
    await ok({ type: 'apply_amendment', annotationId: deletion.id });
    await ok({ type: 'apply_amendment', annotationId: addition.id });
    expect(working.sections[0].paragraphs.map((p) => p.key)).not.toContain(keys[2]);
    expect(working.sections[0].paragraphs).toHaveLength(3);

    await ok({ type: 'undo_amendment', annotationId: deletion.id });
    await ok({ type: 'undo_amendment', annotationId: addition.id });
    expect(working.sections[0].paragraphs.map((p) => [p.key, p.number, p.text])).toEqual(
      keys.map((key, i) => [key, String(i + 1), TEXTS[i]]),
    );
  });

  it('an ordinary edit that takes the words out leaves it not applied, to apply again if wanted', async () => {
    const amendment = await replaceAmendment();
    await ok({ type: 'apply_amendment', annotationId: amendment.id });
    await ok({ type: 'edit_paragraph', key: keys[0], text: TEXTS[0] });
    expect(await applied(amendment.id)).toBe(false);
    await ok({ type: 'apply_amendment', annotationId: amendment.id });
    expect(textOf(working, keys[0])).toBe(REPLACED);
    expect((await stored()).applications).toHaveLength(1);
  });

  it('publishes only the applications still in the text: "Applied in" is true, and lands on the paragraph', async () => {
    const kept = await replaceAmendment();
    const undoneByHand = await amend(
      1,
      { operation: 'insert', text: 'effective' },
      { selectors: span(1, 'measures taken') },
    );
    await ok({ type: 'apply_amendment', annotationId: kept.id });
    await ok({ type: 'apply_amendment', annotationId: undoneByHand.id });
    await ok({ type: 'edit_paragraph', key: keys[1], text: TEXTS[1] });

    const { published } = await publish('Rev.1');
    const version = await stored(published.id);
    expect(version.applications?.map((a) => a.annotationId.toHexString())).toEqual([kept.id]);
    expect(await appliedIn(kept)).toEqual([
      { versionId: published.id, draftId: n.draftId, label: 'Rev.1', paragraphKey: keys[0] },
    ]);
    expect(await appliedIn(undoneByHand)).toEqual([]);

    const audit = await t.http.get(`/api/processes/${n.processId}/audit?action=version.published`, {
      token: n.secretariat.token,
    });
    const entry = (audit.body as { items: AuditEntry[] }).items.find((e) => e.targetId === published.id);
    expect(entry?.after).toMatchObject({ appliedAmendments: [kept.id], applicationsNoLongerInText: [undoneByHand.id] });
  });

  it('keeps, through Undo, apply and publish, what an older release recorded in the index only', async () => {
    const amendment = await replaceAmendment();
    await ok({ type: 'apply_amendment', annotationId: amendment.id });
    // As the previous release left it: the text changed, the version without its applications,
    // one entry in amendment_applications for the working version.
    await t.models.draftVersions.updateOne({ _id: working.id }, { $unset: { applications: 1 } }).exec();
    await t.models.amendmentApplications.create({
      annotationId: new Types.ObjectId(amendment.id),
      processId: new Types.ObjectId(n.processId),
      draftId: new Types.ObjectId(n.draftId),
      versionId: new Types.ObjectId(working.id),
      paragraphKey: keys[0],
      revision: working.revision,
      byUserId: new Types.ObjectId(n.secretariat.id),
      at: new Date(),
    });
    expect(await applied(amendment.id)).toBe(true);
    const again = await operate({ type: 'apply_amendment', annotationId: amendment.id });
    expect(again.body).toMatchObject({ code: ErrorCode.AmendmentAlreadyApplied });
    // Without a record of what it did, it is undone by hand.
    const undo = await operate({ type: 'undo_amendment', annotationId: amendment.id });
    expect(undo.body).toMatchObject({ code: ErrorCode.AmendmentUndoConflict });
    // The next application to the version carries it over, with the new one.
    const other = await amend(1, { operation: 'insert', text: 'effective' }, { selectors: span(1, 'measures taken') });
    await ok({ type: 'apply_amendment', annotationId: other.id });
    expect((await stored()).applications?.map((a) => [a.annotationId.toHexString(), a.trace?.kind ?? null])).toEqual([
      [amendment.id, null],
      [other.id, 'edit'],
    ]);
    const { published } = await publish('Rev.1');
    expect(await appliedIn(amendment)).toEqual([
      { versionId: published.id, draftId: n.draftId, label: 'Rev.1', paragraphKey: keys[0] },
    ]);
  });

  it('claims nothing from an index entry its version does not confirm (an interrupted or older publication)', async () => {
    const amendment = await replaceAmendment();
    await ok({ type: 'edit_paragraph', key: keys[2], text: 'This paragraph stays after all.' });
    const { published } = await publish('Rev.1');
    // As if a publication had indexed an application it then did not publish.
    await t.models.amendmentApplications.create({
      annotationId: new Types.ObjectId(amendment.id),
      processId: new Types.ObjectId(n.processId),
      draftId: new Types.ObjectId(n.draftId),
      versionId: new Types.ObjectId(published.id),
      paragraphKey: keys[0],
      revision: 1,
      byUserId: new Types.ObjectId(n.secretariat.id),
      at: new Date(),
    });
    expect(await appliedIn(amendment)).toEqual([]);
  });
});
