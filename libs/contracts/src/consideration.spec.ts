import { adjacentParagraph, type Consideration, newerConsideration } from './consideration';

const state = (revision: number, paragraphKey: string | null, roundId = '0123456789abcdef01234567'): Consideration => ({
  roundId,
  paragraphKey,
  changedAt: revision === 0 ? null : new Date(revision * 1000).toISOString(),
  revision,
});

describe('adjacentParagraph: the chair’s previous and next', () => {
  const keys = ['a', 'b', 'c'];

  it('steps through the paragraphs in reading order and stops at either end', () => {
    expect(adjacentParagraph(keys, 'a', 1)).toBe('b');
    expect(adjacentParagraph(keys, 'b', 1)).toBe('c');
    expect(adjacentParagraph(keys, 'c', 1)).toBeNull();
    expect(adjacentParagraph(keys, 'c', -1)).toBe('b');
    expect(adjacentParagraph(keys, 'a', -1)).toBeNull();
  });

  it('starts from the first (next) or the last (previous) when no paragraph, or one no longer in the text, is taken up', () => {
    expect(adjacentParagraph(keys, null, 1)).toBe('a');
    expect(adjacentParagraph(keys, null, -1)).toBe('c');
    expect(adjacentParagraph(keys, 'gone', 1)).toBe('a');
    expect(adjacentParagraph([], null, 1)).toBeNull();
  });
});

describe('newerConsideration: a late answer never replaces a newer live event', () => {
  it('keeps the higher revision of the same round', () => {
    expect(newerConsideration(state(3, 'c'), state(2, 'b'))).toEqual(state(3, 'c'));
    expect(newerConsideration(state(2, 'b'), state(3, null))).toEqual(state(3, null));
    expect(newerConsideration(null, state(0, null))).toEqual(state(0, null));
  });

  it('takes another round’s state whatever its revision (the page moved to another round)', () => {
    const other = state(1, 'x', 'fedcba9876543210fedcba98');
    expect(newerConsideration(state(5, 'a'), other)).toEqual(other);
  });
});
