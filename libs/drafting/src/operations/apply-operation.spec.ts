import { ErrorCode, versionOperationSchema, type Section, type TextOperation } from '@concordia/contracts';
import { counter, deepFreeze, draft, draftingError, paragraphKeys, section } from '../testing/fixtures';
import { applyOperation } from './apply-operation';

/** S1: a b c, S2: d e, numbered from 47, frozen so any mutation throws. */
function fixture(): Section[] {
  return deepFreeze(
    draft(
      47,
      section('S1', 'I. One', [
        ['a', 'Alpha text.'],
        ['b', 'Bravo text is here.'],
        ['c', 'Charlie.'],
      ]),
      section('S2', 'II. Two', [
        ['d', 'Delta text.'],
        ['e', 'Echo.'],
      ]),
    ),
  );
}

const apply = (op: TextOperation, sections = fixture()) => applyOperation(sections, op, counter('new'));
const layout = (sections: Section[]) => sections.map((s) => `${s.key}:${s.paragraphs.map((p) => p.key).join(',')}`);
const numbers = (sections: Section[]) => sections.flatMap((s) => s.paragraphs.map((p) => p.number));
const textOf = (sections: Section[], key: string) =>
  sections.flatMap((s) => s.paragraphs).find((p) => p.key === key)?.text;
const codeOf = (op: TextOperation, sections = fixture()) => draftingError(() => apply(op, sections)).code;

