import { describeSpan } from '@concordia/anchoring';
import { ErrorCode, type PublicRound } from '@concordia/contracts';
import {
  type Negotiation,
  openRound,
  postAnnotation,
  postReply,
  setUpNegotiation,
  TEXTS,
} from '../annotations/test/negotiation';
import { startTestApp, type TestApp } from '../test/test-app';

describe('public rounds', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];

  const read = (roundId: string) => t.http.get(`/api/public/rounds/${roundId}`);

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t, 'public');
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
  });
  afterAll(() => t.close());

  it('shows anyone, without signing in, the text and the round-visible threads, attributed to delegations or by function', async () => {
    const at = { roundId: n.round.id, paragraphKey: keys[0] };
    const start = TEXTS[0].indexOf('good faith');
    const comment = await postAnnotation(t, n.delegateA, at, {
      body: 'Good faith needs a definition.',
      selectors: describeSpan(TEXTS[0], start, start + 'good faith'.length),
    });
    const chairReply = await postReply(t, n.chair, comment, 'The chair will propose one.');
    const amendment = await postAnnotation(t, n.headA, at, {
      kind: 'amendment',
      body: 'A clearer ending.',
      amendment: { operation: 'new_paragraph', text: 'States shall report every year.' },
    });
    expect((await t.http.post(`/api/annotations/${amendment.id}/sponsors`, {}, { token: n.headB.token })).status).toBe(
      201,
    );
    const disposed = await t.http.put(
      `/api/annotations/${amendment.id}/disposition`,
      { value: 'partly_accepted', reason: 'Kept in substance.' },
      { token: n.secretariat.token },
    );
    expect(disposed.status).toBe(200);
    const note = await postAnnotation(t, n.delegateB, at, {
      body: 'Internal: do not support.',
      visibility: 'delegation',
    });
    const secret = await postAnnotation(t, n.delegateA, at, {
      body: 'For the secretariat only.',
      visibility: 'secretariat',
    });
    const abusive = await postAnnotation(t, n.delegateB, at, { body: 'An insult to another delegation.' });
    const hidden = await t.http.post(
      `/api/annotations/${abusive.id}/hide`,
      { reason: 'Insult.' },
      { token: n.chair.token },
    );
    expect(hidden.status).toBe(200);

    const res = await read(n.round.id);
    expect(res.status).toBe(200);
    const round = res.body as PublicRound;
    expect(round).toMatchObject({
      id: n.round.id,
      name: 'First reading',
      draftTitle: 'Watercourses',
      version: { label: 'Zero draft', status: 'published' },
      status: 'open',
      delegations: [n.a.name, n.b.name].sort((x, y) => x.localeCompare(y)),
    });
    expect(round.version.sections[0].paragraphs.map((p) => p.text)).toEqual([...TEXTS]);
    expect(round.paragraphStatuses[keys[0]]).toBe('open');

    const byId = new Map(round.annotations.map((a) => [a.id, a]));
    expect([...byId.keys()].sort()).toEqual([comment.id, chairReply.id, amendment.id, abusive.id].sort());
    expect(byId.get(comment.id)).toMatchObject({
      speaker: { kind: 'delegation', name: n.a.name },
      body: 'Good faith needs a definition.',
      anchor: { paragraphKey: keys[0], selectors: { quote: { exact: 'good faith' } } },
    });
    expect(byId.get(chairReply.id)).toMatchObject({ parentId: comment.id, speaker: { kind: 'chair' } });
    expect(byId.get(amendment.id)).toMatchObject({
      sponsors: [n.b.name],
      amendment: { operation: 'new_paragraph', text: 'States shall report every year.' },
      disposition: { value: 'partly_accepted', reason: 'Kept in substance.' },
    });
    expect(byId.get(abusive.id)).toMatchObject({ hidden: true, body: '', amendment: null });

    // No person, no internal words, no chair's reason: not anywhere in the answer.
    const text = JSON.stringify(round);
    for (const leak of [
      n.delegateA.id,
      n.chair.id,
      'Internal: do not support.',
      'For the secretariat only.',
      'Insult.',
    ]) {
      expect({ leak, found: text.includes(leak) }).toEqual({ leak, found: false });
    }
    expect(byId.has(note.id) || byId.has(secret.id)).toBe(false);
    const names = await t.models.users
      .find({ _id: { $in: [n.delegateA.id, n.headA.id, n.chair.id] } })
      .lean()
      .exec();
    for (const user of names) expect(text.includes(user.name)).toBe(false);
  });

  it('answers 404 for a round that is not public, or not yet open, and 400 for a malformed id', async () => {
    const confidential = await openRound(
      t,
      n.processId,
      n.published.id,
      n.chair.id,
      [n.a.id],
      n.secretariat.token,
      'Closed door',
    );
    const notYet = await openRound(
      t,
      n.processId,
      n.published.id,
      n.chair.id,
      [n.a.id],
      n.secretariat.token,
      'Next week',
      'public',
      false,
    );
    for (const id of [confidential.id, notYet.id, '0123456789abcdef01234567']) {
      const res = await read(id);
      expect({ id, status: res.status, code: res.body.code }).toEqual({ id, status: 404, code: ErrorCode.NotFound });
    }
    expect((await read('not-an-id')).body).toMatchObject({ code: ErrorCode.InvalidId });
  });

  it('stays readable once the round is closed, with its statuses', async () => {
    const agreed = await t.http.put(
      `/api/rounds/${n.round.id}/paragraphs/${keys[1]}/status`,
      { status: 'agreed' },
      { token: n.chair.token },
    );
    expect(agreed.status).toBe(200);
    expect(
      (await t.http.post(`/api/rounds/${n.round.id}/status`, { status: 'closed' }, { token: n.chair.token })).status,
    ).toBe(200);
    const round = (await read(n.round.id)).body as PublicRound;
    expect(round.status).toBe('closed');
    expect(round.paragraphStatuses[keys[1]]).toBe('agreed');
  });
});
