import { commonPrefixLength, commonSuffixLength, snap, splitsPair } from './text-units';

describe('text units', () => {
  const text = 'a🌍b';

  it('knows when an offset falls inside a surrogate pair', () => {
    expect([0, 1, 2, 3, 4].map((offset) => splitsPair(text, offset))).toEqual([false, false, true, false, false]);
    expect(splitsPair('\uDC00\uD800', 1)).toBe(false);
  });

  it('moves an offset inside a pair to the side asked for, and leaves others alone', () => {
    expect(snap(text, 2, -1)).toBe(1);
    expect(snap(text, 2, 1)).toBe(3);
    expect(snap(text, 1, 1)).toBe(1);
    expect(snap(text, 3, -1)).toBe(3);
  });

  it('measures shared starts and ends', () => {
    expect(commonPrefixLength('consensus', 'consent')).toBe(6);
    expect(commonSuffixLength('the plenary', 'a plenary')).toBe(8);
    expect(commonPrefixLength('', 'text')).toBe(0);
    expect(commonSuffixLength('same', 'same')).toBe(4);
  });
});
