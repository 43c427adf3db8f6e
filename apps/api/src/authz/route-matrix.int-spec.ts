import { randomUUID } from 'node:crypto';
import type { Annotation, DraftVersion, ProcessRole, PublishVersionResponse } from '@concordia/contracts';
import { RouteAccessAudit } from '../app/route-access-audit';
import { type Negotiation, postAnnotation, setUpNegotiation } from '../annotations/test/negotiation';
import { createDelegation, createUser, login } from '../test/fixtures';
import type { HttpResult } from '../test/http-client';
import { startTestApp, type TestApp } from '../test/test-app';
import { allowsPlatform, decideInProcess, type PlatformAction, type ProcessAction } from './policies';
import { snapshotDatabase } from './test/database-snapshot';

/**
 * Every process-scoped route, called by everyone: nobody outside the process learns that the
 * object exists (404), a member whose role the policy refuses gets 403, and a refused write
 * changes nothing in the database (compared document by document before and after it). `@AuthorizeInProcess` is only a declaration: the use case
 * must really ask ProcessAccessService for that action, and this is what proves it does.
 */

/** The objects a route's parameters, query and body are filled from. */
interface World {
  n: Negotiation;
  /** Rev.1, published after the zero draft, so two published versions can be compared. */
  rev1: DraftVersion;
  annotation: Annotation;
  amendment: Annotation;
  silenceId: string;
  speakerEntryId: string;
  importId: string;
  /** A pending invitation to the process. */
  invitationId: string;
  /** The observer's membership. */
  membershipId: string;
  key: string;
}

interface Call {
  path: string;
  /**
   * Members whose role may not do this are told the object does not exist (404) rather than
   * refused (403): a working version is not yet public to delegations, not even its existence.
   */
  hiddenUnless?: ProcessAction;
  body?: unknown;
  /** A file sent as multipart (the import upload). */
  upload?: { name: string; bytes: string };
}

type Member = 'secretariat' | 'chair' | 'headA' | 'delegateA' | 'observer';
const ROLE_OF: Record<Member, ProcessRole> = {
  secretariat: 'secretariat',
  chair: 'chair',
  headA: 'head_of_delegation',
  delegateA: 'delegate',
  observer: 'observer',
};
const MEMBERS = Object.keys(ROLE_OF) as Member[];

const deadline = () => new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();

