import type { Annotation, AnnotationList, DraftVersion, StreamEvent } from '@concordia/contracts';
import mammoth from 'mammoth';
import { SETUP_TIMEOUT_MS } from '../test/deadlines';
import { LiveClient } from '../test/live-client';
import { startTestApp, type TestApp } from '../test/test-app';
import { type Negotiation, type Person, postAnnotation, setUpNegotiation, spanIn as span } from './test/negotiation';

/**
 * The delegation that proposed an amendment learns it was taken into the text once the version
 * the secretariat applied it to is published, and not before: the working version is the
 * secretariat's work in progress.
 */
describe('an amendment applied in a published version', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];
  let ours: Annotation;
  let theirs: Annotation;
  let working: DraftVersion;

  const listOf = async (who: Person) => {
    const res = await t.http.get(`/api/rounds/${n.round.id}/annotations`, { token: who.token });
    expect(res.status).toBe(200);
    return (res.body as AnnotationList).items;
  };
  const appliedIn = async (who: Person, annotation: Annotation) =>
    (await listOf(who)).find((a) => a.id === annotation.id)?.appliedIn;
  const docx = async (who: Person, path: string) => {
    const res = await fetch(`${t.baseUrl}/api/rounds/${n.round.id}/positions/${path}`, {
      headers: { authorization: `Bearer ${who.token}` },
    });
    expect(res.status).toBe(200);
    return (await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value;
  };
  const apply = async (annotation: Annotation) => {
    const res = await t.http.post(
      `/api/versions/${working.id}/operations`,
      { revision: working.revision, operation: { type: 'apply_amendment', annotationId: annotation.id } },
      { token: n.secretariat.token },
    );
    expect(res.status).toBe(200);
    working = res.body as DraftVersion;
  };

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
    ours = await postAnnotation(
      t,
      n.delegateA,
      { roundId: n.round.id, paragraphKey: keys[0] },
      {
        kind: 'amendment',
        body: 'Firmer',
        amendment: { operation: 'replace', text: 'in good faith and without delay' },
        selectors: span(0, 'in good faith'),
      },
    );
    // Delegation B's amendment only B and the secretariat read: A must never learn of it.
    theirs = await postAnnotation(
      t,
      n.delegateB,
      { roundId: n.round.id, paragraphKey: keys[1] },
      {
        kind: 'amendment',
        body: 'Our wording',
        visibility: 'secretariat',
        amendment: { operation: 'replace', text: 'Indigenous Peoples' },
        selectors: span(1, 'indigenous peoples'),
      },
    );
    for (const amendment of [ours, theirs]) {
      const res = await t.http.put(
        `/api/annotations/${amendment.id}/disposition`,
        { value: 'accepted', reason: 'Agreed' },
        { token: n.secretariat.token },
      );
      expect(res.status).toBe(200);
    }
    working = (await t.http.get(`/api/versions/${n.workingId}`, { token: n.secretariat.token })).body as DraftVersion;
    await apply(ours);
    await apply(theirs);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close());

  it('is not told while the version it was applied to is still being worked on', async () => {
    expect(await appliedIn(n.delegateA, ours)).toEqual([]);
    expect(await appliedIn(n.secretariat, ours)).toEqual([]);
    expect(await docx(n.delegateA, 'delegation-report.docx')).not.toContain('Applied in');
  });

  describe('once that version is published as Rev.1', () => {
    let rev1: DraftVersion;
    let liveA: LiveClient;
    let liveB: LiveClient;

    beforeAll(async () => {
      liveA = await LiveClient.connect(t.baseUrl, n.delegateA.token);
      liveB = await LiveClient.connect(t.baseUrl, n.delegateB.token);
      await liveA.join(n.round.id);
      await liveB.join(n.round.id);
      const res = await t.http.post(
        `/api/versions/${working.id}/publish`,
        { revision: working.revision, label: 'Rev.1' },
        { token: n.secretariat.token },
      );
      expect(res.status).toBe(200);
      rev1 = (res.body as { published: DraftVersion }).published;
    });
    afterAll(() => {
      liveA.close();
      liveB.close();
    });

    it('tells the round’s open reading pages at once, each only what its reader may read', async () => {
      const appliedUpdate = (id: string) => (e: StreamEvent) =>
        e.event.type === 'annotation.updated' && e.event.annotation.id === id;
      // Sent while publishing: already received, or on its way.
      const received = async (live: LiveClient, id: string) => {
        await live.until('the update', () => live.all('stream:event').some(appliedUpdate(id)));
        return live.all('stream:event').find(appliedUpdate(id));
      };
      const [toA, toB] = await Promise.all([received(liveA, ours.id), received(liveB, theirs.id)]);
      expect(toA?.event).toMatchObject({ annotation: { appliedIn: [{ label: 'Rev.1' }] } });
      expect(toB?.event).toMatchObject({ annotation: { appliedIn: [{ label: 'Rev.1' }] } });
      expect(liveA.all('stream:event').some(appliedUpdate(theirs.id))).toBe(false);
    });

    it('tells the authors and every reader of the amendment which version took it in', async () => {
      // With the paragraph each changed, for the link to land on it in the comparison.
      const expected = (paragraphKey: string) => [
        { versionId: rev1.id, draftId: n.draftId, label: 'Rev.1', paragraphKey },
      ];
      expect(await appliedIn(n.delegateA, ours)).toEqual(expected(keys[0]));
      expect(await appliedIn(n.headB, ours)).toEqual(expected(keys[0]));
      expect(await appliedIn(n.delegateB, theirs)).toEqual(expected(keys[1]));
      expect(await appliedIn(n.secretariat, theirs)).toEqual(expected(keys[1]));
    });

    it('never shows another delegation its amendment kept for the secretariat', async () => {
      const ids = (await listOf(n.delegateA)).map((a) => a.id);
      expect(ids).toContain(ours.id);
      expect(ids).not.toContain(theirs.id);
    });

    it('says so in the delegation report and the secretariat’s compilation', async () => {
      const report = await docx(n.delegateA, 'delegation-report.docx');
      expect(report).toContain('Applied in Rev.1');
      expect(report).not.toContain('Indigenous Peoples');
      const compilation = await docx(n.secretariat, 'compilation.docx');
      expect(compilation.match(/Applied in Rev\.1/g)).toHaveLength(2);
    });
  });
});
