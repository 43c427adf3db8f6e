import type { TextChange } from '@concordia/contracts';
import { gibberish, seeded } from '../testing/fixtures';
import { wordChanges } from './word-changes';

const older = (changes: TextChange[]) =>
  changes
    .filter((c) => c.op !== 'insert')
    .map((c) => c.text)
    .join('');
const newer = (changes: TextChange[]) =>
  changes
    .filter((c) => c.op !== 'delete')
    .map((c) => c.text)
    .join('');

describe('wordChanges', () => {
  it('returns one equal part for the same text and nothing for two empty texts', () => {
    expect(wordChanges('Same text.', 'Same text.')).toEqual([{ op: 'equal', text: 'Same text.' }]);
    expect(wordChanges('', '')).toEqual([]);
  });

  it('marks inserted and deleted words', () => {
    expect(wordChanges('States shall cooperate.', 'States should fully cooperate.')).toEqual([
      { op: 'equal', text: 'States ' },
      { op: 'delete', text: 'shall ' },
      { op: 'insert', text: 'should fully ' },
      { op: 'equal', text: 'cooperate.' },
    ]);
  });

  it('reads each run of changes as one deletion followed by one insertion', () => {
    const changes = wordChanges('Alpha beta gamma delta epsilon.', 'Alpha one beta two delta epsilon three.');
    changes.forEach((change, i) => {
      if (i > 0) expect(change.op).not.toBe(changes[i - 1].op);
      if (change.op === 'delete' && i + 1 < changes.length) expect(changes[i + 1].op).not.toBe('delete');
      if (change.op === 'insert' && i > 0) expect(changes[i - 1].op).not.toBe('insert');
    });
    expect(changes.filter((c) => c.op === 'insert').map((c) => c.text)).toEqual(['one ', 'two', ' three']);
  });

  it('handles a text that appears or disappears', () => {
    expect(wordChanges('', 'New.')).toEqual([{ op: 'insert', text: 'New.' }]);
    expect(wordChanges('Old.', '')).toEqual([{ op: 'delete', text: 'Old.' }]);
  });

  it('rebuilds both texts exactly from the changes, spaces and line breaks included', () => {
    const random = seeded(5);
    for (let round = 0; round < 50; round += 1) {
      const a = gibberish(random, 30).replace(/ /g, () => (random() < 0.1 ? '\n' : random() < 0.1 ? '  ' : ' '));
      const words = a.split(' ');
      const b = words
        .filter(() => random() > 0.15)
        .map((w) => (random() < 0.1 ? `${w} extra` : w))
        .join(' ');
      const changes = wordChanges(a, b);
      expect(older(changes)).toBe(a);
      expect(newer(changes)).toBe(b);
      expect(changes.every((c) => c.text.length > 0)).toBe(true);
    }
  });

  it('shows a complete rewrite of a long text as one deletion and one insertion', () => {
    const random = seeded(9);
    const a = gibberish(random, 2_000);
    const b = gibberish(random, 2_000);
    expect(wordChanges(a, b)).toEqual([
      { op: 'delete', text: a },
      { op: 'insert', text: b },
    ]);
  });
});