/** One entry per process route, keyed as RouteAccessAudit lists it. */
const ROUTES: Record<string, (w: World) => Call> = {
  'POST /api/annotations': (w) => ({
    path: '/api/annotations',
    body: { clientId: randomUUID(), roundId: w.n.round.id, paragraphKey: w.key, kind: 'comment', body: 'Refused?' },
  }),
  'POST /api/annotations/:id/replies': (w) => ({
    path: `/api/annotations/${w.annotation.id}/replies`,
    body: { clientId: randomUUID(), body: 'Refused?' },
  }),
  'PATCH /api/annotations/:id': (w) => ({ path: `/api/annotations/${w.annotation.id}`, body: { body: 'Changed?' } }),
  'GET /api/annotations/:id/history': (w) => ({ path: `/api/annotations/${w.annotation.id}/history` }),
  'POST /api/annotations/:id/withdraw': (w) => ({ path: `/api/annotations/${w.annotation.id}/withdraw` }),
  'POST /api/annotations/:id/sponsors': (w) => ({ path: `/api/annotations/${w.amendment.id}/sponsors` }),
  'DELETE /api/annotations/:id/sponsors/mine': (w) => ({ path: `/api/annotations/${w.amendment.id}/sponsors/mine` }),
  'GET /api/annotations/:id/follow': (w) => ({ path: `/api/annotations/${w.annotation.id}/follow` }),
  'PUT /api/annotations/:id/follow': (w) => ({ path: `/api/annotations/${w.annotation.id}/follow` }),
  'DELETE /api/annotations/:id/follow': (w) => ({ path: `/api/annotations/${w.annotation.id}/follow` }),
  'PUT /api/annotations/:id/disposition': (w) => ({
    path: `/api/annotations/${w.annotation.id}/disposition`,
    body: { value: 'accepted', reason: 'Refused?' },
  }),
  'POST /api/annotations/:id/hide': (w) => ({
    path: `/api/annotations/${w.annotation.id}/hide`,
    body: { reason: 'x' },
  }),
  'POST /api/annotations/:id/unhide': (w) => ({ path: `/api/annotations/${w.annotation.id}/unhide` }),
  'GET /api/drafts/:id/carry-forward': (w) => ({
    path: `/api/drafts/${w.n.draftId}/carry-forward?from=${w.n.published.id}&to=${w.rev1.id}`,
  }),
  'GET /api/rounds/:id/annotations': (w) => ({ path: `/api/rounds/${w.n.round.id}/annotations` }),
  'POST /api/rounds/:id/reading-mark': (w) => ({
    path: `/api/rounds/${w.n.round.id}/reading-mark`,
    body: { visitId: randomUUID() },
  }),
  'GET /api/processes/:id/audit': (w) => ({ path: `/api/processes/${w.n.processId}/audit` }),
  'GET /api/processes/:id/audit.csv': (w) => ({ path: `/api/processes/${w.n.processId}/audit.csv` }),
  'GET /api/processes/:id/drafts': (w) => ({ path: `/api/processes/${w.n.processId}/drafts` }),
  'POST /api/processes/:id/drafts': (w) => ({ path: `/api/processes/${w.n.processId}/drafts`, body: { title: 'x' } }),
  'GET /api/drafts/:id': (w) => ({ path: `/api/drafts/${w.n.draftId}` }),
  'GET /api/drafts/:id/compare': (w) => ({
    path: `/api/drafts/${w.n.draftId}/compare?from=${w.n.published.id}&to=${w.rev1.id}`,
  }),
  'GET /api/drafts/:id/compare.docx': (w) => ({
    path: `/api/drafts/${w.n.draftId}/compare.docx?from=${w.n.published.id}&to=${w.rev1.id}`,
  }),
  'GET /api/versions/:id': (w) => ({ path: `/api/versions/${w.rev1.id}` }),
  // A working version's document is kept from delegates: draft-documents.int-spec.ts.
  'GET /api/versions/:id/document.docx': (w) => ({ path: `/api/versions/${w.rev1.id}/document.docx` }),
  'POST /api/versions/:id/operations': (w) => ({
    path: `/api/versions/${w.n.workingId}/operations`,
    hiddenUnless: 'drafts.read_working',
    body: { revision: 0, operation: { type: 'edit_paragraph', key: w.key, text: 'Rewritten by someone refused.' } },
  }),
  'GET /api/versions/:id/amendments': (w) => ({
    path: `/api/versions/${w.n.workingId}/amendments`,
    hiddenUnless: 'drafts.read_working',
  }),
  'GET /api/versions/:id/applications': (w) => ({
    path: `/api/versions/${w.n.workingId}/applications`,
    hiddenUnless: 'drafts.read_working',
  }),
  'POST /api/versions/:id/publish': (w) => ({
    path: `/api/versions/${w.n.workingId}/publish`,
    hiddenUnless: 'drafts.read_working',
    body: { revision: 0, label: 'Rev.2', allowUnchanged: true },
  }),
  'POST /api/drafts/:id/imports': (w) => ({
    path: `/api/drafts/${w.n.draftId}/imports`,
    upload: { name: 'refused.txt', bytes: 'A paragraph nobody may import.\n' },
  }),
  'GET /api/drafts/:id/imports/open': (w) => ({ path: `/api/drafts/${w.n.draftId}/imports/open` }),
  'GET /api/imports/:id': (w) => ({ path: `/api/imports/${w.importId}` }),
  'PUT /api/imports/:id/corrections': (w) => ({
    path: `/api/imports/${w.importId}/corrections`,
    body: { keyOverrides: {} },
  }),
  'POST /api/imports/:id/accept': (w) => ({ path: `/api/imports/${w.importId}/accept`, body: {} }),
  'POST /api/imports/:id/discard': (w) => ({ path: `/api/imports/${w.importId}/discard` }),
  'POST /api/invitations': (w) => ({
    path: '/api/invitations',
    body: { email: 'refused@example.test', processId: w.n.processId, role: 'delegate', delegationId: w.n.a.id },
  }),
  'POST /api/invitations/batch': (w) => ({
    path: '/api/invitations/batch',
    body: {
      processId: w.n.processId,
      rows: [{ line: 2, email: 'refused@example.test', role: 'delegate', delegation: 'Refused', language: '' }],
    },
  }),
  'GET /api/invitations': (w) => ({ path: `/api/invitations?processId=${w.n.processId}` }),
  'POST /api/invitations/:id/revoke': (w) => ({ path: `/api/invitations/${w.invitationId}/revoke` }),
  'POST /api/invitations/:id/resend': (w) => ({ path: `/api/invitations/${w.invitationId}/resend`, body: {} }),
  'POST /api/rounds/:id/positions': (w) => ({
    path: `/api/rounds/${w.n.round.id}/positions`,
    body: { delegationId: w.n.a.id, paragraphKey: w.key, value: 'objection' },
  }),
  'GET /api/rounds/:id/positions': (w) => ({ path: `/api/rounds/${w.n.round.id}/positions?paragraphKey=${w.key}` }),
  'GET /api/rounds/:id/positions/history': (w) => ({
    path: `/api/rounds/${w.n.round.id}/positions/history?paragraphKey=${w.key}&delegationId=${w.n.a.id}`,
  }),
  'GET /api/rounds/:id/positions/matrix': (w) => ({ path: `/api/rounds/${w.n.round.id}/positions/matrix` }),
  'GET /api/rounds/:id/positions/changes': (w) => ({
    path: `/api/rounds/${w.n.round.id}/positions/changes?since=2026-01-01T00:00:00.000Z`,
  }),
  'GET /api/rounds/:id/positions/evolution': (w) => ({ path: `/api/rounds/${w.n.round.id}/positions/evolution` }),
  'GET /api/rounds/:id/positions/export.csv': (w) => ({ path: `/api/rounds/${w.n.round.id}/positions/export.csv` }),
  'GET /api/rounds/:id/positions/export.xlsx': (w) => ({ path: `/api/rounds/${w.n.round.id}/positions/export.xlsx` }),
  'GET /api/rounds/:id/positions/compilation.docx': (w) => ({
    path: `/api/rounds/${w.n.round.id}/positions/compilation.docx`,
  }),
  'GET /api/rounds/:id/positions/delegation-report.docx': (w) => ({
    path: `/api/rounds/${w.n.round.id}/positions/delegation-report.docx`,
  }),
  'GET /api/processes/:id': (w) => ({ path: `/api/processes/${w.n.processId}` }),
  'GET /api/processes/:id/members': (w) => ({ path: `/api/processes/${w.n.processId}/members` }),
  'POST /api/processes/:id/members': (w) => ({
    path: `/api/processes/${w.n.processId}/members`,
    body: { userId: w.n.delegateC.id, role: 'chair', delegationId: null },
  }),
  'PATCH /api/processes/:id/members/:membershipId': (w) => ({
    path: `/api/processes/${w.n.processId}/members/${w.membershipId}`,
    body: { role: 'chair', delegationId: null },
  }),
  'DELETE /api/processes/:id/members/:membershipId': (w) => ({
    path: `/api/processes/${w.n.processId}/members/${w.membershipId}`,
  }),
  'GET /api/rounds/:id': (w) => ({ path: `/api/rounds/${w.n.round.id}` }),
  'PATCH /api/rounds/:id': (w) => ({ path: `/api/rounds/${w.n.round.id}`, body: { name: 'Renamed?' } }),
  'POST /api/rounds/:id/status': (w) => ({ path: `/api/rounds/${w.n.round.id}/status`, body: { status: 'closed' } }),
  'PUT /api/rounds/:id/closes-at': (w) => ({
    path: `/api/rounds/${w.n.round.id}/closes-at`,
    body: { closesAt: deadline() },
  }),
  'GET /api/rounds/:id/paragraph-statuses': (w) => ({ path: `/api/rounds/${w.n.round.id}/paragraph-statuses` }),
  'PUT /api/rounds/:id/paragraphs/:key/status': (w) => ({
    path: `/api/rounds/${w.n.round.id}/paragraphs/${w.key}/status`,
    body: { status: 'agreed' },
  }),
  'GET /api/processes/:id/rounds': (w) => ({ path: `/api/processes/${w.n.processId}/rounds` }),
  'POST /api/processes/:id/rounds': (w) => ({
    path: `/api/processes/${w.n.processId}/rounds`,
    body: {
      name: 'Refused round',
      versionId: w.rev1.id,
      chairUserId: w.n.chair.id,
      delegationIds: [w.n.a.id],
      confidentiality: 'delegations',
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      timeZone: 'UTC',
    },
  }),
  'GET /api/rounds/:id/silence-procedures': (w) => ({ path: `/api/rounds/${w.n.round.id}/silence-procedures` }),
  'POST /api/rounds/:id/silence-procedures': (w) => ({
    path: `/api/rounds/${w.n.round.id}/silence-procedures`,
    body: { paragraphKeys: [w.n.published.sections[0].paragraphs[1].key], deadline: deadline() },
  }),
  'POST /api/silence-procedures/:id/break': (w) => ({
    path: `/api/silence-procedures/${w.silenceId}/break`,
    body: { statement: 'Refused?' },
  }),
  'PUT /api/silence-procedures/:id/deadline': (w) => ({
    path: `/api/silence-procedures/${w.silenceId}/deadline`,
    body: { deadline: deadline() },
  }),
  'POST /api/silence-procedures/:id/cancel': (w) => ({ path: `/api/silence-procedures/${w.silenceId}/cancel` }),
  'GET /api/rounds/:id/agenda': (w) => ({ path: `/api/rounds/${w.n.round.id}/agenda` }),
  'GET /api/rounds/:id/speakers': (w) => ({ path: `/api/rounds/${w.n.round.id}/speakers` }),
  'POST /api/rounds/:id/speakers': (w) => ({
    path: `/api/rounds/${w.n.round.id}/speakers`,
    body: { paragraphKey: w.key },
  }),
  'DELETE /api/rounds/:id/speakers/:entryId': (w) => ({
    path: `/api/rounds/${w.n.round.id}/speakers/${w.speakerEntryId}`,
  }),
  'PUT /api/rounds/:id/speakers/order': (w) => ({
    path: `/api/rounds/${w.n.round.id}/speakers/order`,
    body: { entryIds: [w.speakerEntryId] },
  }),
  'POST /api/rounds/:id/speakers/end-floor': (w) => ({ path: `/api/rounds/${w.n.round.id}/speakers/end-floor` }),
  'POST /api/rounds/:id/speakers/:entryId/floor': (w) => ({
    path: `/api/rounds/${w.n.round.id}/speakers/${w.speakerEntryId}/floor`,
  }),
  'PUT /api/rounds/:id/speakers/speaking-time': (w) => ({
    path: `/api/rounds/${w.n.round.id}/speakers/speaking-time`,
    body: { speakingTimeMinutes: 3 },
  }),
  // The record of the floor is the chair's and the secretariat's: delegations and observers get 403.
  'GET /api/rounds/:id/speakers/turns': (w) => ({ path: `/api/rounds/${w.n.round.id}/speakers/turns` }),
  'GET /api/rounds/:id/speakers/turns.csv': (w) => ({ path: `/api/rounds/${w.n.round.id}/speakers/turns.csv` }),
  'GET /api/rounds/:id/consideration': (w) => ({ path: `/api/rounds/${w.n.round.id}/consideration` }),
  // The chair's and the secretariat's: delegations and observers get 403 and change nothing.
  'PUT /api/rounds/:id/consideration': (w) => ({
    path: `/api/rounds/${w.n.round.id}/consideration`,
    body: { paragraphKey: w.key },
  }),
};

