import { seeded } from '../testing/fixtures';
import { longestIncreasing, movedKeys } from './stable-order';

/** Length of the longest strictly increasing subsequence, by brute force. */
function bruteForceLength(values: number[]): number {
  let best = 0;
  for (let mask = 0; mask < 1 << values.length; mask += 1) {
    const picked = values.filter((_, i) => mask & (1 << i));
    if (picked.every((v, i) => i === 0 || picked[i - 1] < v)) best = Math.max(best, picked.length);
  }
  return best;
}

describe('longestIncreasing', () => {
  it('finds a longest strictly increasing subsequence', () => {
    const random = seeded(11);
    for (let round = 0; round < 200; round += 1) {
      const values = Array.from({ length: Math.floor(random() * 11) }, () => Math.floor(random() * 8));
      const indexes = longestIncreasing(values);
      expect(indexes.length).toBe(bruteForceLength(values));
      indexes.forEach((index, i) => {
        if (i > 0) {
          expect(index).toBeGreaterThan(indexes[i - 1]);
          expect(values[index]).toBeGreaterThan(values[indexes[i - 1]]);
        }
      });
    }
  });

  it('handles empty and sorted input', () => {
    expect(longestIncreasing([])).toEqual([]);
    expect(longestIncreasing([1, 2, 3])).toEqual([0, 1, 2]);
  });
});

describe('movedKeys', () => {
  it('finds nothing moved when keys are only inserted or removed', () => {
    expect(movedKeys(['a', 'b', 'c', 'd'], ['x', 'a', 'c', 'y', 'd'])).toEqual(new Set());
  });

  it('flags a paragraph moved far away, not the ones it jumped over', () => {
    expect(movedKeys(['a', 'b', 'c', 'd', 'e'], ['b', 'c', 'd', 'e', 'a'])).toEqual(new Set(['a']));
    expect(movedKeys(['a', 'b', 'c', 'd', 'e'], ['a', 'e', 'b', 'c', 'd'])).toEqual(new Set(['e']));
  });

  it('flags both of two swapped paragraphs, neighbours or not, around insertions and removals', () => {
    expect(movedKeys(['a', 'b', 'c'], ['b', 'a', 'c'])).toEqual(new Set(['a', 'b']));
    expect(movedKeys(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd'])).toEqual(new Set(['b', 'c']));
    expect(movedKeys(['a', 'b', 'c', 'd', 'e'], ['d', 'b', 'c', 'a', 'e'])).toEqual(new Set(['a', 'd']));
    expect(movedKeys(['a', 'x', 'b', 'c'], ['b', 'y', 'a', 'c'])).toEqual(new Set(['a', 'b']));
  });

  it('does not take a rotation for a swap', () => {
    expect(movedKeys(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual(new Set(['c']));
    expect(movedKeys(['a', 'b', 'c'], ['b', 'c', 'a'])).toEqual(new Set(['a']));
  });
});
