import type { Section } from '@concordia/contracts';
import { changedSlots, orphanedSlots, slotTarget, type UnsavedTexts } from './unsaved-texts';

const sections: Section[] = [{ key: 's1', heading: 'Aims', paragraphs: [{ key: 'a', number: '1', text: 'Kept.' }] }];

describe('unsaved texts', () => {
  it('parses a slot into what it edits', () => {
    expect(slotTarget('edit:abc')).toEqual({ kind: 'edit', key: 'abc' });
    expect(slotTarget('heading:s:1')).toEqual({ kind: 'heading', key: 's:1' });
  });

  it('counts only slots whose text differs from where it started', () => {
    const texts: UnsavedTexts = {
      'edit:a': { text: 'Kept.', base: 'Kept.' },
      'after:a': { text: 'A new idea.', base: '' },
      'start:s1': { text: '  ', base: '' },
    };
    expect(changedSlots(texts)).toEqual(['after:a']);
  });

  it('lists typed text whose paragraph or section is gone', () => {
    const texts: UnsavedTexts = {
      'edit:a': { text: 'Mine.', base: 'Kept.' },
      'edit:gone': { text: 'Mine too.', base: 'Old.' },
      'heading:s9': { text: 'Renamed', base: 'Old' },
      'start:s1': { text: 'First.', base: '' },
    };
    expect(orphanedSlots(texts, sections)).toEqual(['edit:gone', 'heading:s9']);
  });
});
