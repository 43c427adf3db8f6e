import { ErrorCode, streams, type DraftVersion, type Round } from '@concordia/contracts';
import { Types } from 'mongoose';
import { LiveLog } from '../realtime/live-log';
import { addMembership, createDelegation, createProcess, createUser, login } from '../test/fixtures';
import { itemsOf } from '../test/http-client';
import { startTestApp, type TestApp } from '../test/test-app';

/** Windows ahead of any day the suite runs on: opening a round needs its closing time still ahead. */
const YEAR = new Date().getUTCFullYear() + 1;

describe('rounds and paragraph statuses', () => {
  let t: TestApp;
  let processId: string;
  let secretariat: string;
  let chairId: string;
  let chair: string;
  let otherChair: string;
  let delegate: string;
  let outsider: string;
  let stateId: string;
  let published: DraftVersion;
  let workingId: string;
  let otherProcessVersion: string;

  const window = {
    opensAt: `${YEAR}-05-05T09:00:00+02:00`,
    closesAt: `${YEAR}-05-09T18:00:00+02:00`,
    timeZone: 'Europe/Zurich',
  };
  const roundBody = (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    versionId: published.id,
    chairUserId: chairId,
    delegationIds: [stateId],
    confidentiality: 'observers',
    ...window,
    ...extra,
  });
  const createRound = (name: string, extra: Record<string, unknown> = {}, token = secretariat) =>
    t.http.post(`/api/processes/${processId}/rounds`, roundBody(name, extra), { token });
  const setStatus = (roundId: string, status: string, token: string) =>
    t.http.post(`/api/rounds/${roundId}/status`, { status }, { token });

  /** A published version made through the API: a draft, two paragraphs, published. */
  async function publishedVersion(
    process: string,
    token: string,
  ): Promise<{ published: DraftVersion; workingId: string }> {
    const draft = await t.http.post(`/api/processes/${process}/drafts`, { title: 'Agenda' }, { token });
    let version = (await t.http.get(`/api/versions/${draft.body.versions[0].id}`, { token })).body as DraftVersion;
    version = (
      await t.http.post(
        `/api/versions/${version.id}/operations`,
        { revision: 0, operation: { type: 'add_section', afterSectionKey: null, heading: 'I. Principles' } },
        { token },
      )
    ).body;
    for (const text of ['States cooperate.', 'Rights are respected.']) {
      const after = version.sections[0].paragraphs.at(-1)?.key ?? null;
      version = (
        await t.http.post(
          `/api/versions/${version.id}/operations`,
          {
            revision: version.revision,
            operation: { type: 'add_paragraph', sectionKey: version.sections[0].key, afterKey: after, text },
          },
          { token },
        )
      ).body;
    }
    const res = await t.http.post(
      `/api/versions/${version.id}/publish`,
      { revision: version.revision, label: 'Zero draft' },
      { token },
    );
    expect(res.status).toBe(200);
    return { published: res.body.published, workingId: res.body.working.id };
  }

  beforeAll(async () => {
    t = await startTestApp();
    processId = await createProcess(t.models);
    stateId = await createDelegation(t.models);
    const sec = await createUser(t.models);
    await addMembership(t.models, processId, sec.id, 'secretariat');
    secretariat = (await login(t.http, sec.email)).token;
    const ch = await createUser(t.models);
    chairId = ch.id;
    await addMembership(t.models, processId, ch.id, 'chair');
    chair = (await login(t.http, ch.email)).token;
    const ch2 = await createUser(t.models);
    await addMembership(t.models, processId, ch2.id, 'chair');
    otherChair = (await login(t.http, ch2.email)).token;
    const del = await createUser(t.models);
    await addMembership(t.models, processId, del.id, 'delegate', stateId);
    delegate = (await login(t.http, del.email)).token;
    ({ published, workingId } = await publishedVersion(processId, secretariat));

    const other = await createProcess(t.models);
    const out = await createUser(t.models);
    await addMembership(t.models, other, out.id, 'secretariat');
    outsider = (await login(t.http, out.email)).token;
    otherProcessVersion = (await publishedVersion(other, outsider)).published.id;
  });
  afterAll(() => t.close());

  it('creates a scheduled round on a published version', async () => {
    const res = await createRound('First regional consultation', { delegationIds: [stateId, stateId.toUpperCase()] });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      processId,
      name: 'First regional consultation',
      versionId: published.id,
      chairUserId: chairId,
      delegationIds: [stateId],
      opensAt: `${YEAR}-05-05T07:00:00.000Z`,
      closesAt: `${YEAR}-05-09T16:00:00.000Z`,
      timeZone: 'Europe/Zurich',
      confidentiality: 'observers',
      status: 'scheduled',
    });
    expect((await t.http.get(`/api/rounds/${res.body.id}`, { token: delegate })).body).toEqual(res.body);
    const again = await createRound('First regional consultation');
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: ErrorCode.Conflict });
  });

  it('refuses bad rounds with their codes', async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{ closesAt: window.opensAt }, 400, ErrorCode.RoundWindowInvalid],
      [{ closesAt: `${YEAR}-05-05T08:00:00+01:00` }, 400, ErrorCode.RoundWindowInvalid],
      [{ opensAt: '5 May 2025' }, 400, ErrorCode.ValidationFailed],
      [{ timeZone: 'Mars/Olympus' }, 400, ErrorCode.ValidationFailed],
      [{ versionId: workingId }, 409, ErrorCode.RoundVersionNotPublished],
      [{ versionId: otherProcessVersion }, 404, ErrorCode.NotFound],
      [{ chairUserId: new Types.ObjectId().toHexString() }, 400, ErrorCode.ChairNotMember],
      [
        { chairUserId: (await t.models.memberships.findOne({ role: 'delegate' }).lean().exec())!.userId.toHexString() },
        400,
        ErrorCode.ChairNotMember,
      ],
      [{ delegationIds: [stateId, await createDelegation(t.models)] }, 400, ErrorCode.DelegationNotInProcess],
      [{ confidentiality: 'secret' }, 400, ErrorCode.ValidationFailed],
    ];
    for (const [extra, status, code] of cases) {
      const res = await createRound('Bad round', extra);
      expect({ extra, status: res.status, code: res.body.code }).toEqual({ extra, status, code });
    }
    const window400 = await createRound('Backwards', { closesAt: window.opensAt });
    expect(window400.body.issues).toEqual([
      { path: 'closesAt', code: ErrorCode.RoundWindowInvalid, message: 'must be after opensAt' },
    ]);
    expect((await createRound('By a chair', {}, chair)).status).toBe(403);
    expect((await createRound('By a delegate', {}, delegate)).status).toBe(403);
    expect(await t.models.rounds.countDocuments({ processId: new Types.ObjectId(processId) })).toBe(1);
  });

  it('takes a delegation invited to the process before anyone from it has signed up, not once the invitation is withdrawn', async () => {
    const invitedState = await createDelegation(t.models);
    const invitation = await t.http.post(
      '/api/invitations',
      { email: `head-${invitedState}@example.test`, processId, role: 'head_of_delegation', delegationId: invitedState },
      { token: secretariat },
    );
    expect(invitation.status).toBe(201);
    const res = await createRound('With an invited State', { delegationIds: [stateId, invitedState] });
    expect(res.status).toBe(201);
    expect((res.body as Round).delegationIds).toEqual([stateId, invitedState]);

    const revoked = await t.http.post(`/api/invitations/${invitation.body.id}/revoke`, {}, { token: secretariat });
    expect(revoked.status).toBe(200);
    const refused = await createRound('After the withdrawal', { delegationIds: [invitedState] });
    expect({ status: refused.status, code: refused.body.code }).toEqual({
      status: 400,
      code: ErrorCode.DelegationNotInProcess,
    });
  });

  it('edits a scheduled round, then refuses once it has opened', async () => {
    const round = (await createRound('Editable round')).body as Round;
    const res = await t.http.patch(
      `/api/rounds/${round.id}`,
      { name: 'Edited round', closesAt: `${YEAR}-05-10T18:00:00+02:00` },
      { token: secretariat },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Edited round',
      closesAt: `${YEAR}-05-10T16:00:00.000Z`,
      status: 'scheduled',
    });
    const backwards = await t.http.patch(
      `/api/rounds/${round.id}`,
      { opensAt: `${YEAR}-06-01T00:00:00Z` },
      { token: secretariat },
    );
    expect({ status: backwards.status, code: backwards.body.code }).toEqual({
      status: 400,
      code: ErrorCode.RoundWindowInvalid,
    });
    const taken = await t.http.patch(
      `/api/rounds/${round.id}`,
      { name: 'First regional consultation' },
      { token: secretariat },
    );
    expect({ status: taken.status, code: taken.body.code }).toEqual({ status: 409, code: ErrorCode.Conflict });
    expect((await t.http.patch(`/api/rounds/${round.id}`, { name: 'By chair' }, { token: chair })).status).toBe(403);

    expect((await setStatus(round.id, 'open', secretariat)).status).toBe(200);
    const late = await t.http.patch(`/api/rounds/${round.id}`, { name: 'Too late' }, { token: secretariat });
    expect({ status: late.status, code: late.body.code }).toEqual({ status: 409, code: ErrorCode.RoundNotEditable });
    expect((await t.http.get(`/api/rounds/${round.id}`, { token: secretariat })).body.name).toBe('Edited round');
  });

  it('moves through scheduled -> open -> closed -> open -> closed -> concluded, by its chair or the secretariat', async () => {
    const round = (await createRound('Lifecycle round')).body as Round;
    const invalid = await setStatus(round.id, 'closed', chair);
    expect({ status: invalid.status, code: invalid.body.code }).toEqual({
      status: 409,
      code: ErrorCode.RoundTransitionInvalid,
    });
    expect((await setStatus(round.id, 'open', delegate)).status).toBe(403);
    expect((await setStatus(round.id, 'open', otherChair)).status).toBe(403);

    for (const [status, token] of [
      ['open', chair],
      ['closed', secretariat],
      ['open', chair],
      ['closed', chair],
      ['concluded', chair],
    ] as const) {
      const res = await setStatus(round.id, status, token);
      expect({ status, code: res.status }).toEqual({ status, code: 200 });
      expect(res.body.status).toBe(status);
    }
    const final = await setStatus(round.id, 'open', secretariat);
    expect({ status: final.status, code: final.body.code }).toEqual({
      status: 409,
      code: ErrorCode.RoundTransitionInvalid,
    });
    const bad = await setStatus(round.id, 'paused', secretariat);
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: ErrorCode.ValidationFailed });
  });

  it('applies exactly one of two concurrent status changes from the same status', async () => {
    const round = (await createRound('Race round')).body as Round;
    await setStatus(round.id, 'open', chair);
    await setStatus(round.id, 'closed', chair);
    const results = await Promise.all([
      setStatus(round.id, 'open', chair),
      setStatus(round.id, 'concluded', secretariat),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!;
    expect((await t.http.get(`/api/rounds/${round.id}`, { token: chair })).body.status).toBe(winner.body.status);
  });

  it("lists every paragraph's status and lets only the round's chair set one", async () => {
    const round = (await createRound('Status round')).body as Round;
    await setStatus(round.id, 'open', chair);
    const [first, second] = published.sections[0].paragraphs.map((p) => p.key) as [string, string];

    const initial = await t.http.get(`/api/rounds/${round.id}/paragraph-statuses`, { token: delegate });
    expect(initial.body.items).toEqual([
      { key: first, status: 'open', updatedAt: null, updatedBy: null },
      { key: second, status: 'open', updatedAt: null, updatedBy: null },
    ]);

    const set = await t.http.put(
      `/api/rounds/${round.id}/paragraphs/${second}/status`,
      { status: 'agreed_ad_referendum' },
      { token: chair },
    );
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ key: second, status: 'agreed_ad_referendum', updatedBy: chairId });
    const changed = await t.http.put(
      `/api/rounds/${round.id}/paragraphs/${second}/status`,
      { status: 'bracketed' },
      { token: chair },
    );
    expect(changed.status).toBe(200);

    for (const token of [delegate, secretariat, otherChair]) {
      const res = await t.http.put(
        `/api/rounds/${round.id}/paragraphs/${first}/status`,
        { status: 'agreed' },
        { token },
      );
      expect(res.status).toBe(403);
    }
    const unknown = await t.http.put(
      `/api/rounds/${round.id}/paragraphs/not-a-key/status`,
      { status: 'agreed' },
      { token: chair },
    );
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({
      status: 404,
      code: ErrorCode.ParagraphNotFound,
    });
    const invalid = await t.http.put(
      `/api/rounds/${round.id}/paragraphs/${first}/status`,
      { status: 'maybe' },
      { token: chair },
    );
    expect(invalid.status).toBe(400);

    const after = await t.http.get(`/api/rounds/${round.id}/paragraph-statuses`, { token: delegate });
    expect(itemsOf<{ status: string }>(after).map((i) => i.status)).toEqual(['open', 'bracketed']);
    expect(await t.models.paragraphStatuses.countDocuments({ roundId: new Types.ObjectId(round.id) })).toBe(1);

    const audit = await t.http.get(`/api/processes/${processId}/audit?action=paragraph.status_set`, {
      token: secretariat,
    });
    expect(
      itemsOf<{ before: { status: string }; after: { status: string } }>(audit).map(
        (i) => `${i.before.status}>${i.after.status}`,
      ),
    ).toEqual(['agreed_ad_referendum>bracketed', 'open>agreed_ad_referendum']);
    // Readers know the paragraph by its number in the document, not by its key.
    const secondNumber = published.sections[0].paragraphs[1]?.number;
    expect(secondNumber).toBeTruthy();
    expect(itemsOf<{ context: unknown }>(audit).map((i) => i.context)).toEqual([
      { round: 'Status round', paragraphs: [secondNumber] },
      { round: 'Status round', paragraphs: [secondNumber] },
    ]);

    // Each change went out live on the round's stream, in order (refused ones did not).
    const log = await t.app.get(LiveLog).since(streams.round(round.id), 0);
    expect(log.kind === 'events' ? log.events.map((e) => e.event) : log).toEqual([
      { type: 'round.status', status: 'open' },
      { type: 'paragraph.status', paragraphKey: second, status: 'agreed_ad_referendum' },
      { type: 'paragraph.status', paragraphKey: second, status: 'bracketed' },
    ]);
  });

  it('records round changes in the audit log', async () => {
    const res = await t.http.get(`/api/processes/${processId}/audit`, { token: secretariat });
    const actions = new Set(itemsOf<{ action: string }>(res).map((i) => i.action));
    for (const action of ['round.created', 'round.updated', 'round.status_changed', 'paragraph.status_set']) {
      expect({ action, recorded: actions.has(action) }).toEqual({ action, recorded: true });
    }
    const updated = itemsOf<{ action: string }>(res).find((i) => i.action === 'round.updated');
    expect(updated).toMatchObject({
      before: { name: 'Editable round', closesAt: `${YEAR}-05-09T16:00:00.000Z` },
      after: { name: 'Edited round', closesAt: `${YEAR}-05-10T16:00:00.000Z` },
    });
  });

  it("hides the rounds from another process's member (404)", async () => {
    const round = (await createRound('Hidden round')).body as Round;
    const key = published.sections[0].paragraphs[0].key;
    const requests: [string, string, unknown?][] = [
      ['GET', `/api/processes/${processId}/rounds`],
      ['POST', `/api/processes/${processId}/rounds`, roundBody('Intruder')],
      ['GET', `/api/rounds/${round.id}`],
      ['PATCH', `/api/rounds/${round.id}`, { name: 'Mine' }],
      ['POST', `/api/rounds/${round.id}/status`, { status: 'open' }],
      ['PUT', `/api/rounds/${round.id}/closes-at`, { closesAt: new Date(Date.now() + 86_400_000).toISOString() }],
      ['GET', `/api/rounds/${round.id}/paragraph-statuses`],
      ['PUT', `/api/rounds/${round.id}/paragraphs/${key}/status`, { status: 'agreed' }],
    ];
    for (const [method, path, body] of requests) {
      const res = await t.http.request(method, path, body, { token: outsider });
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
    expect((await t.http.get(`/api/rounds/${new Types.ObjectId().toHexString()}`, { token: chair })).status).toBe(404);
  });
});
