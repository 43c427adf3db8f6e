import type { Position, PositionEvolution, PositionMatrix } from '@concordia/contracts';
import { applyToEvolution, applyToList, applyToMatrix, CellSeqs } from './position-merge';

const id = (n: number) => n.toString(16).padStart(24, '0');
const position = (over: Partial<Position>): Position => ({
  id: id(99),
  roundId: id(1),
  paragraphKey: 'p1',
  delegationId: id(10),
  delegationCode: 'AAA',
  delegationName: 'A',
  value: 'support',
  statement: '',
  amendmentIds: [],
  authorId: id(5),
  authorName: 'Head',
  seq: 1,
  recordedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});
const matrix = (): PositionMatrix => ({
  roundId: id(1),
  paragraphs: [
    { key: 'p1', number: '1' },
    { key: 'p2', number: '2' },
  ],
  delegations: [],
  rows: [
    { delegationId: id(10), values: [null, 'objection'] },
    { delegationId: id(11), values: ['support', null] },
  ],
  summary: [
    {
      paragraphKey: 'p1',
      counts: { support: 1, support_with_amendments: 0, reservation: 0, objection: 0, no_position: 0, none: 1 },
      consensus: true,
    },
    {
      paragraphKey: 'p2',
      counts: { support: 0, support_with_amendments: 0, reservation: 0, objection: 1, no_position: 0, none: 1 },
      consensus: false,
    },
  ],
});

describe('applyToMatrix', () => {
  it('changes one cell and recounts its paragraph only', () => {
    const next = applyToMatrix(matrix(), position({ paragraphKey: 'p2', value: 'support' }));
    expect(next.rows[0]?.values).toEqual([null, 'support']);
    expect(next.summary[1]).toMatchObject({ counts: { support: 1, objection: 0, none: 1 }, consensus: true });
    expect(next.summary[0]).toEqual(matrix().summary[0]);
  });

  it('ignores positions of another round, delegation or paragraph', () => {
    const before = matrix();
    expect(applyToMatrix(before, position({ roundId: id(2) }))).toBe(before);
    expect(applyToMatrix(before, position({ delegationId: id(12) }))).toBe(before);
    expect(applyToMatrix(before, position({ paragraphKey: 'p9' }))).toBe(before);
  });
});

describe('CellSeqs', () => {
  it('accepts each cell only forward', () => {
    const seqs = new CellSeqs();
    expect(seqs.accept(position({ seq: 2 }))).toBe(true);
    expect(seqs.accept(position({ seq: 2 }))).toBe(false);
    expect(seqs.accept(position({ seq: 1 }))).toBe(false);
    expect(seqs.accept(position({ seq: 1, paragraphKey: 'p2' }))).toBe(true);
    expect(seqs.accept(position({ seq: 3 }))).toBe(true);
  });
});

describe('applyToList', () => {
  it('keeps the latest per delegation, sorted by code', () => {
    const b = position({ delegationId: id(11), delegationCode: 'BBB', seq: 1 });
    const a1 = position({ seq: 1, value: 'objection' });
    const list = applyToList([b], a1);
    expect(list.map((p) => p.delegationCode)).toEqual(['AAA', 'BBB']);
    expect(applyToList(list, position({ seq: 2, value: 'support' })).map((p) => p.value)).toEqual([
      'support',
      'support',
    ]);
    expect(applyToList(list, position({ seq: 1, value: 'reservation' }))[0]?.value).toBe('objection');
  });
});

describe('applyToEvolution', () => {
  const evolution = (): PositionEvolution => ({
    roundId: id(2),
    rounds: [
      { id: id(1), name: 'First', opensAt: '2026-01-01T00:00:00.000Z' },
      { id: id(2), name: 'Second', opensAt: '2026-02-01T00:00:00.000Z' },
    ],
    paragraphs: [{ key: 'p1', number: '1' }],
    delegations: [{ id: id(10), code: 'AAA', name: 'A', region: 'X', kind: 'member_state' }],
    values: [[['objection', null]]],
    totals: [
      { support: 0, support_with_amendments: 0, reservation: 0, objection: 1, no_position: 0, none: 0 },
      { support: 0, support_with_amendments: 0, reservation: 0, objection: 0, no_position: 0, none: 1 },
    ],
  });

  it("moves the cell of the event's round and that round's totals", () => {
    const next = applyToEvolution(evolution(), position({ roundId: id(2), value: 'support' }));
    expect(next.values[0]?.[0]).toEqual(['objection', 'support']);
    expect(next.totals[1]).toMatchObject({ support: 1, none: 0 });
    expect(next.totals[0]).toEqual(evolution().totals[0]);
  });

  it('ignores a round that is not shown', () => {
    const before = evolution();
    expect(applyToEvolution(before, position({ roundId: id(3) }))).toBe(before);
  });
});
