import { randomUUID } from 'node:crypto';
import type { Annotation, RoundAgenda } from '@concordia/contracts';
import {
  type Negotiation,
  type Person,
  postAnnotation,
  postReply,
  setUpNegotiation,
} from '../annotations/test/negotiation';
import { setTimeout as sleep } from 'node:timers/promises';
import { RoundAnnotations } from '../annotations/round-annotations.service';
import { SETUP_TIMEOUT_MS } from '../test/deadlines';
import { addMembership, createUser, login } from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';
import { LIST_SETTLE_MS } from './kept-list-reads';

/** "Waiting for you" on the home page: each role is told what the round waits for from it. */
describe('what a round waits for from each participant', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];
  /** Head of a delegation of the process that is not in the round. */
  let headC: Person;
  /** An observer whose delegation (C) does not negotiate in the round but reads it. */
  let observerC: Person;

  const agenda = async (who: Person, roundId = n.round.id): Promise<RoundAgenda> => {
    const res = await t.http.get(`/api/rounds/${roundId}/agenda`, { token: who.token });
    expect(res.status).toBe(200);
    return res.body as RoundAgenda;
  };

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    keys = n.published.sections.flatMap((s) => s.paragraphs.map((p) => p.key));
    const head = await createUser(t.models);
    await addMembership(t.models, n.processId, head.id, 'head_of_delegation', n.c.id);
    headC = { id: head.id, token: (await login(t.http, head.email)).token };
    const observer = await createUser(t.models);
    await addMembership(t.models, n.processId, observer.id, 'observer', n.c.id);
    observerC = { id: observer.id, token: (await login(t.http, observer.email)).token };
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t?.close());

  it("tells a head of delegation how many paragraphs still lack the delegation's position", async () => {
    // Recording resumes at the text's first paragraph without the delegation's position.
    expect((await agenda(n.headA)).positions).toEqual({ recorded: 0, paragraphs: keys.length, nextKey: keys[0] });
    for (const [i, value] of (['support', 'no_position'] as const).entries()) {
      const res = await t.http.post(
        `/api/rounds/${n.round.id}/positions`,
        { delegationId: n.a.id, paragraphKey: keys[i], value },
        { token: n.headA.token },
      );
      expect(res.status).toBe(201);
    }
    expect((await agenda(n.headA)).positions).toEqual({
      recorded: 2,
      paragraphs: keys.length,
      nextKey: keys[2] ?? null,
    });
    // Another delegation's head counts its own row only; delegates and the chair record none.
    expect((await agenda(n.headB)).positions).toEqual({ recorded: 0, paragraphs: keys.length, nextKey: keys[0] });
    expect((await agenda(n.delegateA)).positions).toBeNull();
    expect((await agenda(n.chair)).positions).toBeNull();
  });

  it('tells the secretariat and the chair how far the participating delegations are with their positions', async () => {
    const round = (await t.http.get(`/api/rounds/${n.round.id}`, { token: n.secretariat.token })).body as {
      delegationIds: string[];
    };
    // A has two paragraphs (the case above); B records every one.
    for (const key of keys) {
      const res = await t.http.post(
        `/api/rounds/${n.round.id}/positions`,
        { delegationId: n.b.id, paragraphKey: key, value: 'support' },
        { token: n.headB.token },
      );
      expect(res.status).toBe(201);
    }
    const expected = { complete: 1, started: 1, delegations: round.delegationIds.length };
    expect((await agenda(n.secretariat)).delegationPositions).toEqual(expected);
    expect((await agenda(n.chair)).delegationPositions).toEqual(expected);
    expect((await agenda(n.headB)).positions).toEqual({
      recorded: keys.length,
      paragraphs: keys.length,
      nextKey: null,
    });
    // A delegation is told of its own row only.
    expect((await agenda(n.headA)).delegationPositions).toBeNull();
    expect((await agenda(n.delegateB)).delegationPositions).toBeNull();
  });

  it('counts for the secretariat the comments and amendments still without a disposition, not replies, disposed ones, questions or reservations', async () => {
    const before = (await agenda(n.secretariat)).withoutDisposition ?? -1;
    const first = await postAnnotation(t, n.delegateA, { roundId: n.round.id, paragraphKey: keys[0] }, { body: 'One' });
    await postAnnotation(t, n.delegateB, { roundId: n.round.id, paragraphKey: keys[1] }, { body: 'Two' });
    for (const kind of ['question', 'reservation'] as const) {
      await postAnnotation(t, n.delegateB, { roundId: n.round.id, paragraphKey: keys[1] }, { kind, body: kind });
    }
    const reply = await t.http.post(
      `/api/annotations/${first.id}/replies`,
      { clientId: randomUUID(), body: 'A reply needs no disposition' },
      { token: n.delegateB.token },
    );
    expect(reply.status).toBe(201);
    expect((await agenda(n.secretariat)).withoutDisposition).toBe(before + 2);
    const disposed = await t.http.put(
      `/api/annotations/${first.id}/disposition`,
      { value: 'accepted', reason: 'Taken into the next revision' },
      { token: n.secretariat.token },
    );
    expect(disposed.status).toBe(200);
    expect((await agenda(n.secretariat)).withoutDisposition).toBe(before + 1);
    expect((await agenda(n.chair)).withoutDisposition).toBeNull();
    expect((await agenda(n.headA)).withoutDisposition).toBeNull();
  });

  it('tells an admin outside the secretariat what the policy lets them act on: the positions across delegations and the count', async () => {
    const user = await createUser(t.models, { platformRoles: ['admin'] });
    const admin: Person = { id: user.id, token: (await login(t.http, user.email)).token };
    const seen = await agenda(admin);
    expect(seen.delegationPositions).toEqual((await agenda(n.secretariat)).delegationPositions);
    expect(seen.delegationPositions?.delegations).toBe(n.round.delegationIds.length);
    // A new amendment counts until the admin disposes of it; a question never does.
    const put = await postAnnotation(
      t,
      n.delegateA,
      { roundId: n.round.id, paragraphKey: keys[0] },
      { kind: 'amendment', body: 'Firmer', amendment: { operation: 'replace', text: 'shall' } },
    );
    const before = seen.withoutDisposition ?? -1;
    expect(before).toBeGreaterThanOrEqual(0);
    await postAnnotation(
      t,
      n.delegateA,
      { roundId: n.round.id, paragraphKey: keys[0] },
      { kind: 'question', body: '?' },
    );
    expect((await agenda(admin)).withoutDisposition).toBe(before + 1);
    const disposed = await t.http.put(
      `/api/annotations/${put.id}/disposition`,
      { value: 'not_retained', reason: 'The text says so already' },
      { token: admin.token },
    );
    expect(disposed.status).toBe(200);
    expect((await agenda(admin)).withoutDisposition).toBe(before);
  });

  it('lists silence under way, soonest deadline first, and who may break it', async () => {
    const later = new Date(Date.now() + 3 * 3600_000).toISOString();
    const sooner = new Date(Date.now() + 3600_000).toISOString();
    for (const [key, deadline] of [
      [keys[1], later],
      [keys[2], sooner],
    ] as const) {
      const res = await t.http.post(
        `/api/rounds/${n.round.id}/silence-procedures`,
        { paragraphKeys: [key], deadline },
        { token: n.chair.token },
      );
      expect(res.status).toBe(201);
    }
    const seenByHead = (await agenda(n.headA)).silences;
    expect(seenByHead.map((s) => s.deadline)).toEqual([sooner, later]);
    expect(seenByHead.every((s) => s.mayBreak)).toBe(true);
    expect((await agenda(n.delegateA)).silences.map((s) => s.mayBreak)).toEqual([false, false]);
    // A head whose delegation is not in the round reads the procedures but may not break them.
    expect((await agenda(headC)).silences.map((s) => s.mayBreak)).toEqual([false, false]);
  });

  it('counts the requests for the floor for the chair and the secretariat only', async () => {
    expect((await agenda(n.chair)).floorRequests).toBe(0);
    const asked = await t.http.post(
      `/api/rounds/${n.round.id}/speakers`,
      { paragraphKey: keys[0] },
      { token: n.delegateA.token },
    );
    expect(asked.status).toBe(200);
    expect((await agenda(n.chair)).floorRequests).toBe(1);
    expect((await agenda(n.secretariat)).floorRequests).toBe(1);
    expect((await agenda(n.delegateA)).floorRequests).toBeNull();
  });

  it('tells everyone in the round where its paragraphs stand', async () => {
    const all = keys.length;
    expect((await agenda(n.delegateA)).paragraphStatuses).toMatchObject({ agreed: 0, bracketed: 0 });
    for (const [key, status] of [
      [keys[0], 'agreed'],
      [keys[1], 'bracketed'],
    ] as const) {
      const res = await t.http.put(
        `/api/rounds/${n.round.id}/paragraphs/${key}/status`,
        { status },
        { token: n.chair.token },
      );
      expect(res.status).toBeLessThan(300);
    }
    const seen = (await agenda(n.observer)).paragraphStatuses;
    expect(seen).toEqual({ open: all - 2, bracketed: 1, agreed_ad_referendum: 0, agreed: 1 });
  });

  it("tells a delegation's members where its proposals stand, and what changed since their last visit", async () => {
    const own = async (who: Person) => (await agenda(who)).ownProposals;
    const at = { roundId: n.round.id, paragraphKey: keys[2] };
    const before = (await own(n.delegateA))!;
    const beforeB = (await own(n.headB))!;
    expect(before.delegationId).toBe(n.a.id);
    const dispose = async (id: string, value: string) => {
      const res = await t.http.put(
        `/api/annotations/${id}/disposition`,
        { value, reason: 'Weighed with the others on this paragraph' },
        { token: n.secretariat.token },
      );
      expect(res.status).toBe(200);
    };

    const amendment = await postAnnotation(t, n.delegateA, at, {
      kind: 'amendment',
      body: 'Shorter',
      amendment: { operation: 'delete', text: '' },
    });
    const toSecretariat = await postAnnotation(t, n.delegateA2, at, { visibility: 'secretariat', body: 'Q' });
    // A question awaits no disposition: counted under none of them.
    await postAnnotation(t, n.delegateA, at, { kind: 'question', body: 'Only asking' });
    // The delegation's internal note: no one else reads it, nor may dispose of it: not a proposal.
    await postAnnotation(t, n.headA, at, { kind: 'reservation', visibility: 'delegation', body: 'Internal' });
    const withdrawn = await postAnnotation(t, n.delegateA, at, { body: 'Changed our mind' });
    const others = await postAnnotation(t, n.delegateB, at, { body: 'Not A' });
    expect(
      (await t.http.post(`/api/annotations/${withdrawn.id}/withdraw`, {}, { token: n.delegateA.token })).status,
    ).toBe(200);
    // A reply from within the delegation is neither a proposal nor news to it.
    await postReply(t, n.delegateA2, amendment, 'We agree with ourselves');
    // Answered before the visit below: counted by disposition, never as new.
    const earlier = await postAnnotation(t, n.delegateA, at, { body: 'Settled before the visit' });
    await dispose(earlier.id, 'accepted');
    await postReply(t, n.delegateB, earlier, 'Seen before the visit');

    // delegateA opens (and leaves) the reading page: what follows is new to them.
    const visit = await t.http.post(
      `/api/rounds/${n.round.id}/reading-mark`,
      { visitId: randomUUID() },
      { token: n.delegateA.token },
    );
    expect(visit.status).toBe(200);
    const afterPosting = (await own(n.delegateA))!;
    expect(afterPosting.byDisposition).toEqual({
      ...before.byDisposition,
      accepted: before.byDisposition.accepted + 1,
      none: before.byDisposition.none + 2,
    });
    expect(afterPosting).toMatchObject({ lastVisit: expect.any(String), disposedSinceVisit: 0, repliesSinceVisit: 0 });

    await dispose(amendment.id, 'partly_accepted');
    await dispose(toSecretariat.id, 'not_retained');
    await dispose(others.id, 'accepted');
    await postReply(t, n.delegateB, amendment, 'We can live with half of it');
    await postReply(t, n.secretariat, toSecretariat, 'See the next revision');
    await postReply(t, n.delegateA, others, 'Our reply to B is not news to us');

    const seenByA = (await own(n.delegateA))!;
    expect(seenByA.byDisposition).toEqual({
      accepted: before.byDisposition.accepted + 1,
      partly_accepted: before.byDisposition.partly_accepted + 1,
      not_retained: before.byDisposition.not_retained + 1,
      none: before.byDisposition.none,
    });
    expect(seenByA).toMatchObject({ disposedSinceVisit: 2, repliesSinceVisit: 2 });
    // The head never visited: the same proposals, nothing counted as new.
    expect(await own(n.headA)).toMatchObject({
      byDisposition: seenByA.byDisposition,
      lastVisit: null,
      disposedSinceVisit: 0,
      repliesSinceVisit: 0,
    });
    // Another delegation counts its own only.
    expect((await own(n.headB))!.byDisposition).toEqual({
      ...beforeB.byDisposition,
      accepted: beforeB.byDisposition.accepted + 1,
    });
    // What each count links to, the list's proposedBy filter, holds exactly the threads counted:
    // not A's withdrawn comment, its internal note, nor B's thread A replied to.
    const listed = async (who: Person, query: string) => {
      const res = await t.http.get(`/api/rounds/${n.round.id}/annotations?${query}`, { token: who.token });
      expect(res.status).toBe(200);
      return (res.body as { items: Annotation[] }).items.filter((a) => a.parentId === null);
    };
    for (const [d, count] of Object.entries(seenByA.byDisposition)) {
      expect(await listed(n.delegateA, `proposedBy=${n.a.id}&disposition=${d}`)).toHaveLength(count);
    }
    expect((await listed(n.delegateA, `delegationId=${n.a.id}`)).map((a) => a.id)).toEqual(
      expect.arrayContaining([withdrawn.id, others.id]),
    );

    // B's head co-sponsors A's amendment: B is told where it stands, apart from its own proposals.
    expect(beforeB.sponsoredByDisposition.partly_accepted).toBe(0);
    const sponsored = await t.http.post(`/api/annotations/${amendment.id}/sponsors`, {}, { token: n.headB.token });
    expect(sponsored.status).toBeLessThan(300);
    const seenByB = (await own(n.headB))!;
    expect(seenByB.sponsoredByDisposition).toEqual({ ...beforeB.sponsoredByDisposition, partly_accepted: 1 });
    expect(seenByB.byDisposition).toEqual({ ...beforeB.byDisposition, accepted: beforeB.byDisposition.accepted + 1 });
    expect((await own(n.delegateA))!.sponsoredByDisposition).toEqual(before.sponsoredByDisposition);
    expect((await listed(n.headB, `sponsoredBy=${n.b.id}&disposition=partly_accepted`)).map((a) => a.id)).toEqual([
      amendment.id,
    ]);
    // An observer delegation's observers are told of theirs (none here).
    expect((await own(observerC))?.delegationId).toBe(n.c.id);
    // No delegation, or one that does not read the round: nothing.
    for (const who of [n.secretariat, n.chair, n.observer, n.delegateC]) expect(await own(who)).toBeNull();
  });

  it('tells a delegation what changed since its last visit in the amendments it co-sponsors, apart from its own proposals', async () => {
    const own = async (who: Person) => (await agenda(who)).ownProposals!;
    const at = { roundId: n.round.id, paragraphKey: keys[0] };
    const amend = (body: string) =>
      postAnnotation(t, n.delegateA, at, { kind: 'amendment', body, amendment: { operation: 'delete', text: '' } });
    const dispose = async (id: string) => {
      const res = await t.http.put(
        `/api/annotations/${id}/disposition`,
        { value: 'accepted', reason: 'Taken into the next revision' },
        { token: n.secretariat.token },
      );
      expect(res.status).toBe(200);
    };
    const sponsorship = async (id: string, method: 'POST' | 'DELETE') => {
      const path = `/api/annotations/${id}/sponsors${method === 'DELETE' ? '/mine' : ''}`;
      const res = await t.http.request(method, path, undefined, { token: n.headB.token });
      expect(res.status).toBeLessThan(300);
    };
    const [supported, settled, notSupported] = [await amend('One'), await amend('Two'), await amend('Three')];
    await sponsorship(supported.id, 'POST');
    await sponsorship(settled.id, 'POST');
    await dispose(settled.id);
    await postReply(t, n.delegateA, settled, 'Said before the visit');

    // delegateB opens (and leaves) the reading page: what follows is new to them.
    const visit = await t.http.post(
      `/api/rounds/${n.round.id}/reading-mark`,
      { visitId: randomUUID() },
      { token: n.delegateB.token },
    );
    expect(visit.status).toBe(200);
    expect(await own(n.delegateB)).toMatchObject({ sponsoredDisposedSinceVisit: 0, sponsoredRepliesSinceVisit: 0 });

    await dispose(supported.id);
    await dispose(notSupported.id);
    // The author's reply and the secretariat's are news to the co-sponsor; its own is not, nor a
    // reply in an amendment it does not co-sponsor.
    await postReply(t, n.delegateA, supported, 'Thank you for your support');
    await postReply(t, n.secretariat, settled, 'Kept as agreed');
    await postReply(t, n.delegateB, supported, 'Glad to support it');
    await postReply(t, n.delegateA, notSupported, 'Nobody co-sponsors this one');

    const seenByB = await own(n.delegateB);
    expect(seenByB).toMatchObject({
      sponsoredDisposedSinceVisit: 1,
      sponsoredRepliesSinceVisit: 2,
      // B's own proposals had no news: the co-sponsored amendments' news is counted apart.
      disposedSinceVisit: 0,
      repliesSinceVisit: 0,
    });
    // The head never visited: nothing is new; A, the author, is told of its own proposals only.
    expect(await own(n.headB)).toMatchObject({ sponsoredDisposedSinceVisit: 0, sponsoredRepliesSinceVisit: 0 });
    expect(await own(n.delegateA)).toMatchObject({ sponsoredDisposedSinceVisit: 0, sponsoredRepliesSinceVisit: 0 });

    // Support withdrawn: that amendment's news goes with it.
    await sponsorship(supported.id, 'DELETE');
    expect(await own(n.delegateB)).toMatchObject({ sponsoredDisposedSinceVisit: 0, sponsoredRepliesSinceVisit: 1 });
  });

  it("reads a delegation's proposals once for all its members while nothing changes, and again as soon as something does", async () => {
    const lists = jest.spyOn(RoundAnnotations.prototype, 'list');
    try {
      const comment = await postAnnotation(
        t,
        n.delegateA,
        { roundId: n.round.id, paragraphKey: keys[1] },
        { body: 'Kept' },
      );
      const first = (await agenda(n.delegateA)).ownProposals!;
      // A read just after a change is not kept (the insert may still be on its way); one later is.
      await sleep(LIST_SETTLE_MS + 200);
      expect((await agenda(n.delegateA2)).ownProposals!.byDisposition).toEqual(first.byDisposition);
      lists.mockClear();
      for (const who of [n.delegateA, n.delegateA2, n.headA]) {
        expect((await agenda(who)).ownProposals!.byDisposition).toEqual(first.byDisposition);
      }
      expect(lists).not.toHaveBeenCalled();
      // Another delegation's members have their own.
      await agenda(n.headB);
      expect(lists).toHaveBeenCalledTimes(1);

      const disposed = await t.http.put(
        `/api/annotations/${comment.id}/disposition`,
        { value: 'accepted', reason: 'Taken into the next revision' },
        { token: n.secretariat.token },
      );
      expect(disposed.status).toBe(200);
      const after = (await agenda(n.headA)).ownProposals!;
      expect(after.byDisposition).toEqual({
        ...first.byDisposition,
        accepted: first.byDisposition.accepted + 1,
        none: first.byDisposition.none - 1,
      });
      expect(lists).toHaveBeenCalledTimes(2);
    } finally {
      lists.mockRestore();
    }
  });

  it("reads the secretariat's count once for all its members while nothing changes, and again when a thread starts or gets a disposition", async () => {
    const colleague = await createUser(t.models);
    await addMembership(t.models, n.processId, colleague.id, 'secretariat');
    const secretariat2: Person = { id: colleague.id, token: (await login(t.http, colleague.email)).token };
    const count = async (who: Person) => (await agenda(who)).withoutDisposition;
    const lists = jest.spyOn(RoundAnnotations.prototype, 'list');
    try {
      const first = await count(n.secretariat);
      // A read just after a change is not kept (the insert may still be on its way); one later is.
      await sleep(LIST_SETTLE_MS + 200);
      expect(await count(secretariat2)).toBe(first);
      lists.mockClear();
      for (const who of [n.secretariat, secretariat2, n.secretariat]) expect(await count(who)).toBe(first);
      expect(lists).not.toHaveBeenCalled();

      // A thread put to the secretariat alone moves the count as one put to the round.
      const asked = await postAnnotation(
        t,
        n.delegateB,
        { roundId: n.round.id, paragraphKey: keys[2] },
        { visibility: 'secretariat', body: 'For the secretariat' },
      );
      expect(await count(secretariat2)).toBe(first! + 1);
      expect(lists).toHaveBeenCalledTimes(1);
      const disposed = await t.http.put(
        `/api/annotations/${asked.id}/disposition`,
        { value: 'not_retained', reason: 'Outside the scope of the text' },
        { token: n.secretariat.token },
      );
      expect(disposed.status).toBe(200);
      expect(await count(n.secretariat)).toBe(first);
      expect(lists).toHaveBeenCalledTimes(2);
    } finally {
      lists.mockRestore();
    }
  });

  it('answers 404 to someone outside the process', async () => {
    const res = await t.http.get(`/api/rounds/${n.round.id}/agenda`, { token: n.outsider.token });
    expect(res.status).toBe(404);
  });
});
