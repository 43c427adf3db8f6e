import type { Confidentiality, Me, ProcessRole, Round } from '@concordia/contracts';
import { readsPositions } from './position-readers';

const P = 'a'.repeat(24);
const IN_ROUND = 'b'.repeat(24);
const OUTSIDE = 'c'.repeat(24);

const me = (
  role: ProcessRole | null,
  delegationId: string | null = null,
  platformRoles: Me['user']['platformRoles'] = [],
): Me => ({
  user: {
    id: 'e'.repeat(24),
    email: 'x@example.test',
    name: 'X',
    language: 'en',
    timeZone: 'UTC',
    platformRoles,
    disabled: false,
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  memberships: role ? [{ processId: P, processTitle: 'P', role, delegationId, delegationName: null }] : [],
});

const round = (confidentiality: Confidentiality): Round => ({
  id: 'f'.repeat(24),
  processId: P,
  name: 'R',
  versionId: 'd'.repeat(24),
  chairUserId: '1'.repeat(24),
  delegationIds: [IN_ROUND],
  opensAt: '',
  closesAt: '',
  timeZone: 'UTC',
  confidentiality,
  status: 'open',
});

describe('who reads the positions of a round (as the API decides)', () => {
  it('in a delegations-only round: those taking part, not observers nor delegations outside it', () => {
    const closed = round('delegations');
    expect(readsPositions(me('observer', OUTSIDE), closed)).toBe(false);
    expect(readsPositions(me('delegate', OUTSIDE), closed)).toBe(false);
    expect(readsPositions(me('head_of_delegation', OUTSIDE), closed)).toBe(false);
    expect(readsPositions(me('delegate', IN_ROUND), closed)).toBe(true);
    expect(readsPositions(me('head_of_delegation', IN_ROUND), closed)).toBe(true);
    expect(readsPositions(me('secretariat'), closed)).toBe(true);
    expect(readsPositions(me('chair'), closed)).toBe(true);
    expect(readsPositions(me(null, null, ['admin']), closed)).toBe(true);
  });

  it('in a round open to observers or the public: every member, observers and other delegations included', () => {
    for (const confidentiality of ['observers', 'public'] as const) {
      expect(readsPositions(me('observer', OUTSIDE), round(confidentiality))).toBe(true);
      expect(readsPositions(me('delegate', OUTSIDE), round(confidentiality))).toBe(true);
    }
  });
});
