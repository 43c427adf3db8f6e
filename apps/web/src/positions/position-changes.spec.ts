import type { Position, PositionChange } from '@concordia/contracts';
import { withPositionChange } from './position-changes';

const BRA = '2'.repeat(24);
const ARG = '3'.repeat(24);
const change = (paragraphKey: string, delegationId: string, seq: number, value: PositionChange['value']) => ({
  paragraphKey,
  delegationId,
  delegationCode: delegationId === BRA ? 'BRA' : 'ARG',
  delegationName: delegationId === BRA ? 'Brazil' : 'Argentina',
  value,
  seq,
  recordedAt: `2025-05-05T10:00:0${seq}.000Z`,
});

describe('positions changed since the last visit, as they arrive', () => {
  it('keeps one entry per cell, the latest by seq, whatever order the list and the live events come in', () => {
    const listed = [change('p1', BRA, 2, 'reservation'), change('p1', ARG, 1, 'support')];
    // Live: Brazil changes again, Argentina's older event arrives late, Brazil opens another cell.
    const live: Position = {
      ...change('p1', BRA, 3, 'objection'),
      id: 'f'.repeat(24),
      roundId: 'e'.repeat(24),
      statement: 'Not this wording.',
      amendmentIds: [],
      authorId: 'd'.repeat(24),
      authorName: 'Head of Brazil',
    };
    const merged = [live, change('p1', ARG, 1, 'objection'), change('p2', BRA, 1, 'support')].reduce(
      withPositionChange,
      listed,
    );
    expect(merged).toEqual([
      change('p1', ARG, 1, 'support'),
      change('p1', BRA, 3, 'objection'),
      change('p2', BRA, 1, 'support'),
    ]);
    // Only the fields of a change are kept from a whole position: nothing more reaches the page's counts.
    expect(Object.keys(merged[1] ?? {}).sort()).toEqual(Object.keys(change('p1', BRA, 1, 'support')).sort());
    expect(listed).toHaveLength(2);
  });
});
