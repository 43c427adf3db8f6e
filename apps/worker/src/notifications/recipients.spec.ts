import { Types } from 'mongoose';
import { takesPart } from './recipients';

const round = (delegationIds: Types.ObjectId[], confidentiality: 'delegations' | 'observers' | 'public') => ({
  delegationIds,
  confidentiality,
});
const member = (
  role: 'secretariat' | 'chair' | 'head_of_delegation' | 'delegate' | 'observer',
  delegationId: Types.ObjectId | null = null,
) => ({
  userId: new Types.ObjectId(),
  role,
  delegationId,
});

describe('takesPart (who a round event reaches)', () => {
  const inRound = new Types.ObjectId();
  const outside = new Types.ObjectId();

  it('always includes the secretariat and the chairs', () => {
    expect(takesPart(member('secretariat'), round([], 'delegations'))).toBe(true);
    expect(takesPart(member('chair'), round([], 'delegations'))).toBe(true);
  });

  it('includes delegates and heads only when their delegation takes part', () => {
    expect(takesPart(member('delegate', inRound), round([inRound], 'public'))).toBe(true);
    expect(takesPart(member('head_of_delegation', inRound), round([inRound], 'public'))).toBe(true);
    expect(takesPart(member('delegate', outside), round([inRound], 'public'))).toBe(false);
    expect(takesPart(member('delegate', null), round([inRound], 'public'))).toBe(false);
  });

  it('includes observers unless the round is for delegations only', () => {
    expect(takesPart(member('observer', outside), round([inRound], 'observers'))).toBe(true);
    expect(takesPart(member('observer', outside), round([inRound], 'public'))).toBe(true);
    expect(takesPart(member('observer', outside), round([inRound], 'delegations'))).toBe(false);
  });
});
