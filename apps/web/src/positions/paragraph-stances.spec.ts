import type { PositionMatrix } from '@concordia/contracts';
import { paragraphStances } from './paragraph-stances';

const id = (n: number) => n.toString(16).padStart(24, '0');
const delegation = (n: number, code: string) => ({
  id: id(n),
  code,
  name: `Delegation ${code}`,
  region: 'Americas',
  kind: 'member_state' as const,
});

/** Four delegations on two paragraphs; Mexico (MEX) is the reader's. */
const matrix: PositionMatrix = {
  roundId: id(99),
  paragraphs: [
    { key: 'p1', number: '1' },
    { key: 'p2', number: '2' },
  ],
  delegations: [delegation(1, 'ARG'), delegation(2, 'BRA'), delegation(3, 'MEX'), delegation(4, 'PER')],
  rows: [
    { delegationId: id(1), values: ['support', 'objection'] },
    { delegationId: id(2), values: ['objection', null] },
    { delegationId: id(3), values: ['objection', 'support'] },
    { delegationId: id(4), values: [null, 'reservation'] },
  ],
  summary: [],
};

const codes = (column: number, own: string | null) =>
  paragraphStances(matrix, column, own).groups.map((g) => [g.stance, g.delegations.map((d) => d.code)]);

describe("a paragraph's positions read as the delegations under each stance", () => {
  it('lists objections first, then reservations, support, and who has said nothing; empty stances are left out', () => {
    expect(codes(1, null)).toEqual([
      ['objection', ['ARG']],
      ['reservation', ['PER']],
      ['support', ['MEX']],
      ['none', ['BRA']],
    ]);
  });

  it("puts the reader's delegation first, in its stance and on its own", () => {
    expect(codes(0, id(3))).toEqual([
      ['objection', ['MEX', 'BRA']],
      ['support', ['ARG']],
      ['none', ['PER']],
    ]);
    expect(paragraphStances(matrix, 0, id(3)).own).toEqual({ delegation: matrix.delegations[2], stance: 'objection' });
    expect(paragraphStances(matrix, 1, id(4)).own?.stance).toBe('reservation');
  });

  it('has no own position for a reader whose delegation the filters leave out, or who has none', () => {
    expect(paragraphStances(matrix, 0, id(42)).own).toBeNull();
    expect(paragraphStances(matrix, 0, null).own).toBeNull();
  });
});