describe('applyOperation', () => {
  it('is pure: the input is untouched and a new array comes back', () => {
    const input = fixture();
    const output = apply({ type: 'edit_paragraph', key: 'a', text: 'Changed.' }, input);
    expect(output).not.toBe(input);
    expect(input[0].paragraphs[0].text).toBe('Alpha text.');
  });

  describe('add_paragraph', () => {
    it('inserts after the given paragraph with a new key and renumbers', () => {
      const out = apply({ type: 'add_paragraph', sectionKey: 'S1', afterKey: 'b', text: '  New text. ' });
      expect(layout(out)).toEqual(['S1:a,b,new0,c', 'S2:d,e']);
      expect(textOf(out, 'new0')).toBe('New text.');
      expect(numbers(out)).toEqual(['47', '48', '49', '50', '51', '52']);
    });

    it('inserts first in the section when afterKey is null', () => {
      expect(layout(apply({ type: 'add_paragraph', sectionKey: 'S2', afterKey: null, text: 'X.' }))).toEqual([
        'S1:a,b,c',
        'S2:new0,d,e',
      ]);
    });

    it('rejects an unknown section, a paragraph of another section and empty text', () => {
      expect(codeOf({ type: 'add_paragraph', sectionKey: 'S9', afterKey: null, text: 'X.' })).toBe(
        ErrorCode.SectionNotFound,
      );
      const error = draftingError(() => apply({ type: 'add_paragraph', sectionKey: 'S2', afterKey: 'a', text: 'X.' }));
      expect(error.code).toBe(ErrorCode.ParagraphNotFound);
      expect(error.details).toEqual({ key: 'a', sectionKey: 'S2' });
      expect(codeOf({ type: 'add_paragraph', sectionKey: 'S1', afterKey: null, text: '  ' })).toBe(
        ErrorCode.OperationInvalid,
      );
    });

    it('rejects a key factory that repeats an existing key', () => {
      const error = draftingError(() =>
        applyOperation(fixture(), { type: 'add_paragraph', sectionKey: 'S1', afterKey: null, text: 'X.' }, () => 'c'),
      );
      expect(error.code).toBe(ErrorCode.OperationInvalid);
    });
  });

  describe('edit_paragraph', () => {
    it('changes the text and keeps key and number', () => {
      const out = apply({ type: 'edit_paragraph', key: 'd', text: 'Delta, amended.' });
      expect(out[1].paragraphs[0]).toEqual({ key: 'd', number: '50', text: 'Delta, amended.' });
    });

    it('rejects an unknown key and empty text', () => {
      const error = draftingError(() => apply({ type: 'edit_paragraph', key: 'zz', text: 'X.' }));
      expect(error.code).toBe(ErrorCode.ParagraphNotFound);
      expect(error.details).toEqual({ key: 'zz' });
      expect(codeOf({ type: 'edit_paragraph', key: 'a', text: ' ' })).toBe(ErrorCode.OperationInvalid);
    });
  });

  describe('split_paragraph', () => {
    it('leaves the key with the larger first part; the second part gets a new key', () => {
      // "Bravo text is here." split after "Bravo text is" -> "Bravo text is" | "here."
      const out = apply({ type: 'split_paragraph', key: 'b', at: 13 });
      expect(out[0].paragraphs.slice(1, 3)).toEqual([
        { key: 'b', number: '48', text: 'Bravo text is' },
        { key: 'new0', number: '49', text: 'here.' },
      ]);
      expect(numbers(out)).toEqual(['47', '48', '49', '50', '51', '52']);
    });

    it('leaves the key with the larger second part', () => {
      const out = apply({ type: 'split_paragraph', key: 'b', at: 6 });
      expect(out[0].paragraphs.slice(1, 3)).toEqual([
        { key: 'new0', number: '48', text: 'Bravo' },
        { key: 'b', number: '49', text: 'text is here.' },
      ]);
    });

    it('leaves the key with the first part when both are as long', () => {
      const sections = deepFreeze(draft(1, section('S', '', [['x', 'abcd efgh']])));
      expect(paragraphKeys(apply({ type: 'split_paragraph', key: 'x', at: 4 }, sections))).toEqual(['x', 'new0']);
    });

    it.each([
      ['at 0', 0],
      ['at a negative offset', -2],
      ['at the length', 'Charlie.'.length],
      ['past the end', 50],
      ['at a fraction', 2.5],
    ])('rejects a split %s', (_what, at) => {
      expect(codeOf({ type: 'split_paragraph', key: 'c', at })).toBe(ErrorCode.OperationInvalid);
    });

    it('rejects a split that leaves a part of only spaces', () => {
      const sections = deepFreeze(draft(1, section('S', '', [['x', 'Words   more']])));
      expect(apply({ type: 'split_paragraph', key: 'x', at: 6 }, sections)[0].paragraphs.map((p) => p.text)).toEqual([
        'Words',
        'more',
      ]);
      const padded = deepFreeze(draft(1, section('S', '', [['x', 'Words    ']])));
      expect(codeOf({ type: 'split_paragraph', key: 'x', at: 6 }, padded)).toBe(ErrorCode.OperationInvalid);
    });

    it('rejects a split inside a character outside the basic plane', () => {
      const sections = deepFreeze(draft(1, section('S', '', [['x', 'Text 🌍 more']])));
      expect(codeOf({ type: 'split_paragraph', key: 'x', at: 6 }, sections)).toBe(ErrorCode.OperationInvalid);
    });

    it('rejects an unknown key', () => {
      expect(codeOf({ type: 'split_paragraph', key: 'zz', at: 1 })).toBe(ErrorCode.ParagraphNotFound);
    });
  });

  describe('merge_paragraphs', () => {
    it('joins a paragraph with the next one; the longer one keeps its key', () => {
      const out = apply({ type: 'merge_paragraphs', key: 'a', nextKey: 'b' });
      expect(out[0].paragraphs).toEqual([
        { key: 'b', number: '47', text: 'Alpha text. Bravo text is here.' },
        { key: 'c', number: '48', text: 'Charlie.' },
      ]);
      const other = apply({ type: 'merge_paragraphs', key: 'b', nextKey: 'c' });
      expect(paragraphKeys(other)).toEqual(['a', 'b', 'd', 'e']);
    });

    it('keeps the first key when both are as long', () => {
      const sections = deepFreeze(
        draft(
          1,
          section('S', '', [
            ['x', 'Same.'],
            ['y', 'Size.'],
          ]),
        ),
      );
      expect(paragraphKeys(apply({ type: 'merge_paragraphs', key: 'x', nextKey: 'y' }, sections))).toEqual(['x']);
    });

    it.each([
      ['non-adjacent paragraphs', 'a', 'c'],
      ['paragraphs in reverse order', 'b', 'a'],
      ['paragraphs in two sections', 'c', 'd'],
      ['a paragraph with itself', 'a', 'a'],
    ])('rejects merging %s', (_what, key, nextKey) => {
      expect(codeOf({ type: 'merge_paragraphs', key, nextKey })).toBe(ErrorCode.OperationInvalid);
    });

    it('rejects unknown keys', () => {
      expect(codeOf({ type: 'merge_paragraphs', key: 'zz', nextKey: 'a' })).toBe(ErrorCode.ParagraphNotFound);
      expect(codeOf({ type: 'merge_paragraphs', key: 'a', nextKey: 'zz' })).toBe(ErrorCode.ParagraphNotFound);
    });
  });

  describe('move_paragraph', () => {
    it('moves within a section and across sections, keeping the key', () => {
      expect(layout(apply({ type: 'move_paragraph', key: 'a', toSectionKey: 'S1', afterKey: 'c' }))).toEqual([
        'S1:b,c,a',
        'S2:d,e',
      ]);
      const out = apply({ type: 'move_paragraph', key: 'e', toSectionKey: 'S1', afterKey: null });
      expect(layout(out)).toEqual(['S1:e,a,b,c', 'S2:d']);
      expect(out[0].paragraphs[0]).toEqual({ key: 'e', number: '47', text: 'Echo.' });
    });

    it('rejects an unknown paragraph, section or anchor, and placing it after itself', () => {
      expect(codeOf({ type: 'move_paragraph', key: 'zz', toSectionKey: 'S1', afterKey: null })).toBe(
        ErrorCode.ParagraphNotFound,
      );
      expect(codeOf({ type: 'move_paragraph', key: 'a', toSectionKey: 'S9', afterKey: null })).toBe(
        ErrorCode.SectionNotFound,
      );
      expect(codeOf({ type: 'move_paragraph', key: 'a', toSectionKey: 'S2', afterKey: 'b' })).toBe(
        ErrorCode.ParagraphNotFound,
      );
      expect(codeOf({ type: 'move_paragraph', key: 'a', toSectionKey: 'S1', afterKey: 'a' })).toBe(
        ErrorCode.OperationInvalid,
      );
    });
  });

  describe('delete_paragraph', () => {
    it('removes the paragraph and renumbers from the document start', () => {
      const out = apply({ type: 'delete_paragraph', key: 'a' });
      expect(layout(out)).toEqual(['S1:b,c', 'S2:d,e']);
      expect(numbers(out)).toEqual(['47', '48', '49', '50']);
    });

    it('can leave a section empty', () => {
      const out = apply({ type: 'delete_paragraph', key: 'a' }, apply({ type: 'delete_paragraph', key: 'b' }));
      expect(layout(apply({ type: 'delete_paragraph', key: 'c' }, out))).toEqual(['S1:', 'S2:d,e']);
    });

    it('rejects an unknown key', () => {
      expect(codeOf({ type: 'delete_paragraph', key: 'zz' })).toBe(ErrorCode.ParagraphNotFound);
    });
  });

  describe('sections', () => {
    it('adds a section first or after another, empty, with a new key', () => {
      expect(layout(apply({ type: 'add_section', afterSectionKey: null, heading: 'Preamble' }))).toEqual([
        'new0:',
        'S1:a,b,c',
        'S2:d,e',
      ]);
      const out = apply({ type: 'add_section', afterSectionKey: 'S1', heading: ' III. New ' });
      expect(out[1]).toEqual({ key: 'new0', heading: 'III. New', paragraphs: [] });
      expect(codeOf({ type: 'add_section', afterSectionKey: 'S9', heading: 'X' })).toBe(ErrorCode.SectionNotFound);
      expect(codeOf({ type: 'add_section', afterSectionKey: null, heading: ' ' })).toBe(ErrorCode.OperationInvalid);
    });

    it('rejects a key factory that repeats a section key', () => {
      const error = draftingError(() =>
        applyOperation(fixture(), { type: 'add_section', afterSectionKey: null, heading: 'X' }, () => 'S2'),
      );
      expect(error.code).toBe(ErrorCode.OperationInvalid);
    });

    it('renames a section', () => {
      const out = apply({ type: 'rename_section', sectionKey: 'S2', heading: 'II. Renamed' });
      expect(out[1].heading).toBe('II. Renamed');
      expect(out[1].key).toBe('S2');
      expect(codeOf({ type: 'rename_section', sectionKey: 'S9', heading: 'X' })).toBe(ErrorCode.SectionNotFound);
      expect(codeOf({ type: 'rename_section', sectionKey: 'S1', heading: '' })).toBe(ErrorCode.OperationInvalid);
    });

    it('moves a section with its paragraphs and renumbers them in the new order', () => {
      const out = apply({ type: 'move_section', sectionKey: 'S2', afterSectionKey: null });
      expect(layout(out)).toEqual(['S2:d,e', 'S1:a,b,c']);
      expect(out[0].paragraphs[0]).toEqual({ key: 'd', number: '47', text: 'Delta text.' });
      expect(layout(apply({ type: 'move_section', sectionKey: 'S1', afterSectionKey: 'S2' }))).toEqual([
        'S2:d,e',
        'S1:a,b,c',
      ]);
    });

    it('rejects moving an unknown section, after an unknown one, or after itself', () => {
      expect(codeOf({ type: 'move_section', sectionKey: 'S9', afterSectionKey: null })).toBe(ErrorCode.SectionNotFound);
      expect(codeOf({ type: 'move_section', sectionKey: 'S1', afterSectionKey: 'S9' })).toBe(ErrorCode.SectionNotFound);
      expect(codeOf({ type: 'move_section', sectionKey: 'S1', afterSectionKey: 'S1' })).toBe(
        ErrorCode.OperationInvalid,
      );
    });

    it('deletes an empty section only', () => {
      const emptied = apply({ type: 'delete_paragraph', key: 'e' }, apply({ type: 'delete_paragraph', key: 'd' }));
      expect(layout(apply({ type: 'delete_section', sectionKey: 'S2' }, emptied))).toEqual(['S1:a,b,c']);
      const error = draftingError(() => apply({ type: 'delete_section', sectionKey: 'S2' }));
      expect(error.code).toBe(ErrorCode.SectionNotEmpty);
      expect(error.details).toEqual({ sectionKey: 'S2', paragraphs: 2 });
      expect(codeOf({ type: 'delete_section', sectionKey: 'S9' })).toBe(ErrorCode.SectionNotFound);
    });
  });

  it('numbers from 1 when the first number is not a plain integer', () => {
    const sections = deepFreeze([
      {
        key: 'S',
        heading: '',
        paragraphs: [
          { key: 'x', number: '3 bis', text: 'X.' },
          { key: 'y', number: '9', text: 'Y.' },
        ],
      },
    ]);
    expect(numbers(apply({ type: 'edit_paragraph', key: 'y', text: 'Z.' }, sections))).toEqual(['1', '2']);
  });

  it('handles every operation type of the contract but those on amendments (the API turns them into edits)', () => {
    const handled = new Set([
      'add_paragraph',
      'edit_paragraph',
      'split_paragraph',
      'merge_paragraphs',
      'move_paragraph',
      'delete_paragraph',
      'add_section',
      'rename_section',
      'move_section',
      'delete_section',
    ]);
    const types = versionOperationSchema.options.map((option) => option.shape.type.value);
    expect(new Set(types.filter((type) => type !== 'apply_amendment' && type !== 'undo_amendment'))).toEqual(handled);
  });
});
