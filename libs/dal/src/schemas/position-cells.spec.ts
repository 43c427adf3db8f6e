import { decodeCells, encodeCells, type PositionCell } from './position.schema';

describe('packed position cells', () => {
  it('round-trips every value, and keys holding the separators', () => {
    const cells = new Map<string, PositionCell>([
      ['a1b2c3d4e5f6', { value: 'support', seq: 1 }],
      ['odd=key;with.dots', { value: 'support_with_amendments', seq: 12 }],
      ['k3', { value: 'reservation', seq: 2 }],
      ['k4', { value: 'objection', seq: 3 }],
      ['k5', { value: 'no_position', seq: 4 }],
    ]);
    const packed = encodeCells(cells);
    expect(packed.startsWith('a1b2c3d4e5f6=s.1;')).toBe(true);
    expect(decodeCells(packed)).toEqual(cells);
  });

  it('keeps when each cell was recorded, beside rows written before times were kept', () => {
    const at = Date.parse('2026-11-27T10:15:30.123Z');
    const cells = new Map<string, PositionCell>([
      ['k1', { value: 'objection', seq: 3, at }],
      ['odd.key', { value: 'support', seq: 1, at: at + 1 }],
      ['k2', { value: 'reservation', seq: 2 }],
    ]);
    const packed = encodeCells(cells);
    expect(packed).toBe(`k1=o.3.${at.toString(36)};odd.key=s.1.${(at + 1).toString(36)};k2=r.2`);
    expect(decodeCells(packed)).toEqual(cells);
    // A row as the writer left it before this change: its cells are read, without a time.
    expect(decodeCells('k1=o.3;k2=s.1')).toEqual(
      new Map([
        ['k1', { value: 'objection', seq: 3 }],
        ['k2', { value: 'support', seq: 1 }],
      ]),
    );
  });

  it('reads nothing from an empty row and skips a damaged entry', () => {
    expect(decodeCells('')).toEqual(new Map());
    expect(decodeCells(undefined)).toEqual(new Map());
    expect(decodeCells('k1=s.1;broken;k2=x.2;k3=o.2;k4=s.1.!!;k6=s.')).toEqual(
      new Map([
        ['k1', { value: 'support', seq: 1 }],
        ['k3', { value: 'objection', seq: 2 }],
      ]),
    );
  });
});
