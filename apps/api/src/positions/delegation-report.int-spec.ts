import type { Annotation } from '@concordia/contracts';
import mammoth from 'mammoth';
import {
  postAnnotation,
  postReply,
  setUpNegotiation,
  type Negotiation,
  type Person,
} from '../annotations/test/negotiation';
import { SETUP_TIMEOUT_MS } from '../test/deadlines';
import { addMembership, createDelegation, createUser, login } from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';

/** A delegation's report on a round: what it said and did there, for its capital, and nobody else's notes. */
describe("a delegation's report on a round", () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];
  let ourComment: Annotation;

  const download = (who: Person) =>
    fetch(`${t.baseUrl}/api/rounds/${n.round.id}/positions/delegation-report.docx`, {
      headers: { authorization: `Bearer ${who.token}` },
    });
  const reportOf = async (who: Person) => {
    const res = await download(who);
    expect(res.status).toBe(200);
    return (await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value;
  };
  const at = (key: string | undefined) => ({ roundId: n.round.id, paragraphKey: key });

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
    const position = await t.http.post(
      `/api/rounds/${n.round.id}/positions`,
      { delegationId: n.a.id, paragraphKey: keys[0], value: 'objection', statement: 'The deadline is too short' },
      { token: n.headA.token },
    );
    expect(position.status).toBe(201);
    ourComment = await postAnnotation(t, n.delegateA, at(keys[0]), { body: 'Our capital asks for a firmer verb' });
    await postReply(t, n.delegateB, ourComment, 'A firmer verb suits us too');
    const disposed = await t.http.put(
      `/api/annotations/${ourComment.id}/disposition`,
      { value: 'accepted', reason: 'Taken into the next revision' },
      { token: n.secretariat.token },
    );
    expect(disposed.status).toBe(200);
    await postAnnotation(t, n.delegateA, at(keys[0]), { body: 'Instructions awaited', visibility: 'delegation' });
    await postAnnotation(t, n.delegateA, at(keys[0]), {
      body: 'For the secretariat: a typo',
      visibility: 'secretariat',
    });
    // A question is reported, but is not a comment or amendment awaiting a disposition.
    await postAnnotation(t, n.delegateA, at(keys[0]), {
      kind: 'question',
      body: 'Which deadline would the others accept?',
    });
    const theirs = await postAnnotation(t, n.delegateB, at(keys[1]), {
      kind: 'amendment',
      body: 'Name the regional processes',
      amendment: { operation: 'replace', text: 'regional consultative processes' },
    });
    expect((await t.http.post(`/api/annotations/${theirs.id}/sponsors`, {}, { token: n.headA.token })).status).toBe(
      201,
    );
    await postAnnotation(t, n.delegateB, at(keys[1]), { body: 'Not a word of ours' });
    await postAnnotation(t, n.delegateB, at(keys[1]), { body: 'Kept inside B', visibility: 'delegation' });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close());

  it("holds the delegation's position, threads, internal notes, dispositions and co-sponsorships, and no one else's words", async () => {
    const text = await reportOf(n.delegateA);
    expect(text).toContain(`${n.a.name} — report on ${n.round.name}`);
    expect(text).toContain(`Positions recorded: 1 of ${keys.length} paragraphs.`);
    // The comment to the secretariat awaits a disposition; the internal note is put to no one.
    expect(text).toContain('Comments and amendments: 2 (accepted 1, partly accepted 0, not retained 0, pending 1).');
    expect(text).toContain('Amendments of other delegations we co-sponsor: 1.');
    expect(text).toMatch(/Objection: The deadline is too short \(recorded by .+\)/);
    for (const words of [
      'Our capital asks for a firmer verb',
      'A firmer verb suits us too',
      'Disposition: Accepted',
      'Reason: Taken into the next revision',
      'Instructions awaited',
      'Own delegation only',
      'For the secretariat: a typo',
      'Which deadline would the others accept?',
      'Name the regional processes',
      'regional consultative processes',
    ]) {
      expect(text).toContain(words);
    }
    // Pending: the comment to the secretariat and the co-sponsored amendment, not the internal note.
    expect(text.split('Disposition: pending').length - 1).toBe(2);
    expect(text).not.toContain('Not a word of ours');
    expect(text).not.toContain('Kept inside B');
    // The third paragraph saw nothing from A.
    expect(text).toContain(
      `Paragraphs without our position, comments or co-sponsorship: ${n.published.sections[0].paragraphs[2]?.number}.`,
    );

    const theirs = await reportOf(n.delegateB);
    expect(theirs).toContain(`${n.b.name} — report on ${n.round.name}`);
    expect(theirs).toContain('Kept inside B');
    // B's capital learns who co-sponsors its amendment.
    expect(theirs).toContain(`Co-sponsors: ${n.a.name}`);
    expect(theirs).not.toContain('Instructions awaited');
    expect(theirs).not.toContain('Our capital asks for a firmer verb');

    const audit = await t.models.auditLog
      .findOne({ action: 'positions.exported', 'after.report': 'delegation' })
      .lean()
      .exec();
    expect(audit).toMatchObject({ targetId: n.round.id, after: { delegationId: n.a.id } });
  });

  it("speaks the reader's language", async () => {
    const user = await createUser(t.models);
    await t.models.users.updateOne({ _id: user.id }, { $set: { language: 'fr' } }).exec();
    await addMembership(t.models, n.processId, user.id, 'delegate', n.a.id);
    const text = await reportOf({ id: user.id, token: (await login(t.http, user.email)).token });
    expect(text).toContain(`${n.a.name} — rapport sur ${n.round.name}`);
    expect(text).toContain('Notre position');
    expect(text).toContain('Suite donnée\u00a0: Accepté');
  });

  it("gives an observer delegation's member its report, without the positions it does not record", async () => {
    const forum = await createDelegation(t.models, 'ngo');
    const user = await createUser(t.models);
    await addMembership(t.models, n.processId, user.id, 'observer', forum);
    const observer = { id: user.id, token: (await login(t.http, user.email)).token };
    await postAnnotation(t, observer, at(keys[1]), { body: 'Our members ask for a word on returnees' });
    const text = await reportOf(observer);
    const name = (await t.models.delegations.findById(forum).lean().exec())!.name;
    expect(text).toContain(`${name} — report on ${n.round.name}`);
    expect(text).toContain('Our members ask for a word on returnees');
    expect(text).toContain('Comments and amendments: 1 (accepted 0, partly accepted 0, not retained 0, pending 1).');
    expect(text).not.toContain('Positions recorded');
    expect(text).not.toContain('Our position');
    expect(text).not.toContain('Our capital asks for a firmer verb');
  });

  it('is only for members of a delegation taking part in the round', async () => {
    const refused = async (who: Person) => {
      const res = await download(who);
      return { status: res.status, code: ((await res.json()) as { code: string }).code };
    };
    expect(await refused(n.secretariat)).toMatchObject({ status: 403 });
    expect(await refused(n.chair)).toMatchObject({ status: 403 });
    expect((await refused(n.delegateC)).status).toBe(403);
    expect((await refused(n.outsider)).status).toBe(404);
  });
});
