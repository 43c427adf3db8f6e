import type { Section } from '@concordia/contracts';
import { twoSections } from '../testing/fixtures';
import { sectionsUnchanged } from './unchanged';

const base = twoSections;

/** A copy of the base with `change` applied to it. */
const changed = (change: (sections: Section[]) => void): Section[] => {
  const copy = structuredClone<Section[]>(base());
  change(copy);
  return copy;
};

describe('sectionsUnchanged', () => {
  it('finds a version unchanged against itself', () => {
    expect(sectionsUnchanged(base(), base())).toBe(true);
  });

  it.each<[string, (sections: Section[]) => void]>([
    ['a text edited', (s) => void (s[0].paragraphs[0].text = 'Alpha text, revised.')],
    ['a paragraph added', (s) => void s[1].paragraphs.push({ key: 'd', number: '4', text: 'Delta.' })],
    ['a paragraph removed', (s) => void s[0].paragraphs.pop()],
    ['two paragraphs swapped', (s) => void s[0].paragraphs.reverse()],
    [
      'a paragraph moved to the next section, in the same order',
      (s) => void s[1].paragraphs.unshift(s[0].paragraphs.pop()!),
    ],
    ['a heading renamed', (s) => void (s[1].heading = 'II. Second')],
    ['an empty section added', (s) => void s.push({ key: 'S3', heading: 'III.', paragraphs: [] })],
    ['two sections swapped', (s) => void s.reverse()],
    ['a paragraph given a new key with the same text', (s) => void (s[0].paragraphs[0].key = 'z')],
  ])('finds a change: %s', (_name, change) => {
    expect(sectionsUnchanged(base(), changed(change))).toBe(false);
  });
});
