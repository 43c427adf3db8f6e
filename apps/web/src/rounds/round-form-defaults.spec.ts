import type { Draft, Invitation, Membership, Round } from '@concordia/contracts';
import { newRoundDefaults, optionsByRegion, processDelegations, regionsById, withRegion } from './round-form-defaults';

const id = (n: number) => n.toString(16).padStart(24, '0');
const [MEX, PER, COL, RMO, ECU, GTM] = [id(1), id(2), id(3), id(4), id(5), id(6)];
const CHAIR = id(20);

const member = (role: Membership['role'], delegationId: string | null, delegationName: string | null, n: number) => ({
  id: id(100 + n),
  processId: id(9),
  userId: role === 'chair' ? CHAIR : id(200 + n),
  userName: `User ${n}`,
  userEmail: `u${n}@example.test`,
  role,
  delegationId,
  delegationName,
});
const members: Membership[] = [
  member('chair', null, null, 0),
  member('delegate', PER, 'Peru', 1),
  member('head_of_delegation', MEX, 'Mexico', 2),
  member('delegate', COL, 'Colombia', 3),
  member('observer', RMO, 'Regional Mobility Organisation', 4),
  member('secretariat', null, null, 5),
];
const invitation = (delegationId: string, delegationName: string, state: Invitation['state']): Invitation => ({
  id: id(500),
  email: 'invited@example.test',
  processId: id(9),
  processTitle: 'Process',
  role: 'head_of_delegation',
  delegationId,
  delegationName,
  expiresAt: '2026-12-01T00:00:00.000Z',
  acceptedAt: null,
  acceptedByName: null,
  revokedAt: null,
  state,
});
// Ecuador's head is invited and has not signed up yet; Guatemala's invitation was withdrawn.
const invitations = [invitation(ECU, 'Ecuador', 'pending'), invitation(GTM, 'Guatemala', 'revoked')];
const version = (n: number, status: 'published' | 'working', publishedAt: string | null) => ({
  id: id(300 + n),
  label: `v${n}`,
  status,
  publishedAt,
});
const draft: Draft = {
  id: id(30),
  processId: id(9),
  title: 'Agenda',
  versions: [
    version(2, 'published', '2026-03-01T00:00:00.000Z'),
    version(1, 'published', '2026-01-01T00:00:00.000Z'),
    version(3, 'working', null),
  ],
};
const round = (extra: Partial<Round>): Round => ({
  id: id(40),
  processId: id(9),
  name: 'First',
  versionId: id(301),
  chairUserId: CHAIR,
  delegationIds: [MEX, PER],
  opensAt: '2026-01-10T15:00:00.000Z',
  closesAt: '2026-01-20T15:00:00.000Z',
  timeZone: 'America/Lima',
  confidentiality: 'observers',
  status: 'concluded',
  ...extra,
});

describe("a new round's form", () => {
  it("starts, for a first round, on the only draft's latest text, the only chair and every delegation that speaks or is invited to", () => {
    expect(newRoundDefaults([draft], members, invitations, [], 'Europe/Geneva')).toEqual({
      versionId: id(302),
      chairUserId: CHAIR,
      // Alphabetical; the observer organisation takes part by confidentiality, not by this list.
      delegationIds: [COL, ECU, MEX, PER],
      timeZone: 'Europe/Geneva',
      confidentiality: 'delegations',
    });
    // Two drafts, two chairs: nothing to guess.
    const second = { ...draft, id: id(31), versions: [version(5, 'published', '2026-02-01T00:00:00.000Z')] };
    const defaults = newRoundDefaults(
      [draft, second],
      [...members, { ...member('chair', null, null, 6), userId: id(21) }],
      [],
      [],
      'UTC',
    );
    expect(defaults.versionId).toBeNull();
    expect(defaults.chairUserId).toBeNull();
  });

  it('starts, after earlier rounds, as the last one, on the latest published version of its draft', () => {
    const rounds = [
      round({ opensAt: '2026-01-10T15:00:00.000Z' }),
      // The last by its opening: a delegation no longer in the process (no member, no pending invitation) is not carried.
      round({
        id: id(41),
        opensAt: '2026-02-10T15:00:00.000Z',
        delegationIds: [PER, ECU, GTM, id(77)],
        timeZone: 'America/Bogota',
        confidentiality: 'public',
      }),
    ];
    expect(newRoundDefaults([draft], members, invitations, rounds, 'Europe/Geneva')).toEqual({
      versionId: id(302),
      chairUserId: CHAIR,
      delegationIds: [PER, ECU],
      timeZone: 'America/Bogota',
      confidentiality: 'public',
    });
  });

  it("adds a region's delegations to those chosen, and groups the list by region", () => {
    const options = processDelegations(members);
    const regionOf = regionsById([
      { id: MEX, name: 'Mexico', code: 'MEX', kind: 'member_state', region: 'North' },
      { id: PER, name: 'Peru', code: 'PER', kind: 'member_state', region: 'South' },
      { id: COL, name: 'Colombia', code: 'COL', kind: 'member_state', region: 'South' },
      {
        id: RMO,
        name: 'Regional Mobility Organisation',
        code: 'RMO',
        kind: 'regional_organisation',
        region: 'Regional',
      },
    ]);
    expect(withRegion([MEX, PER], 'South', options, regionOf)).toEqual([MEX, PER, COL]);
    expect(withRegion([], 'North', options, regionOf)).toEqual([MEX]);
    expect(optionsByRegion(options, regionOf).map((g) => [g.group, g.items.map((o) => o.label)])).toEqual([
      ['North', ['Mexico']],
      ['Regional', ['Regional Mobility Organisation']],
      ['South', ['Colombia', 'Peru']],
    ]);
  });
});
