import type { Annotation, Me, Round } from '@concordia/contracts';
import {
  canAnnotate,
  canSetDisposition,
  canSponsor,
  initials,
  mentionParts,
  mySponsorship,
  newClientId,
  threadsByParagraph,
} from './annotation-rules';

const P = 'a'.repeat(24);
const MEX = 'b'.repeat(24);
const COL = 'c'.repeat(24);
const V = 'd'.repeat(24);

const me = (role: Me['memberships'][number]['role'], delegationId: string | null, id = 'e'.repeat(24)): Me => ({
  user: {
    id,
    email: 'x@example.test',
    name: 'X',
    language: 'en',
    timeZone: 'UTC',
    platformRoles: [],
    disabled: false,
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  memberships: [{ processId: P, processTitle: 'P', role, delegationId, delegationName: null }],
});

const round = (status: Round['status']): Round => ({
  id: 'f'.repeat(24),
  processId: P,
  name: 'R',
  versionId: V,
  chairUserId: '1'.repeat(24),
  delegationIds: [MEX],
  opensAt: '',
  closesAt: '',
  timeZone: 'UTC',
  confidentiality: 'observers',
  status,
});

let seq = 0;
const annotation = (patch: Partial<Annotation>): Annotation => {
  seq += 1;
  return {
    id: String(seq).padStart(24, '0'),
    clientId: 'c',
    processId: P,
    roundId: 'f'.repeat(24),
    parentId: null,
    kind: 'comment',
    visibility: 'round',
    body: 'b',
    amendment: null,
    anchor: { status: 'anchored', method: 'original', versionId: V, paragraphKey: 'p1', selectors: null },
    authorId: '2'.repeat(24),
    authorName: 'A',
    delegationId: MEX,
    delegationName: 'Mexico',
    mentions: [],
    sponsors: [],
    status: 'open',
    editedAt: null,
    disposition: null,
    createdAt: `2026-01-01T00:00:${String(seq).padStart(2, '0')}.000Z`,
    appliedIn: [],
    ...patch,
  };
};

describe('canAnnotate', () => {
  it('lets delegates of the round speak while it is open only', () => {
    expect(canAnnotate(me('delegate', MEX), round('open'))).toBe(true);
    expect(canAnnotate(me('delegate', MEX), round('closed'))).toBe(false);
    expect(canAnnotate(me('delegate', COL), round('open'))).toBe(false);
    expect(canAnnotate(me('observer', COL), round('open'))).toBe(true);
    expect(canAnnotate(me('observer', COL), { ...round('open'), confidentiality: 'delegations' })).toBe(false);
    expect(canAnnotate(me('secretariat', null), round('open'))).toBe(true);
  });
});

describe('sponsoring', () => {
  it('is for heads of other delegations, on open amendments', () => {
    const amendment = annotation({ kind: 'amendment', amendment: { operation: 'delete', text: '' } });
    expect(canSponsor(me('head_of_delegation', COL), amendment)).toBe(true);
    expect(canSponsor(me('head_of_delegation', MEX), amendment)).toBe(false);
    expect(canSponsor(me('delegate', COL), amendment)).toBe(false);
    expect(canSponsor(me('head_of_delegation', COL), annotation({}))).toBe(false);
    const sponsored = {
      ...amendment,
      sponsors: [{ delegationId: COL, delegationName: 'Colombia', byUserId: 'e'.repeat(24), at: '' }],
    };
    expect(mySponsorship(me('head_of_delegation', COL), sponsored)).toBe(true);
    expect(mySponsorship(me('head_of_delegation', MEX), sponsored)).toBe(false);
  });
});

describe('canSetDisposition', () => {
  it("offers the secretariat a disposition on a thread's comment or amendment, never on a question, reservation or reply", () => {
    const secretariat = me('secretariat', null);
    expect(canSetDisposition(secretariat, annotation({ kind: 'comment' }))).toBe(true);
    expect(canSetDisposition(secretariat, annotation({ kind: 'amendment' }))).toBe(true);
    expect(canSetDisposition(secretariat, annotation({ kind: 'question' }))).toBe(false);
    expect(canSetDisposition(secretariat, annotation({ kind: 'reservation' }))).toBe(false);
    expect(canSetDisposition(secretariat, annotation({ parentId: '9'.repeat(24) }))).toBe(false);
    expect(canSetDisposition(me('chair', null), annotation({ kind: 'comment' }))).toBe(false);
  });
});

describe('helpers', () => {
  it('makes initials and finds mentions', () => {
    expect(initials('Dana  Delegate')).toBe('DD');
    expect(initials('Cher')).toBe('C');
    expect(mentionParts('Ask @Mexico and @COL.')).toEqual([
      { text: 'Ask ', mention: false },
      { text: '@Mexico', mention: true },
      { text: ' and ', mention: false },
      { text: '@COL', mention: true },
      { text: '.', mention: false },
    ]);
  });

  it('makes UUIDs', () => {
    expect(newClientId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('threadsByParagraph', () => {
  it('groups replies under their thread and sets orphans and other versions apart', () => {
    const root = annotation({});
    const reply = annotation({ parentId: root.id });
    const orphan = annotation({
      anchor: { status: 'orphaned', method: null, versionId: V, paragraphKey: 'p9', selectors: null },
    });
    const elsewhere = annotation({
      anchor: { status: 'anchored', method: 'exact', versionId: '9'.repeat(24), paragraphKey: 'p1', selectors: null },
    });
    const { byParagraph, orphaned } = threadsByParagraph([reply, orphan, root, elsewhere], V);
    expect(byParagraph.get('p1')).toEqual([{ root, replies: [reply] }]);
    expect(orphaned).toEqual([{ root: orphan, replies: [] }]);
  });
});
