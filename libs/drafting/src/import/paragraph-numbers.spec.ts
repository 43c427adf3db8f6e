import { canonicalNumber, follows, nextFreeNumber, parseNumber } from './paragraph-numbers';

describe('paragraph numbers', () => {
  it('parses integers and Latin suffixes, and nothing else', () => {
    expect(parseNumber('12')).toEqual({ base: 12, suffix: 0 });
    expect(parseNumber('12 bis')).toEqual({ base: 12, suffix: 1 });
    expect(parseNumber('12 decies')).toEqual({ base: 12, suffix: 9 });
    expect(parseNumber('12 foo')).toBeNull();
    expect(parseNumber('12.1')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });

  it('writes numbers in one canonical form', () => {
    expect(canonicalNumber('047', undefined)).toBe('47');
    expect(canonicalNumber('12', 'BIS')).toBe('12 bis');
  });

  it('continues the sequence with the next free number', () => {
    const none = new Set<string>();
    expect(nextFreeNumber(null, none)).toBe('1');
    expect(nextFreeNumber('47', none)).toBe('48');
    expect(nextFreeNumber('12 bis', none)).toBe('13');
    expect(nextFreeNumber('12', new Set(['13']))).toBe('12 bis');
    expect(nextFreeNumber('12 bis', new Set(['13']))).toBe('12 ter');
    expect(nextFreeNumber('12', new Set(['13', '12 bis']))).toBe('12 ter');
  });

  it('falls back to decimal sub-numbers when the suffixes run out', () => {
    expect(nextFreeNumber('12 decies', new Set(['13']))).toBe('12.1');
    expect(nextFreeNumber('12.1', new Set(['13', '12.1']))).toBe('12.2');
    expect(nextFreeNumber('12.1', new Set())).toBe('13');
  });

  it('tells whether one number follows another', () => {
    expect(follows('1', '2')).toBe(true);
    expect(follows('1', '1 bis')).toBe(true);
    expect(follows('1 bis', '1 ter')).toBe(true);
    expect(follows('1 bis', '2')).toBe(true);
    expect(follows('1', '3')).toBe(false);
    expect(follows('2', '1')).toBe(false);
    expect(follows('1', '1 ter')).toBe(false);
    expect(follows('1.1', '7')).toBe(true);
  });
});
