import type { Section } from '@concordia/contracts';
import { mergeWithNext, moveParagraph, moveSection, moveToSection, splitOffset, versionChanges } from './operations';

const p = (key: string, number: string, text = `Text of ${key}.`) => ({ key, number, text });

const sections: Section[] = [
  { key: 's1', heading: 'Principles', paragraphs: [p('a', '1'), p('b', '2'), p('c', '3')] },
  { key: 's2', heading: 'Cooperation', paragraphs: [p('d', '4')] },
  { key: 's3', heading: 'Annex', paragraphs: [] },
];

describe('moveParagraph', () => {
  it('moves up inside a section by naming the paragraph it will follow', () => {
    expect(moveParagraph(sections, 'c', 'up')).toEqual({
      type: 'move_paragraph',
      key: 'c',
      toSectionKey: 's1',
      afterKey: 'a',
    });
    expect(moveParagraph(sections, 'b', 'up')).toEqual({
      type: 'move_paragraph',
      key: 'b',
      toSectionKey: 's1',
      afterKey: null,
    });
  });

  it('crosses into the neighbouring section at an edge', () => {
    expect(moveParagraph(sections, 'd', 'up')).toEqual({
      type: 'move_paragraph',
      key: 'd',
      toSectionKey: 's1',
      afterKey: 'c',
    });
    expect(moveParagraph(sections, 'c', 'down')).toEqual({
      type: 'move_paragraph',
      key: 'c',
      toSectionKey: 's2',
      afterKey: null,
    });
    expect(moveParagraph(sections, 'd', 'down')).toEqual({
      type: 'move_paragraph',
      key: 'd',
      toSectionKey: 's3',
      afterKey: null,
    });
  });

  it('cannot move the very first paragraph up, nor an unknown one', () => {
    expect(moveParagraph(sections, 'a', 'up')).toBeNull();
    expect(moveParagraph(sections.slice(0, 1), 'c', 'down')).toBeNull();
    expect(moveParagraph(sections, 'zz', 'down')).toBeNull();
  });

  it('moves down after the next paragraph', () => {
    expect(moveParagraph(sections, 'a', 'down')).toEqual({
      type: 'move_paragraph',
      key: 'a',
      toSectionKey: 's1',
      afterKey: 'b',
    });
  });
});

describe('moveToSection', () => {
  it('appends to another section, and refuses its own', () => {
    expect(moveToSection(sections, 'a', 's2')).toEqual({
      type: 'move_paragraph',
      key: 'a',
      toSectionKey: 's2',
      afterKey: 'd',
    });
    expect(moveToSection(sections, 'a', 's3')).toEqual({
      type: 'move_paragraph',
      key: 'a',
      toSectionKey: 's3',
      afterKey: null,
    });
    expect(moveToSection(sections, 'a', 's1')).toBeNull();
  });
});

describe('mergeWithNext', () => {
  it('merges with the following paragraph of the same section only', () => {
    expect(mergeWithNext(sections, 'a')).toEqual({ type: 'merge_paragraphs', key: 'a', nextKey: 'b' });
    expect(mergeWithNext(sections, 'c')).toBeNull();
  });
});

describe('moveSection', () => {
  it('moves sections up and down, not past either end', () => {
    expect(moveSection(sections, 's3', 'up')).toEqual({
      type: 'move_section',
      sectionKey: 's3',
      afterSectionKey: 's1',
    });
    expect(moveSection(sections, 's2', 'up')).toEqual({
      type: 'move_section',
      sectionKey: 's2',
      afterSectionKey: null,
    });
    expect(moveSection(sections, 's1', 'down')).toEqual({
      type: 'move_section',
      sectionKey: 's1',
      afterSectionKey: 's2',
    });
    expect(moveSection(sections, 's1', 'up')).toBeNull();
    expect(moveSection(sections, 's3', 'down')).toBeNull();
  });
});

describe('splitOffset', () => {
  it('accepts a caret with words on both sides', () => {
    expect(splitOffset('First part. Second part.', 11)).toBe(11);
  });

  it('refuses either end and blank halves', () => {
    expect(splitOffset('Text.', 0)).toBeNull();
    expect(splitOffset('Text.', 5)).toBeNull();
    expect(splitOffset('Text.   ', 5)).toBeNull();
  });
});

describe('versionChanges', () => {
  it('reports edited, added, removed and renumbered paragraphs and section changes', () => {
    const current: Section[] = [
      { key: 's1', heading: 'Principles and aims', paragraphs: [p('a', '1', 'Changed.'), p('c', '2'), p('e', '3')] },
      { key: 's2', heading: 'Cooperation', paragraphs: [p('d', '4')] },
      { key: 's4', heading: 'New', paragraphs: [] },
    ];
    const changes = versionChanges({ sections }, { sections: current });
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: 'section-renamed', key: 's1', heading: 'Principles and aims' },
        { kind: 'section-added', key: 's4', heading: 'New' },
        { kind: 'section-removed', key: 's3', heading: 'Annex' },
        { kind: 'edited', key: 'a', number: '1' },
        { kind: 'renumbered', key: 'c', number: '2', wasNumber: '3' },
        { kind: 'added', key: 'e', number: '3' },
        { kind: 'removed', key: 'b', number: '2' },
      ]),
    );
    expect(changes).toHaveLength(7);
    expect(versionChanges({ sections }, { sections })).toEqual([]);
  });
});
