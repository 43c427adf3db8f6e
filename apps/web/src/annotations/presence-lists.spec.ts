import { keepSameReaders } from './presence-lists';

const dana = { userId: 'a'.repeat(24), name: 'Dana', delegationName: 'Mexico' };
const ravi = { userId: 'b'.repeat(24), name: 'Ravi', delegationName: null };

describe('keepSameReaders', () => {
  it('keeps the list of a paragraph whose readers did not change, and takes the changed ones', () => {
    const previous = { p1: [dana], p2: [ravi] };
    const next = keepSameReaders(previous, { p1: [{ ...dana }], p2: [ravi, dana], p3: [ravi] });
    expect(next.p1).toBe(previous.p1);
    expect(next.p2).toEqual([ravi, dana]);
    expect(next.p3).toEqual([ravi]);
    // A paragraph no one reads any more is gone.
    expect(Object.keys(keepSameReaders(next, { p2: [ravi, dana] }))).toEqual(['p2']);
  });
});
