import { ErrorCode, type InvitationBatchResponse } from '@concordia/contracts';
import { LockResources } from '@concordia/dal';
import { Types } from 'mongoose';
import { WriteLock } from '../infra/write-lock.service';
import { eventually } from '../notifications/test/notification-fixtures';
import { type NotificationStack, startNotificationStack } from '../notifications/test/notification-stack';
import { SETUP_TIMEOUT_MS } from '../test/deadlines';
import { addMembership, createUser, login, unique } from '../test/fixtures';

/** A secretariat invites a whole sheet of people at once, row by row. */
describe('a sheet of invitations', () => {
  let s: NotificationStack;
  let state: { code: string; name: string };
  let ngo: { code: string; name: string };

  const send = async (rows: Record<string, unknown>[], dryRun = false, token = s.n.secretariat.token) =>
    s.t.http.post(
      '/api/invitations/batch',
      { processId: s.n.processId, dryRun, rows: rows.map((row, i) => ({ line: i + 2, ...row })) },
      { token },
    );
  const address = (who: string) => `${unique(who)}@example.test`.toLowerCase();
  const invitationsTo = (email: string) => s.t.models.invitations.countDocuments({ email }).exec();

  beforeAll(async () => {
    s = await startNotificationStack();
    const [a, c] = await Promise.all([
      s.t.models.delegations.findById(s.n.a.id).lean().exec(),
      s.t.models.delegations.create({
        name: 'Friends of the Rivers',
        code: unique('FOR'),
        kind: 'ngo',
        region: 'Global',
      }),
    ]);
    state = { code: a!.code, name: a!.name };
    ngo = { code: c.code, name: c.name };
  }, SETUP_TIMEOUT_MS);
  afterAll(() => s?.stop());

  it('checks a sheet without inviting anyone, then invites its good rows and says why each other row was refused', async () => {
    const member = await createUser(s.t.models);
    await addMembership(s.t.models, s.n.processId, member.id, 'delegate', s.n.a.id);
    const head = address('Head');
    const observer = address('observer');
    const chair = address('chair');
    const rows = [
      {
        email: ` ${head.toUpperCase()} `,
        role: 'Chef de délégation',
        delegation: state.code.toLowerCase(),
        language: 'fr',
      },
      { email: observer, role: 'observer', delegation: ngo.name, language: '' },
      { email: chair, role: 'Presidencia', delegation: '', language: 'Español' },
      { email: 'not an address', role: 'delegate', delegation: state.code },
      { email: head, role: 'delegate', delegation: state.code },
      { email: address('x'), role: 'minister', delegation: state.code },
      { email: address('y'), role: 'delegate', delegation: 'Atlantis' },
      { email: address('z'), role: 'delegate', delegation: '' },
      { email: address('w'), role: 'observer', delegation: state.code },
      { email: address('v'), role: 'chair', delegation: '', language: 'Deutsch' },
      { email: member.email, role: 'delegate', delegation: state.code },
    ];
    const expected = [
      { line: 2, status: 'ready', email: head, role: 'head_of_delegation', delegationName: state.name, language: 'fr' },
      { line: 3, status: 'ready', email: observer, role: 'observer', delegationName: ngo.name, language: 'en' },
      { line: 4, status: 'ready', email: chair, role: 'chair', delegationId: null, language: 'es' },
      { line: 5, status: 'refused', code: ErrorCode.InvalidEmail },
      { line: 6, status: 'refused', code: ErrorCode.RowRepeated },
      { line: 7, status: 'refused', code: ErrorCode.RoleUnknown },
      { line: 8, status: 'refused', code: ErrorCode.DelegationUnknown },
      { line: 9, status: 'refused', code: ErrorCode.DelegationRequired },
      { line: 10, status: 'refused', code: ErrorCode.DelegationNotAllowed },
      { line: 11, status: 'refused', code: ErrorCode.LanguageUnknown },
      { line: 12, status: 'refused', code: ErrorCode.MembershipExists },
    ];

    const checked = await send(rows, true);
    expect(checked.status).toBe(200);
    const dry = checked.body as InvitationBatchResponse;
    expect(dry).toMatchObject({ dryRun: true, accepted: 3, refused: 8 });
    expect(dry.rows).toEqual(expected.map((row): unknown => expect.objectContaining(row)));
    for (const row of dry.rows) if (row.status === 'refused') expect(row.message).not.toBe('');
    expect(await invitationsTo(head)).toBe(0);

    const sent = await send(rows);
    expect(sent.status).toBe(200);
    const done = sent.body as InvitationBatchResponse;
    expect(done).toMatchObject({ dryRun: false, accepted: 3, refused: 8 });
    expect(done.rows).toEqual(
      expected.map((row): unknown =>
        expect.objectContaining(row.status === 'ready' ? { ...row, status: 'invited', emailQueued: true } : row),
      ),
    );
    const invited = await s.t.models.invitations.findOne({ email: head }).lean().exec();
    expect(invited).toMatchObject({ role: 'head_of_delegation', acceptedAt: null });
    expect(invited?.delegationId?.toHexString()).toBe(s.n.a.id);

    // Each email in the row's language, else the sender's (English here).
    const inbox = async (email: string) =>
      (
        await eventually(`the invitation to ${email}`, async () => {
          const found = await s.sink.to(email);
          return found.length > 0 ? found : undefined;
        })
      )[0];
    expect((await inbox(head)).subject).toMatch(/^Invitation à participer à «\u00a0.+\u00a0»$/);
    expect((await inbox(chair)).text).toContain('Presidencia');
    expect((await inbox(observer)).subject).toMatch(/^Invitation to take part in/);
  });

  it('invites nobody twice when the same sheet is sent again, even twice at once', async () => {
    const email = address('twice');
    const row = { email, role: 'delegate', delegation: state.code };
    const [first, second] = await Promise.all([send([row]), send([row])]);
    const outcomes = [first.body, second.body] as InvitationBatchResponse[];
    expect(outcomes.map((o) => o.rows[0].status).sort()).toEqual(['invited', 'refused']);
    expect(outcomes.flatMap((o) => o.rows).find((r) => r.status === 'refused')).toMatchObject({
      code: ErrorCode.InvitationPending,
    });
    expect(await invitationsTo(email)).toBe(1);
  });

  it('invites a person once when the single form and a sheet name them at the same moment', async () => {
    const email = address('both');
    const others = Array.from({ length: 6 }, (_, i) => ({
      email: address(`along${i}`),
      role: 'delegate',
      delegation: state.code,
    }));
    const [sheet, single] = await Promise.all([
      send([...others, { email, role: 'delegate', delegation: state.code }]),
      s.t.http.post(
        '/api/invitations',
        { processId: s.n.processId, email, role: 'delegate', delegationId: s.n.a.id },
        { token: s.n.secretariat.token },
      ),
    ]);
    const row = (sheet.body as InvitationBatchResponse).rows.find((r) => r.email === email);
    // Whichever came first invited; the other was told the invitation is pending.
    if (single.status === 201) expect(row).toMatchObject({ status: 'refused', code: ErrorCode.InvitationPending });
    else {
      expect({ status: single.status, code: single.body.code }).toEqual({
        status: 409,
        code: ErrorCode.InvitationPending,
      });
      expect(row).toMatchObject({ status: 'invited' });
    }
    expect(await invitationsTo(email)).toBe(1);
    for (const other of others) expect(await invitationsTo(other.email)).toBe(1);
  });

  it('invites the other rows while one row waits for its address, and answers in the sheet’s order', async () => {
    // Someone else is busy with the first row's address (the single form, say): in sequence the
    // whole sheet waited behind it; a few rows at a time, the others go ahead meanwhile.
    const held = address('held');
    const others = Array.from({ length: 6 }, (_, i) => address(`meanwhile${i}`));
    const rows = [held, ...others].map((email) => ({ email, role: 'delegate', delegation: state.code }));
    const lock = s.t.app.get(WriteLock);
    const sheet = await lock.run(LockResources.invitationAddress(new Types.ObjectId(s.n.processId), held), async () => {
      const sending = send(rows);
      await eventually(
        'the other rows invited while the first waits',
        async () => {
          const counts = await Promise.all(others.map(invitationsTo));
          return counts.every((n) => n === 1) ? true : undefined;
        },
        // Within the 5 s the first row waits for its lock before giving up (its wait starts
        // only once the sheet is checked, after this one), with room for a loaded machine.
        4_500,
      );
      expect(await invitationsTo(held)).toBe(0);
      return { sending };
    });
    const done = (await sheet.sending).body as InvitationBatchResponse;
    expect(done).toMatchObject({ accepted: 7, refused: 0 });
    expect(done.rows.map((r) => [r.line, r.email, r.status])).toEqual(
      rows.map((row, i) => [i + 2, row.email, 'invited']),
    );
    expect(await invitationsTo(held)).toBe(1);
  });

  it('leaves one live invitation per address, and one audit entry per invitation, when a sheet repeats addresses while the single form invites some of them', async () => {
    const emails = Array.from({ length: 8 }, (_, i) => address(`repeated${i}`));
    // Each address twice, the second time further down the sheet.
    const sheetEmails = [...emails, ...emails.slice().reverse()];
    const rows = sheetEmails.map((email) => ({ email, role: 'delegate', delegation: state.code }));
    const single = (email: string) =>
      s.t.http.post(
        '/api/invitations',
        { processId: s.n.processId, email, role: 'delegate', delegationId: s.n.a.id },
        { token: s.n.secretariat.token },
      );
    const [sheet, ...singles] = await Promise.all([send(rows), ...emails.filter((_, i) => i % 2 === 0).map(single)]);
    expect(sheet.status).toBe(200);
    const done = sheet.body as InvitationBatchResponse;
    expect(done.rows.map((r) => r.line)).toEqual(rows.map((_, i) => i + 2));
    expect(done.rows.map((r) => r.email)).toEqual(sheetEmails);
    // The repeated rows are refused for that; each address's first row was invited unless the
    // single form was first.
    for (const row of done.rows.slice(emails.length))
      expect(row).toMatchObject({ status: 'refused', code: ErrorCode.RowRepeated });
    const invitedBySheet = done.rows.filter((r) => r.status === 'invited').length;
    const invitedBySingle = singles.filter((r) => r.status === 201).length;
    for (const refused of singles.filter((r) => r.status !== 201)) {
      expect({ status: refused.status, code: refused.body.code }).toEqual({
        status: 409,
        code: ErrorCode.InvitationPending,
      });
    }
    expect(invitedBySheet + invitedBySingle).toBe(emails.length);
    for (const email of emails) {
      const live = await s.t.models.invitations.find({ email, acceptedAt: null, revokedAt: null }).lean().exec();
      expect({ email, live: live.length }).toEqual({ email, live: 1 });
      const audited = await s.t.models.auditLog
        .countDocuments({ action: 'invitation.created', targetId: live[0]?._id.toHexString() })
        .exec();
      expect({ email, audited }).toEqual({ email, audited: 1 });
    }
  });

  it('is for the secretariat of the process only, and refuses an empty or oversized sheet whole', async () => {
    const row = { email: address('nobody'), role: 'delegate', delegation: state.code };
    expect((await send([row], false, s.n.delegateA.token)).status).toBe(403);
    expect((await send([row], false, s.n.outsider.token)).status).toBe(404);
    expect(await invitationsTo(row.email)).toBe(0);
    const empty = await send([]);
    expect({ status: empty.status, code: empty.body.code }).toEqual({ status: 400, code: ErrorCode.ValidationFailed });
    const tooMany = await send(Array.from({ length: 501 }, (_, i) => ({ ...row, email: `n${i}@example.test` })));
    expect({ status: tooMany.status, code: tooMany.body.code }).toEqual({
      status: 400,
      code: ErrorCode.ValidationFailed,
    });
    const stranger = await createUser(s.t.models);
    const token = (await login(s.t.http, stranger.email)).token;
    expect((await send([row], true, token)).status).toBe(404);
  });
});
