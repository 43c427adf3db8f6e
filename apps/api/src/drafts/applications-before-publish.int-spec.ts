import {
  type AuditEntry,
  type DraftVersion,
  ErrorCode,
  type PublishVersionResponse,
  type VersionApplicationList,
  type WorkingAmendmentList,
} from '@concordia/contracts';
import {
  type Negotiation,
  postAmendment,
  setUpNegotiation,
  spanIn as span,
  TEXTS,
} from '../annotations/test/negotiation';
import { startTestApp, type TestApp } from '../test/test-app';

/**
 * What the secretariat learns before publishing: which applied amendments publishing will drop
 * (their effect is gone from the text), by the very rule publishing follows; and an amendment
 * withdrawn after it was applied, still listed for the officer to undo or keep.
 * A fresh negotiation (process, draft, round) per test.
 */
describe('applied amendments before publishing', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];
  let working: DraftVersion;

  const amend = (index: number, amendment: object, extra: object = {}) =>
    postAmendment(t, n.delegateA, { roundId: n.round.id, paragraphKey: keys[index] }, amendment, extra);
  const ok = async (operation: object): Promise<DraftVersion> => {
    const res = await t.http.post(
      `/api/versions/${working.id}/operations`,
      { revision: working.revision, operation },
      { token: n.secretariat.token },
    );
    expect(res.status).toBe(200);
    working = res.body as DraftVersion;
    return working;
  };
  const applications = (versionId = working.id, token = n.secretariat.token) =>
    t.http.get(`/api/versions/${versionId}/applications`, { token });
  const amendments = async () =>
    (
      (await t.http.get(`/api/versions/${working.id}/amendments`, { token: n.secretariat.token }))
        .body as WorkingAmendmentList
    ).items;

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

  it('lists the applications publishing will drop, and publishing then drops exactly those', async () => {
    const kept = await amend(
      0,
      { operation: 'replace', text: 'in good faith and without delay' },
      { selectors: span(0, 'in good faith') },
    );
    const rewritten = await amend(
      1,
      { operation: 'insert', text: 'effective' },
      { selectors: span(1, 'measures taken') },
    );
    const added = await amend(2, { operation: 'new_paragraph', text: 'Each State designates a focal point.' });
    await ok({ type: 'apply_amendment', annotationId: kept.id });
    await ok({ type: 'apply_amendment', annotationId: rewritten.id });
    await ok({ type: 'apply_amendment', annotationId: added.id });
    const addedKey = working.sections[0].paragraphs[3].key;
    // Ordinary edits take two effects out of the text: one paragraph rewritten, the added one deleted.
    await ok({ type: 'edit_paragraph', key: keys[1], text: TEXTS[1] });
    await ok({ type: 'delete_paragraph', key: addedKey });

    const res = await applications();
    expect(res.status).toBe(200);
    const body = res.body as VersionApplicationList;
    expect(body).toMatchObject({ versionId: working.id, revision: working.revision });
    expect(body.items).toEqual([
      {
        annotationId: kept.id,
        authorName: expect.any(String),
        delegationName: n.a.name,
        paragraphKey: keys[0],
        paragraphNumber: '1',
        holds: true,
      },
      expect.objectContaining({
        annotationId: rewritten.id,
        paragraphKey: keys[1],
        paragraphNumber: '2',
        holds: false,
      }),
      expect.objectContaining({ annotationId: added.id, paragraphKey: addedKey, paragraphNumber: null, holds: false }),
    ]);
    const warned = body.items.filter((i) => !i.holds).map((i) => i.annotationId);

    const published = await t.http.post(
      `/api/versions/${working.id}/publish`,
      { revision: working.revision, label: 'Rev.1' },
      { token: n.secretariat.token },
    );
    // A warning, not a block.
    expect(published.status).toBe(200);
    const { published: rev1, working: next } = published.body as PublishVersionResponse;
    const audit = await t.http.get(`/api/processes/${n.processId}/audit?action=version.published`, {
      token: n.secretariat.token,
    });
    const entry = (audit.body as { items: AuditEntry[] }).items.find((e) => e.targetId === rev1.id);
    expect(entry?.after).toMatchObject({ appliedAmendments: [kept.id], applicationsNoLongerInText: warned });

    // The published version has nothing left to warn of; the next working version starts with none.
    expect((await applications(rev1.id)).body).toMatchObject({ code: ErrorCode.VersionNotWorking });
    expect(((await applications(next.id)).body as VersionApplicationList).items).toEqual([]);
  });

  it('is the secretariat’s of the process only, like the working version itself', async () => {
    expect((await applications(working.id, n.secretariat.token)).status).toBe(200);
    expect((await applications(working.id, n.chair.token)).status).toBe(403);
    expect((await applications(working.id, n.delegateA.token)).status).toBe(404);
    expect((await applications(working.id, n.outsider.token)).status).toBe(404);
  });

  it('lists an amendment withdrawn after it was applied, marked withdrawn, until the officer undoes it', async () => {
    const amendment = await amend(
      0,
      { operation: 'replace', text: 'in good faith and without delay' },
      { selectors: span(0, 'in good faith') },
    );
    const notApplied = await amend(
      1,
      { operation: 'insert', text: 'effective' },
      { selectors: span(1, 'measures taken') },
    );
    await ok({ type: 'apply_amendment', annotationId: amendment.id });
    for (const id of [amendment.id, notApplied.id]) {
      const withdrawn = await t.http.post(`/api/annotations/${id}/withdraw`, {}, { token: n.delegateA.token });
      expect(withdrawn.status).toBe(200);
    }

    const listed = await amendments();
    // A withdrawn amendment not applied here is not the secretariat's to apply.
    expect(listed.map((i) => i.annotationId)).toEqual([amendment.id]);
    expect(listed[0]).toMatchObject({
      paragraphKey: keys[0],
      applied: true,
      withdrawn: true,
      delegationName: n.a.name,
    });

    await ok({ type: 'undo_amendment', annotationId: amendment.id });
    expect(working.sections[0].paragraphs[0].text).toBe(TEXTS[0]);
    expect(await amendments()).toEqual([]);
  });
});
