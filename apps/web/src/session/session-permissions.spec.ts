import type { Me, Round } from '@concordia/contracts';
import {
  canBreakSilence,
  canManageSpeakers,
  canRequestFloor,
  isRoundChair,
  myRoundDelegation,
} from './session-permissions';

const P = 'a'.repeat(24);
const IN = 'b'.repeat(24);
const OUT = 'c'.repeat(24);
const round = { id: 'f'.repeat(24), processId: P, chairUserId: '1'.repeat(24), delegationIds: [IN] } as Round;
const me = (role: Me['memberships'][number]['role'], delegationId: string | null, id = '2'.repeat(24)): Me =>
  ({
    user: { id },
    memberships: [{ processId: P, processTitle: 'P', role, delegationId, delegationName: null }],
  }) as unknown as Me;

describe('session permissions', () => {
  it('lets the head of a participating delegation break silence, and its members ask for the floor', () => {
    expect(canBreakSilence(me('head_of_delegation', IN), round)).toBe(true);
    expect(canBreakSilence(me('delegate', IN), round)).toBe(false);
    expect(canBreakSilence(me('head_of_delegation', OUT), round)).toBe(false);
    expect(canRequestFloor(me('delegate', IN), round)).toBe(true);
    expect(canRequestFloor(me('delegate', OUT), round)).toBe(false);
    expect(canRequestFloor(me('observer', null), round)).toBe(false);
    expect(myRoundDelegation(me('delegate', IN), round)).toBe(IN);
  });

  it('gives the instruments to the round chair only', () => {
    expect(isRoundChair(me('chair', null, '1'.repeat(24)), round)).toBe(true);
    expect(isRoundChair(me('chair', null), round)).toBe(false);
  });

  it('gives the speaking time and the record of the floor to the round chair and the secretariat only', () => {
    expect(canManageSpeakers(me('chair', null, '1'.repeat(24)), round)).toBe(true);
    expect(canManageSpeakers(me('secretariat', null), round)).toBe(true);
    expect(canManageSpeakers(me('chair', null), round)).toBe(false);
    expect(canManageSpeakers(me('head_of_delegation', IN), round)).toBe(false);
    expect(canManageSpeakers(me('observer', null), round)).toBe(false);
  });
});
