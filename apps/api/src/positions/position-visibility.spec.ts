import type { MembershipRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import type { ProcessAccess } from '../authz/process-access.service';
import { positionAudiences, readsPositions } from './position-visibility';

const inRound = new Types.ObjectId();
const outside = new Types.ObjectId();

const accessOf = (role: MembershipRecord['role'] | null, delegationId: Types.ObjectId | null = null) =>
  ({ membership: role === null ? null : { role, delegationId } }) as unknown as ProcessAccess;

describe('who reads positions', () => {
  const round = (confidentiality: 'delegations' | 'observers' | 'public') => ({
    confidentiality,
    delegationIds: [inRound],
  });

  it('keeps a delegations-only round to the secretariat, chairs and the participating delegations', () => {
    const closed = round('delegations');
    expect(readsPositions(accessOf('secretariat'), closed)).toBe(true);
    expect(readsPositions(accessOf('chair'), closed)).toBe(true);
    expect(readsPositions(accessOf('delegate', inRound), closed)).toBe(true);
    expect(readsPositions(accessOf('head_of_delegation', outside), closed)).toBe(false);
    expect(readsPositions(accessOf('observer', outside), closed)).toBe(false);
    // An admin who is not a member.
    expect(readsPositions(accessOf(null), closed)).toBe(true);
  });

  it('opens observers and public rounds to every member', () => {
    for (const confidentiality of ['observers', 'public'] as const) {
      expect(readsPositions(accessOf('observer', outside), round(confidentiality))).toBe(true);
      expect(readsPositions(accessOf('delegate', outside), round(confidentiality))).toBe(true);
    }
  });

  it('publishes on the streams of exactly those readers', () => {
    expect(positionAudiences(round('public'))).toEqual([{ kind: 'round' }]);
    expect(positionAudiences(round('delegations'))).toEqual([
      { kind: 'secretariat' },
      { kind: 'delegation', delegationId: inRound.toHexString() },
    ]);
  });
});