describe('process routes: who gets what', () => {
  let t: TestApp;
  let w: World;
  let actions: Map<string, ProcessAction>;
  let tokens: Record<Member | 'stranger' | 'admin' | 'outsider', string>;

  const send = (key: string, token?: string): Promise<HttpResult> => {
    const method = key.split(' ')[0];
    const c = ROUTES[key](w);
    if (c.upload) return t.http.upload(c.path, c.upload, { token });
    return t.http.request(method, c.path, c.body, { token });
  };
  const isRead = (key: string) => key.startsWith('GET ');
  /** Sends a request that must be refused; a refused write must leave every collection as it was. */
  const refused = async (key: string, token?: string): Promise<HttpResult> => {
    if (isRead(key)) return send(key, token);
    const before = await snapshotDatabase(t.connection);
    const res = await send(key, token);
    const after = await snapshotDatabase(t.connection);
    const changed = [...before.keys()].filter((c) => before.get(c) !== after.get(c));
    expect({ key, status: res.status, changed }).toEqual({ key, status: res.status, changed: [] });
    return res;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const n = await setUpNegotiation(t);
    // An observer speaks for an organisation, as the membership rules require: the routes given
    // to observers as members of a delegation (their delegation's report) need one.
    await t.models.memberships
      .updateOne(
        { processId: n.processId, userId: n.observer.id },
        { $set: { delegationId: await createDelegation(t.models, 'ngo') } },
      )
      .exec();
    const key = n.published.sections[0].paragraphs[0].key;
    const s = { token: n.secretariat.token };
    const working = (await t.http.get(`/api/versions/${n.workingId}`, s)).body as DraftVersion;
    const edited = await t.http.post(
      `/api/versions/${working.id}/operations`,
      {
        revision: working.revision,
        operation: { type: 'edit_paragraph', key, text: `${working.sections[0].paragraphs[0].text} Revised.` },
      },
      s,
    );
    const rev = await t.http.post(
      `/api/versions/${working.id}/publish`,
      { revision: (edited.body as DraftVersion).revision, label: 'Rev.1' },
      s,
    );
    const { published: rev1, working: next } = rev.body as PublishVersionResponse;
    const annotation = await postAnnotation(
      t,
      n.delegateA,
      { roundId: n.round.id, paragraphKey: key },
      { body: 'A comment.' },
    );
    const amendment = await postAnnotation(
      t,
      n.delegateA,
      { roundId: n.round.id, paragraphKey: key },
      {
        kind: 'amendment',
        body: 'Add a paragraph.',
        amendment: { operation: 'new_paragraph', text: 'A new paragraph.' },
      },
    );
    const silence = await t.http.post(
      `/api/rounds/${n.round.id}/silence-procedures`,
      { paragraphKeys: [n.published.sections[0].paragraphs[2].key], deadline: deadline() },
      { token: n.chair.token },
    );
    const speakers = await t.http.post(
      `/api/rounds/${n.round.id}/speakers`,
      { paragraphKey: key },
      { token: n.delegateA.token },
    );
    const upload = await t.http.upload(
      `/api/drafts/${n.draftId}/imports`,
      { name: 'rev.txt', bytes: 'One paragraph.\n' },
      s,
    );
    const invitation = await t.http.post(
      '/api/invitations',
      { email: 'pending@example.test', processId: n.processId, role: 'delegate', delegationId: n.a.id },
      s,
    );
    for (const [what, res, status] of [
      ['invitation', invitation, 201],
      ['Rev.1', rev, 200],
      ['silence', silence, 201],
      ['speaker', speakers, 200],
      ['import', upload, 202],
    ] as const) {
      if (res.status !== status)
        throw new Error(`setting up the ${what} failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    w = {
      n: { ...n, workingId: next.id },
      rev1,
      annotation,
      amendment,
      silenceId: (silence.body as { id: string }).id,
      speakerEntryId: (speakers.body as { queue: { id: string }[] }).queue[0].id,
      importId: (upload.body as { id: string }).id,
      invitationId: (invitation.body as { id: string }).id,
      membershipId: (await t.models.memberships
        .findOne({ processId: n.processId, userId: n.observer.id })
        .lean()
        .exec())!._id.toHexString(),
      key,
    };
    const stranger = await createUser(t.models);
    const admin = await createUser(t.models, { platformRoles: ['admin'] });
    tokens = {
      secretariat: n.secretariat.token,
      chair: n.chair.token,
      headA: n.headA.token,
      delegateA: n.delegateA.token,
      observer: n.observer.token,
      outsider: n.outsider.token,
      stranger: (await login(t.http, stranger.email)).token,
      admin: (await login(t.http, admin.email)).token,
    };
    actions = new Map(
      t.app
        .get(RouteAccessAudit)
        .routes()
        .flatMap((r) => (r.access?.kind === 'process' ? [[`${r.method} ${r.path}`, r.access.action] as const] : [])),
    );
  }, 120_000);
  afterAll(() => t?.close());

  it('has a case for every process route, and no case for a route that is gone', () => {
    expect([...actions.keys()].sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it.each(Object.keys(ROUTES))('%s: 401 without a token, 404 outside the process', async (key) => {
    const anonymous = await refused(key);
    expect({ key, status: anonymous.status }).toEqual({ key, status: 401 });
    for (const who of ['stranger', 'outsider'] as const) {
      const res = await refused(key, tokens[who]);
      expect({ key, who, status: res.status, code: res.body?.code }).toEqual({
        key,
        who,
        status: 404,
        code: expect.stringMatching(/NOT_FOUND$/),
      });
    }
  });

  it('POST /api/versions/:id/operations applying an amendment: refused as any edit, recording nothing', async () => {
    const body = { revision: 0, operation: { type: 'apply_amendment', annotationId: w.amendment.id } };
    const path = `/api/versions/${w.n.workingId}/operations`;
    const expected: Record<Exclude<Member, 'secretariat'> | 'outsider', number> = {
      chair: 403,
      headA: 404,
      delegateA: 404,
      observer: 404,
      outsider: 404,
    };
    for (const [who, status] of Object.entries(expected) as [keyof typeof expected, number][]) {
      const before = await snapshotDatabase(t.connection);
      const res = await t.http.request('POST', path, body, { token: tokens[who] });
      const after = await snapshotDatabase(t.connection);
      const changed = [...before.keys()].filter((c) => before.get(c) !== after.get(c));
      expect({ who, status: res.status, changed }).toEqual({ who, status, changed: [] });
    }
  });

  it.each(Object.keys(ROUTES))('%s: members and admins get what the policy gives their role', async (key) => {
    const action = actions.get(key)!;
    const adminPrincipal = { userId: '', name: '', sessionId: '', platformRoles: ['admin'] as const };
    const memberPrincipal = { userId: '', name: '', sessionId: '', platformRoles: [] as const };
    const cases: [Member | 'admin', ReturnType<typeof decideInProcess>][] = [
      ...MEMBERS.map(
        (m) =>
          [m, decideInProcess(memberPrincipal, ROLE_OF[m], action)] as [Member, ReturnType<typeof decideInProcess>],
      ),
      ['admin', decideInProcess(adminPrincipal, null, action)],
    ];
    for (const [who, decision] of cases) {
      // An allowed write would change the world the other cases are built on; those are the
      // feature specs' business. Refused ones are all made, and checked to change nothing.
      if (decision === 'allow' && !isRead(key)) continue;
      const res = decision === 'allow' ? await send(key, tokens[who]) : await refused(key, tokens[who]);
      const { hiddenUnless } = ROUTES[key](w);
      const hidden =
        hiddenUnless !== undefined &&
        who !== 'admin' &&
        decideInProcess(memberPrincipal, ROLE_OF[who], hiddenUnless) !== 'allow';
      const expected = decision === 'allow' ? 200 : hidden ? 404 : 403;
      expect({ key, who, status: res.status }).toEqual({ key, who, status: expected });
    }
  });
});

/** Platform routes: the global guard decides from the caller's platform roles alone. */
const PLATFORM_ROUTES: Record<string, (ids: { userId: string }) => Call> = {
  'GET /api/auth/me': () => ({ path: '/api/auth/me' }),
  'PATCH /api/auth/me': () => ({ path: '/api/auth/me', body: {} }),
  'POST /api/auth/password': () => ({ path: '/api/auth/password', body: {} }),
  'GET /api/delegations': () => ({ path: '/api/delegations' }),
  'POST /api/delegations': () => ({
    path: '/api/delegations',
    body: { name: 'Refused', code: 'REFUSED', kind: 'member_state', region: 'Nowhere' },
  }),
  'GET /api/processes': () => ({ path: '/api/processes' }),
  'POST /api/processes': () => ({ path: '/api/processes', body: { title: 'Refused process' } }),
  'GET /api/users': () => ({ path: '/api/users' }),
  'POST /api/users': () => ({
    path: '/api/users',
    body: {
      email: 'refused@example.test',
      name: 'Refused',
      password: 'a long enough passphrase',
      platformRoles: ['admin'],
    },
  }),
  'PATCH /api/users/:id': ({ userId }) => ({ path: `/api/users/${userId}`, body: { name: 'Refused' } }),
  'POST /api/users/:id/unlock': ({ userId }) => ({ path: `/api/users/${userId}/unlock` }),
  'POST /api/users/:id/password-reset': ({ userId }) => ({ path: `/api/users/${userId}/password-reset` }),
  'GET /api/admin/jobs/failed': () => ({ path: '/api/admin/jobs/failed' }),
  'POST /api/admin/jobs/:queue/:id/retry': () => ({ path: '/api/admin/jobs/notifications/no-such-job/retry' }),
  'GET /api/notifications': () => ({ path: '/api/notifications' }),
  'GET /api/notifications/unread-count': () => ({ path: '/api/notifications/unread-count' }),
  'POST /api/notifications/:id/read': () => ({ path: '/api/notifications/0123456789abcdef01234567/read' }),
  'POST /api/notifications/read-all': () => ({ path: '/api/notifications/read-all' }),
  'GET /api/notifications/preferences': () => ({ path: '/api/notifications/preferences' }),
  'PUT /api/notifications/preferences': () => ({ path: '/api/notifications/preferences', body: {} }),
  'GET /api/notifications/mail-catcher': () => ({ path: '/api/notifications/mail-catcher' }),
};

describe('platform routes: who gets what', () => {
  let t: TestApp;
  let actions: Map<string, PlatformAction>;
  const tokens: Partial<Record<'plain' | 'secretariat' | 'admin', string>> = {};
  let userId: string;

  beforeAll(async () => {
    t = await startTestApp();
    for (const [who, platformRoles] of [
      ['plain', []],
      ['secretariat', ['secretariat']],
      ['admin', ['admin']],
    ] as const) {
      const user = await createUser(t.models, { platformRoles: [...platformRoles] });
      userId = user.id;
      tokens[who] = (await login(t.http, user.email)).token;
    }
    actions = new Map(
      t.app
        .get(RouteAccessAudit)
        .routes()
        .flatMap((r) => (r.access?.kind === 'platform' ? [[`${r.method} ${r.path}`, r.access.action] as const] : [])),
    );
  });
  afterAll(() => t?.close());

  it('has a case for every platform route', () => {
    expect([...actions.keys()].sort()).toEqual(Object.keys(PLATFORM_ROUTES).sort());
  });

  it.each(Object.keys(PLATFORM_ROUTES))('%s: 401 without a token, 403 for a role the guard refuses', async (key) => {
    const method = key.split(' ')[0];
    const c = PLATFORM_ROUTES[key]({ userId });
    const before = await snapshotDatabase(t.connection);
    expect({ key, status: (await t.http.request(method, c.path, c.body)).status }).toEqual({ key, status: 401 });
    for (const who of ['plain', 'secretariat', 'admin'] as const) {
      const platformRoles = who === 'plain' ? [] : [who];
      if (allowsPlatform({ userId: '', name: '', sessionId: '', platformRoles }, actions.get(key)!)) continue;
      const res = await t.http.request(method, c.path, c.body, { token: tokens[who] });
      expect({ key, who, status: res.status }).toEqual({ key, who, status: 403 });
    }
    // Only refused requests were sent: nothing may have been written.
    const after = await snapshotDatabase(t.connection);
    expect([...before.keys()].filter((name) => before.get(name) !== after.get(name))).toEqual([]);
  });
});
