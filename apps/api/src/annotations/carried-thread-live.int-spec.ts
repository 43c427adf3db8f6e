import { type Annotation, type DraftVersion, type Round, type RoundEvent, streams } from '@concordia/contracts';
import { LiveClient } from '../test/live-client';
import { startTestApp, type TestApp } from '../test/test-app';
import { type Negotiation, openRound, postAnnotation, postReply, setUpNegotiation, spanIn } from './test/negotiation';

/**
 * Round 1 read the zero draft and closed; Rev.1, into which its open threads were carried, is
 * read in round 2. What the secretariat and the chair then do to a round-1 thread reaches the
 * pages open on round 2 live, as the thread sits in Rev.1.
 */
describe('live changes of a thread carried into the version a later round reads', () => {
  let t: TestApp;
  let n: Negotiation;
  let rev1: DraftVersion;
  let round2: Round;
  let comment: Annotation;
  let reply: Annotation;
  let live: LiveClient;

  /** The round-2 events about one annotation, oldest first. */
  const eventsAbout = (id: string): RoundEvent[] =>
    live
      .streamEvents(streams.round(round2.id))
      .map((e) => e.event)
      .filter((event) => 'annotation' in event && event.annotation.id === id);

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    const key = n.published.sections[0].paragraphs[0].key;
    comment = await postAnnotation(
      t,
      n.delegateA,
      { roundId: n.round.id, paragraphKey: key },
      { body: 'Say so', selectors: spanIn(0, 'good faith') },
    );
    reply = await postReply(t, n.delegateB, comment, 'Agreed');
    const working = (await t.http.get(`/api/versions/${n.workingId}`, { token: n.secretariat.token }))
      .body as DraftVersion;
    const published = await t.http.post(
      `/api/versions/${working.id}/publish`,
      { revision: working.revision, label: 'Rev.1', allowUnchanged: true },
      { token: n.secretariat.token },
    );
    expect(published.status).toBe(200);
    rev1 = (published.body as { published: DraftVersion }).published;
    const closed = await t.http.post(
      `/api/rounds/${n.round.id}/status`,
      { status: 'closed' },
      { token: n.chair.token },
    );
    expect(closed.status).toBe(200);
    round2 = await openRound(t, n.processId, rev1.id, n.chair.id, [n.a.id, n.b.id], n.secretariat.token, 'Rev.1');
    live = await LiveClient.connect(t.baseUrl, n.delegateB.token);
    await live.join(round2.id);
  });
  afterAll(async () => {
    live.close();
    await t.close();
  });

  it("shows a disposition recorded on a round-1 comment to round 2's readers, where it sits in Rev.1", async () => {
    const res = await t.http.put(
      `/api/annotations/${comment.id}/disposition`,
      { value: 'accepted', reason: 'Taken up in Rev.1' },
      { token: n.secretariat.token },
    );
    expect(res.status).toBe(200);
    await live.until('the disposition', () => eventsAbout(comment.id).length > 0, 30_000);
    const [event] = eventsAbout(comment.id);
    expect(event).toMatchObject({
      type: 'annotation.updated',
      annotation: {
        id: comment.id,
        disposition: { value: 'accepted', reason: 'Taken up in Rev.1' },
        anchor: { versionId: rev1.id, method: 'exact', status: 'anchored' },
      },
    });
  });

  it("hides a round-1 reply, then shows it again, on round 2's pages", async () => {
    const hidden = await t.http.post(
      `/api/annotations/${reply.id}/hide`,
      { reason: 'Offensive language towards a delegation.' },
      { token: n.chair.token },
    );
    expect(hidden.status).toBe(200);
    await live.until('the hiding', () => eventsAbout(reply.id).length > 0, 30_000);
    expect(eventsAbout(reply.id)[0]).toMatchObject({
      type: 'annotation.hidden',
      // A reply sits where its thread sits; a stream shared by many readers carries no words.
      annotation: { id: reply.id, body: '', anchor: { versionId: rev1.id }, moderation: { reason: null } },
    });

    expect((await t.http.post(`/api/annotations/${reply.id}/unhide`, {}, { token: n.chair.token })).status).toBe(200);
    await live.until('the showing again', () => eventsAbout(reply.id).length > 1, 30_000);
    expect(eventsAbout(reply.id)[1]).toMatchObject({
      type: 'annotation.unhidden',
      annotation: { id: reply.id, body: 'Agreed', anchor: { versionId: rev1.id } },
    });
  });

  it("sends a reply posted in round 1, reopened, to round 2's pages, and its withdrawal", async () => {
    const status = (value: string) =>
      t.http.post(`/api/rounds/${n.round.id}/status`, { status: value }, { token: n.chair.token });
    expect((await status('open')).status).toBe(200);
    try {
      const late = await postReply(t, n.delegateA, comment, 'Also in Rev.1');
      await live.until('the reply', () => eventsAbout(late.id).length > 0, 30_000);
      expect(eventsAbout(late.id)[0]).toMatchObject({
        type: 'annotation.created',
        annotation: { id: late.id, parentId: comment.id, anchor: { versionId: rev1.id, method: 'exact' } },
      });
      const withdrawn = await t.http.post(`/api/annotations/${late.id}/withdraw`, {}, { token: n.delegateA.token });
      expect(withdrawn.status).toBe(200);
      await live.until('the withdrawal', () => eventsAbout(late.id).length > 1, 30_000);
      expect(eventsAbout(late.id)[1]).toMatchObject({
        type: 'annotation.updated',
        annotation: { id: late.id, status: 'withdrawn', anchor: { versionId: rev1.id } },
      });
    } finally {
      expect((await status('closed')).status).toBe(200);
    }
  });
});
