import {
  type Annotation,
  type AuditEntry,
  type DraftVersion,
  ErrorCode,
  type WorkingAmendmentList,
} from '@concordia/contracts';
import type { DraftVersionRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import {
  type Negotiation,
  type Person,
  postAmendment,
  postAnnotation,
  setUpNegotiation,
  spanIn as span,
  TEXTS,
} from '../annotations/test/negotiation';
import { startTestApp, type TestApp } from '../test/test-app';

/**
 * The secretariat turns a round's amendments into the next revision: the working version lists
 * them where re-anchoring placed them in the latest published version, and applies one through
 * the editor's own path (revision, draft lock, audit), once.
 */
describe('applying amendments to the working version', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];
  let rev1: DraftVersion;
  let working: DraftVersion;
  const made: Record<string, Annotation> = {};

  const amend = (who: Person, index: number, amendment: object, extra: object = {}) =>
    postAmendment(t, who, { roundId: n.round.id, paragraphKey: keys[index] }, amendment, extra);
  const list = (versionId: string, who: Person = n.secretariat) =>
    t.http.get(`/api/versions/${versionId}/amendments`, { token: who.token });
  const apply = (
    version: DraftVersion,
    annotationId: string,
    who: Person = n.secretariat,
    revision = version.revision,
  ) =>
    t.http.post(
      `/api/versions/${version.id}/operations`,
      { revision, operation: { type: 'apply_amendment', annotationId } },
      { token: who.token },
    );
  const applied = async (annotationId: string): Promise<DraftVersion> => {
    const res = await apply(working, annotationId);
    expect(res.status).toBe(200);
    working = res.body as DraftVersion;
    return working;
  };
  const texts = (version: DraftVersion) => version.sections[0].paragraphs.map((p) => p.text);
  const dispose = async (annotation: Annotation, value: string, reason: string) => {
    const res = await t.http.put(
      `/api/annotations/${annotation.id}/disposition`,
      { value, reason },
      { token: n.secretariat.token },
    );
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
    made.newParagraph = await amend(n.delegateA, 0, {
      operation: 'new_paragraph',
      text: 'Each State designates a focal point.',
    });
    made.replace = await amend(
      n.delegateA,
      0,
      { operation: 'replace', text: 'in good faith and without delay' },
      {
        selectors: span(0, 'in good faith'),
      },
    );
    made.internal = await amend(
      n.delegateB,
      1,
      { operation: 'replace', text: 'peoples' },
      {
        selectors: span(1, 'indigenous peoples'),
        visibility: 'delegation',
      },
    );
    made.insert = await amend(
      n.headA,
      1,
      { operation: 'insert', text: 'effective' },
      { selectors: span(1, 'measures taken') },
    );
    made.deleteAll = await amend(n.delegateB, 2, { operation: 'delete', text: '' });
    made.gone = await amend(
      n.delegateB,
      1,
      { operation: 'replace', text: 'Indigenous Peoples' },
      {
        selectors: span(1, 'indigenous peoples'),
      },
    );
    made.hidden = await amend(n.delegateA, 2, { operation: 'replace', text: 'Abusive words.' });
    const hide = await t.http.post(
      `/api/annotations/${made.hidden.id}/hide`,
      { reason: 'Abusive' },
      {
        token: n.chair.token,
      },
    );
    expect(hide.status).toBe(200);
    made.comment = await postAnnotation(
      t,
      n.delegateA,
      { roundId: n.round.id, paragraphKey: keys[0] },
      { body: 'Why?' },
    );
    await dispose(made.replace, 'accepted', 'Agreed at the second session');
    await dispose(made.insert, 'partly_accepted', 'Only the word “effective”');
    expect(
      (await t.http.post(`/api/annotations/${made.replace.id}/sponsors`, {}, { token: n.headB.token })).status,
    ).toBe(201);

    // Rev.1 reworded the start of paragraph 1: the amendments are carried into it by re-anchoring.
    let zeroWorking = (await t.http.get(`/api/versions/${n.workingId}`, { token: n.secretariat.token }))
      .body as DraftVersion;
    const edited = await t.http.post(
      `/api/versions/${zeroWorking.id}/operations`,
      {
        revision: zeroWorking.revision,
        operation: { type: 'edit_paragraph', key: keys[0], text: `All ${TEXTS[0]}` },
      },
      { token: n.secretariat.token },
    );
    zeroWorking = edited.body as DraftVersion;
    const published = await t.http.post(
      `/api/versions/${zeroWorking.id}/publish`,
      { revision: zeroWorking.revision, label: 'Rev.1' },
      { token: n.secretariat.token },
    );
    expect(published.status).toBe(200);
    ({ published: rev1, working } = published.body as { published: DraftVersion; working: DraftVersion });
  });

  afterAll(async () => {
    await t.close();
  });

  it('lists the amendments the secretariat may read, by paragraph, accepted first, placed in the latest published version', async () => {
    const res = await list(working.id);
    expect(res.status).toBe(200);
    const body = res.body as WorkingAmendmentList;
    expect(body.publishedVersionId).toBe(rev1.id);
    const ids = body.items.map((i) => i.annotationId);
    // Delegation B's internal amendment, the hidden one and the plain comment are not offered.
    expect(ids).toEqual([made.replace.id, made.newParagraph.id, made.insert.id, made.gone.id, made.deleteAll.id]);
    const replace = body.items[0];
    expect(replace).toMatchObject({
      paragraphKey: keys[0],
      operation: 'replace',
      text: 'in good faith and without delay',
      delegationName: n.a.name,
      roundName: 'First reading',
      disposition: { value: 'accepted', reason: 'Agreed at the second session' },
      sponsors: [{ delegationId: n.b.id, delegationName: n.b.name }],
      applied: false,
    });
    // The words as Rev.1 has them (its paragraph gained a word in front).
    expect(replace.selectors?.position.start).toBe(TEXTS[0].indexOf('in good faith') + 'All '.length);
  });

  it('applies a replacement to the paragraph as it now reads, says so in the list and the audit log', async () => {
    const before = working.revision;
    await applied(made.replace.id);
    expect(working.revision).toBe(before + 1);
    expect(texts(working)[0]).toBe(
      'All States shall cooperate in good faith and without delay to protect the shared watercourses of the region.',
    );
    const listed = (await list(working.id)).body as WorkingAmendmentList;
    expect(listed.items.find((i) => i.annotationId === made.replace.id)?.applied).toBe(true);
    expect(listed.items.find((i) => i.annotationId === made.insert.id)?.applied).toBe(false);

    const audit = await t.http.get(`/api/processes/${n.processId}/audit?action=version.apply_amendment`, {
      token: n.secretariat.token,
    });
    const [entry] = (audit.body as { items: AuditEntry[] }).items;
    expect(entry).toMatchObject({ targetId: working.id, context: { round: 'First reading', delegation: n.a.name } });
  });

  it('refuses to apply the same amendment twice to one working version', async () => {
    const res = await apply(working, made.replace.id);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: ErrorCode.AmendmentAlreadyApplied });
  });

  it('refuses a stale revision with the current version, changing nothing', async () => {
    const res = await apply(working, made.insert.id, n.secretariat, working.revision - 1);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: ErrorCode.VersionStale, current: { revision: working.revision } });
    const stored = await t.models.draftVersions.findById(working.id).lean<DraftVersionRecord>().exec();
    expect(stored?.revision).toBe(working.revision);
    expect(stored?.applications?.map((a) => a.annotationId.toHexString())).toEqual([made.replace.id]);
  });

  it('applies an insertion and a new paragraph after its paragraph, with a new key', async () => {
    await applied(made.insert.id);
    expect(texts(working)[1]).toBe(
      'The rights of indigenous peoples are respected in all effective measures taken under this agreement.',
    );
    // The rights paragraph was the second; the new paragraph now comes between them.
    await applied(made.newParagraph.id);
    const paragraphs = working.sections[0].paragraphs;
    expect(paragraphs.map((p) => p.text)[1]).toBe('Each State designates a focal point.');
    expect(keys).not.toContain(paragraphs[1].key);
    expect(paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '4']);
  });

  it('deletes the paragraph an amendment deletes whole', async () => {
    await applied(made.deleteAll.id);
    expect(working.sections[0].paragraphs.map((p) => p.key)).not.toContain(keys[2]);
  });

  it('answers 409 AMENDMENT_NOT_APPLICABLE once the words were edited away, and records nothing', async () => {
    const edit = await t.http.post(
      `/api/versions/${working.id}/operations`,
      {
        revision: working.revision,
        operation: {
          type: 'edit_paragraph',
          key: keys[1],
          text: 'The rights of all peoples are respected in every measure.',
        },
      },
      { token: n.secretariat.token },
    );
    working = edit.body as DraftVersion;
    const res = await apply(working, made.gone.id);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: ErrorCode.AmendmentNotApplicable });
    const listed = (await list(working.id)).body as WorkingAmendmentList;
    expect(listed.items.find((i) => i.annotationId === made.gone.id)?.applied).toBe(false);
  });

  it('tells a comment, an unreadable amendment and an unknown id apart from an applicable amendment', async () => {
    const comment = await apply(working, made.comment.id);
    expect(comment.status).toBe(400);
    expect(comment.body).toMatchObject({ code: ErrorCode.NotAnAmendment });
    for (const id of [made.internal.id, new Types.ObjectId().toHexString()]) {
      const res = await apply(working, id);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: ErrorCode.AnnotationNotFound });
    }
  });

  it('refuses a published version', async () => {
    const res = await apply(rev1, made.gone.id);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: ErrorCode.VersionPublished });
    const listed = await list(rev1.id);
    expect(listed.status).toBe(409);
    expect(listed.body).toMatchObject({ code: ErrorCode.VersionNotWorking });
  });

  it('is the secretariat’s: a chair is refused, a delegate does not learn the working version exists', async () => {
    expect((await list(working.id, n.chair)).status).toBe(403);
    expect((await apply(working, made.gone.id, n.chair)).status).toBe(403);
    expect((await list(working.id, n.headA)).status).toBe(404);
    expect((await apply(working, made.gone.id, n.headA)).status).toBe(404);
  });
});
