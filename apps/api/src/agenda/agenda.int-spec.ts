import { randomUUID } from 'node:crypto';
import type { RoundAgenda } from '@concordia/contracts';
import { type Negotiation, type Person, postAnnotation, setUpNegotiation } from '../annotations/test/negotiation';
import { SETUP_TIMEOUT_MS } from '../test/deadlines';
import { addMembership, createUser, login } from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';

/** "Waiting for you" on the home page: each role is told what the round waits for from it. */
describe('what a round waits for from each participant', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];
  /** Head of a delegation of the process that is not in the round. */
  let headC: Person;

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
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t?.close());

  it("tells a head of delegation how many paragraphs still lack the delegation's position", async () => {
    expect((await agenda(n.headA)).positions).toEqual({ recorded: 0, paragraphs: keys.length });
    for (const [i, value] of (['support', 'no_position'] as const).entries()) {
      const res = await t.http.post(
        `/api/rounds/${n.round.id}/positions`,
        { delegationId: n.a.id, paragraphKey: keys[i], value },
        { token: n.headA.token },
      );
      expect(res.status).toBe(201);
    }
    expect((await agenda(n.headA)).positions).toEqual({ recorded: 2, paragraphs: keys.length });
    // Another delegation's head counts its own row only; delegates and the chair record none.
    expect((await agenda(n.headB)).positions).toEqual({ recorded: 0, paragraphs: keys.length });
    expect((await agenda(n.delegateA)).positions).toBeNull();
    expect((await agenda(n.chair)).positions).toBeNull();
  });

  it('counts for the secretariat the comments still without a disposition, not replies or disposed ones', async () => {
    const before = (await agenda(n.secretariat)).withoutDisposition ?? -1;
    const first = await postAnnotation(t, n.delegateA, { roundId: n.round.id, paragraphKey: keys[0] }, { body: 'One' });
    await postAnnotation(t, n.delegateB, { roundId: n.round.id, paragraphKey: keys[1] }, { body: 'Two' });
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

  it('answers 404 to someone outside the process', async () => {
    const res = await t.http.get(`/api/rounds/${n.round.id}/agenda`, { token: n.outsider.token });
    expect(res.status).toBe(404);
  });
});
