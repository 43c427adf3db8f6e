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

  it('reads nothing from an empty row and skips a damaged entry', () => {
    expect(decodeCells('')).toEqual(new Map());
    expect(decodeCells(undefined)).toEqual(new Map());
    expect(decodeCells('k1=s.1;broken;k2=x.2;k3=o.2')).toEqual(
      new Map([
        ['k1', { value: 'support', seq: 1 }],
        ['k3', { value: 'objection', seq: 2 }],
      ]),
    );
  });
});
