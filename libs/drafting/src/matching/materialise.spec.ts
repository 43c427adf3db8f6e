import { ErrorCode, type Section } from '@concordia/contracts';
import type { ParsedDocument } from '../import/structure';
import { counter, draft, draftingError, paragraphKeys, section } from '../testing/fixtures';
import { headingCore, materialise } from './materialise';

function documentOf(...sections: [heading: string, texts: string[]][]): ParsedDocument {
  let n = 47;
  return {
    sections: sections.map(([heading, texts]) => ({
      heading,
      paragraphs: texts.map((text) => ({ number: String(n++), text, explicitNumber: true })),
    })),
    warnings: [],
  };
}

const previous: Section[] = draft(
  1,
  section('s-intro', '', [['p0', 'Opening.']]),
  section('s-a', 'A. Regional cooperation on labour mobility', [
    ['p1', 'One.'],
    ['p2', 'Two.'],
    ['p3', 'Three.'],
  ]),
  section('s-b', 'B. Return and readmission', [['p4', 'Four.']]),
);

describe('materialise', () => {
  it('builds a first version with new keys, keeping numbers and texts', () => {
    const sections = materialise(documentOf(['I. One', ['A.', 'B.']], ['II. Two', ['C.']]), [], null, counter());
    expect(sections).toEqual([
      {
        key: 'n3',
        heading: 'I. One',
        paragraphs: [
          { key: 'n0', number: '47', text: 'A.' },
          { key: 'n1', number: '48', text: 'B.' },
        ],
      },
      { key: 'n4', heading: 'II. Two', paragraphs: [{ key: 'n2', number: '49', text: 'C.' }] },
    ]);
  });

  it('uses the given keys by paragraph index and new keys for null or missing ones', () => {
    const sections = materialise(documentOf(['', ['A.', 'B.', 'C.']]), ['p4', null], previous, counter());
    expect(paragraphKeys(sections)).toEqual(['p4', 'n0', 'n1']);
  });

  it('refuses more keys than paragraphs', () => {
    const error = draftingError(() => materialise(documentOf(['', ['A.']]), ['p1', 'p2'], null, counter()));
    expect(error.code).toBe(ErrorCode.OperationInvalid);
    expect(error.details).toEqual({ keys: 2, paragraphs: 1 });
  });

  it('refuses a key used twice, an empty key, and a new key equal to a given one', () => {
    const doc = documentOf(['', ['A.', 'B.']]);
    const twice = draftingError(() => materialise(doc, ['p1', 'p1'], null, counter()));
    expect(twice.code).toBe(ErrorCode.OperationInvalid);
    expect(twice.details).toEqual({ key: 'p1' });
    expect(draftingError(() => materialise(doc, ['', null], null, counter())).code).toBe(ErrorCode.OperationInvalid);
    const clash = draftingError(() => materialise(doc, ['n0', null], null, counter()));
    expect(clash.details).toEqual({ key: 'n0' });
  });

  it('refuses a key factory that repeats itself for sections', () => {
    const error = draftingError(() => materialise(documentOf(['I', []], ['II', []]), [], null, () => 'same'));
    expect(error.code).toBe(ErrorCode.OperationInvalid);
  });

  describe('section keys', () => {
    it('inherits the key of the section with the same heading, including the untitled one', () => {
      const sections = materialise(
        documentOf(['', ['X.']], ['B. Return and readmission', ['Y.']]),
        [],
        previous,
        counter(),
      );
      expect(sections.map((s) => s.key)).toEqual(['s-intro', 's-b']);
    });

    it('inherits the key when only the enumerator changed', () => {
      const sections = materialise(documentOf(['C. Return and readmission', ['Y.']]), [], previous, counter());
      expect(sections[0].key).toBe('s-b');
    });

    it('inherits the key of the section most of its paragraphs come from', () => {
      const doc = documentOf(['A. Something else entirely', ['One.', 'Two.', 'New.']]);
      expect(materialise(doc, ['p1', 'p2', null], previous, counter())[0].key).toBe('s-a');
      expect(materialise(doc, ['p1', null, null], previous, counter())[0].key).toBe('n2');
    });

    it('inherits the key of a section whose heading is similar', () => {
      const doc = documentOf(['A. Regional cooperation on labour mobility and skills', ['Z.']]);
      expect(materialise(doc, [], previous, counter())[0].key).toBe('s-a');
    });

    it('gives a new key to a new section and uses each old key once', () => {
      const doc = documentOf(['B. Return and readmission', ['Y.']], ['B. Return and readmission', []], ['D. New', []]);
      expect(materialise(doc, [], previous, counter()).map((s) => s.key)).toEqual(['s-b', 'n1', 'n2']);
    });
  });

  it('reduces a heading to its words without the enumerator', () => {
    expect(headingCore('II. Migration and Development')).toBe('migration and development');
    expect(headingCore('b) Return')).toBe('return');
    expect(headingCore('12. Funding')).toBe('funding');
    expect(headingCore('Annex')).toBe('annex');
  });
});
