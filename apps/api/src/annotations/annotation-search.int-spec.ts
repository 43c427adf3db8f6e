import { randomUUID } from 'node:crypto';
import { describeSpan } from '@concordia/anchoring';
import { ANNOTATION_SEARCH_MAX, type Annotation, ErrorCode } from '@concordia/contracts';
import { Types } from 'mongoose';
import { startTestApp, type TestApp } from '../test/test-app';
import { postAnnotation, postReply, setUpNegotiation, TEXTS, type Negotiation, type Person } from './test/negotiation';

describe("searching a round's annotations", () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];

  const create = (who: Person, extra: Record<string, unknown> = {}): Promise<Annotation> =>
    postAnnotation(
      t,
      who,
      { roundId: n.round.id, paragraphKey: keys[0] },
      { selectors: null, body: 'A remark.', ...extra },
    );
  const reply = (who: Person, to: Annotation, body: string) => postReply(t, who, to, body);
  const search = (who: Person, query: Record<string, string>) =>
    t.http.get(`/api/rounds/${n.round.id}/annotations?${new URLSearchParams(query).toString()}`, { token: who.token });
  /** The ids found, sorted: the order is the list's (first annotations, then replies), not the search's. */
  const found = async (who: Person, query: Record<string, string>): Promise<string[]> => {
    const res = await search(who, query);
    expect(res.status).toBe(200);
    return (res.body.items as Annotation[]).map((a) => a.id).sort();
  };
  const ids = (...annotations: Annotation[]) => annotations.map((a) => a.id).sort();
  /** A word no other test uses, so each test reads only its own annotations. */
  const word = () => `w${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
  });
  afterAll(() => t.close());

  it("never finds another delegation's internal note, nor a secretariat note, for a delegate", async () => {
    const w = word();
    const everyone = await create(n.delegateA, { body: `Public ${w}` });
    const internalA = await create(n.delegateA, { visibility: 'delegation', body: `Internal to A ${w}` });
    const toSecretariatA = await create(n.delegateA, { visibility: 'secretariat', body: `A to the secretariat ${w}` });
    const internalB = await create(n.delegateB, { visibility: 'delegation', body: `Internal to B ${w}` });
    const bySecretariat = await create(n.secretariat, { visibility: 'secretariat', body: `Secretariat only ${w}` });
    const answer = await reply(n.secretariat, toSecretariatA, `The secretariat answers A ${w}`);
    const q = { q: w };

    expect(await found(n.delegateB, q)).toEqual(ids(everyone, internalB));
    expect(await found(n.delegateA2, q)).toEqual(ids(everyone, internalA, toSecretariatA, answer));
    expect(await found(n.chair, q)).toEqual(ids(everyone));
    expect(await found(n.observer, q)).toEqual(ids(everyone));
    expect(await found(n.secretariat, q)).toEqual(ids(everyone, toSecretariatA, answer, bySecretariat));
    // Asking for A's words by name does not open them to B either.
    expect(await found(n.delegateB, { ...q, delegationId: n.a.id })).toEqual(ids(everyone));
    expect(await found(n.delegateB, { delegationId: n.a.id, kind: 'comment' })).not.toContain(internalA.id);
    expect(await found(n.delegateB, { authorId: n.secretariat.id })).not.toContain(bySecretariat.id);
  });

  it('does not find the words of an annotation the chair hid, except for its author', async () => {
    const w = word();
    const hidden = await create(n.delegateB, { body: `Offensive ${w}` });
    const hid = await t.http.post(
      `/api/annotations/${hidden.id}/hide`,
      { reason: 'Abusive.' },
      { token: n.chair.token },
    );
    expect(hid.status).toBe(200);
    expect(await found(n.delegateA, { q: w })).toEqual([]);
    expect(await found(n.chair, { q: w })).toEqual([]);
    expect(await found(n.delegateB, { q: w })).toEqual(ids(hidden));
  });

  it('ignores case and accents, in the text, the proposed text and the quoted words', async () => {
    const w = word();
    const start = TEXTS[1].indexOf('indigenous peoples');
    const onWords = await create(n.delegateA, {
      paragraphKey: keys[1],
      selectors: describeSpan(TEXTS[1], start, start + 'indigenous peoples'.length),
      body: `Migración RÉGULIÈRE ${w}`,
    });
    const amendment = await create(n.delegateB, {
      kind: 'amendment',
      body: `Clearer ${w}`,
      amendment: { operation: 'new_paragraph', text: 'Return and readmission take place in safety and dignity.' },
    });
    expect(await found(n.delegateA, { q: `MIGRACION reguliere ${w}` })).toEqual(ids(onWords));
    expect(await found(n.delegateA, { q: `migración ${w.toUpperCase()}` })).toEqual(ids(onWords));
    expect(await found(n.delegateA, { q: `Indigenous ${w}` })).toEqual(ids(onWords));
    expect(await found(n.delegateA, { q: `${w} "RETURN AND READMISSION"` })).toEqual(ids(amendment));
    expect(await found(n.delegateA, { q: `${w} "return readmission"` })).toEqual([]);
    // Every word must be found: one missing word finds nothing.
    expect(await found(n.delegateA, { q: `${w} migración asylum` })).toEqual([]);
  });

  it('brings the whole thread when a reply matches', async () => {
    const w = word();
    const root = await create(n.delegateA, { body: 'Opening remark.' });
    const first = await reply(n.delegateA2, root, 'A first answer.');
    const second = await reply(n.delegateB, root, `Colombia disagrees ${w}.`);
    const other = await create(n.delegateA, { body: 'Another thread.' });
    expect(await found(n.delegateA, { q: w })).toEqual(ids(root, first, second));
    // What did B say: a thread A started comes with B's reply in it.
    const byB = await found(n.delegateA, { delegationId: n.b.id });
    expect(byB).toEqual(expect.arrayContaining(ids(root, first, second)));
    expect(byB).not.toContain(other.id);
    // The words and the delegation are asked of the same annotation.
    expect(await found(n.delegateA, { q: w, delegationId: n.a.id })).toEqual([]);
  });

  it('filters by kind, delegation, author and disposition', async () => {
    const w = word();
    const comment = await create(n.delegateA, { body: `Comment ${w}` });
    const question = await create(n.delegateB, { kind: 'question', body: `Question ${w}` });
    const amendment = await create(n.headA, {
      kind: 'amendment',
      body: `Amendment ${w}`,
      amendment: { operation: 'replace', text: 'in utmost good faith' },
    });
    const reservation = await create(n.observer, { kind: 'reservation', body: `Reservation ${w}` });
    const dispose = async (a: Annotation, value: string) => {
      const res = await t.http.put(
        `/api/annotations/${a.id}/disposition`,
        { value, reason: 'Considered.' },
        { token: n.secretariat.token },
      );
      expect(res.status).toBe(200);
    };
    await dispose(amendment, 'not_retained');
    await dispose(amendment, 'accepted');
    // A question disposed of before only comments and amendments took a disposition: on file directly.
    await t.models.annotationDispositions.collection.insertOne({
      annotationId: new Types.ObjectId(question.id),
      processId: new Types.ObjectId(n.processId),
      value: 'partly_accepted',
      reason: 'Considered.',
      byUserId: new Types.ObjectId(n.secretariat.id),
      byName: 'Secretariat',
      at: new Date(),
    });

    const by = (query: Record<string, string>) => found(n.delegateA, { q: w, ...query });
    expect(await by({ kind: 'amendment' })).toEqual(ids(amendment));
    expect(await by({ kind: 'question,reservation' })).toEqual(ids(question, reservation));
    expect(await by({ delegationId: n.a.id })).toEqual(ids(comment, amendment));
    expect(await by({ delegationId: `${n.b.id},${n.a.id}`, kind: 'comment,question' })).toEqual(ids(comment, question));
    expect(await by({ authorId: n.headA.id })).toEqual(ids(amendment));
    // The latest disposition counts; "none" is a comment or amendment still awaiting one.
    expect(await by({ disposition: 'accepted' })).toEqual(ids(amendment));
    expect(await by({ disposition: 'not_retained' })).toEqual([]);
    expect(await by({ disposition: 'none' })).toEqual(ids(comment));
    expect(await by({ disposition: 'none,partly_accepted', kind: 'question' })).toEqual(ids(question));
    // Empty lists and blank words mean "any", as with no filter at all.
    expect(await found(n.delegateA, { q: '  ', kind: '' })).toEqual(await found(n.delegateA, {}));
  });

  it('refuses bad input with its code and reads the longest words allowed', async () => {
    const bad: Record<string, string>[] = [
      { q: 'x'.repeat(ANNOTATION_SEARCH_MAX + 1) },
      { kind: 'comment,rumour' },
      { disposition: 'pending' },
      { delegationId: 'MEX' },
      { authorId: n.a.id.slice(1) },
      { sort: 'newest' },
    ];
    for (const query of bad) {
      const res = await search(n.delegateA, query);
      expect({ query, status: res.status, code: res.body.code }).toEqual({
        query,
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
    }
    expect((await search(n.delegateA, { q: 'x'.repeat(ANNOTATION_SEARCH_MAX) })).status).toBe(200);
    // Outside the round, the search is refused as the list is.
    expect((await search(n.delegateC, { q: 'remark' })).status).toBe(403);
  });
});
