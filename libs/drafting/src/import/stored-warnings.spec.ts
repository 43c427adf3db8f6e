import type { ImportWarning } from '@concordia/contracts';
import { readImportWarning } from './stored-warnings';

describe('readImportWarning', () => {
  it('keeps a coded warning as it is', () => {
    const coded: ImportWarning = { code: 'footnotes_removed', params: { paragraph: '4', markers: ['9'] } };
    expect(readImportWarning(coded)).toEqual(coded);
  });

  // The sentences releases before the codes stored, word for word, so those imports read translated too.
  it.each<[string, ImportWarning]>([
    [
      'Footnote marker 9 was removed from paragraph 12 bis.',
      { code: 'footnotes_removed', params: { paragraph: '12 bis', markers: ['9'] } },
    ],
    [
      'Footnote markers 9, 12 were removed from paragraph 1.',
      { code: 'footnotes_removed', params: { paragraph: '1', markers: ['9', '12'] } },
    ],
    [
      'A page number (15) was removed from the end of paragraph 49.',
      { code: 'page_number_removed', params: { paragraph: '49', page: '15' } },
    ],
    [
      'The number "2." has no paragraph after it and was left out.',
      { code: 'number_without_paragraph', params: { number: '2' } },
    ],
    [
      'The document symbol "A/59/377" was left out.',
      { code: 'document_symbol_left_out', params: { symbol: 'A/59/377' } },
    ],
    ['The page number "- 16 -" was left out.', { code: 'page_number_left_out', params: { page: '- 16 -' } }],
    [
      'The heading "Annex: "quoted" words" has no paragraphs after it and was left out.',
      { code: 'empty_heading_left_out', params: { heading: 'Annex: "quoted" words' } },
    ],
    [
      'The document has no paragraph numbers; its paragraphs were numbered from 1.',
      { code: 'no_paragraph_numbers', params: {} },
    ],
    [
      'Paragraphs without a number were numbered in sequence: 7.',
      { code: 'numbered_in_sequence', params: { numbers: ['7'], more: 0 } },
    ],
    [
      'Paragraphs without a number were numbered in sequence: 3, 4, 4 bis and 12 more.',
      { code: 'numbered_in_sequence', params: { numbers: ['3', '4', '4 bis'], more: 12 } },
    ],
    [
      'Paragraph numbering jumps from 2 to 5, 7 bis to 9 and 3 more.',
      {
        code: 'numbering_jumps',
        params: {
          jumps: [
            { from: '2', to: '5' },
            { from: '7 bis', to: '9' },
          ],
          more: 3,
        },
      },
    ],
    [
      'A heading is longer than 500 characters: "Report of the Working Group…".',
      { code: 'heading_too_long', params: { heading: 'Report of the Working Group', max: 500 } },
    ],
    [
      'Paragraph 47 is longer than 20000 characters; split it to edit it.',
      { code: 'paragraph_too_long', params: { paragraph: '47', max: 20000 } },
    ],
  ])('reads back "%s"', (sentence, warning) => {
    expect(readImportWarning(sentence)).toEqual(warning);
  });

  it('shows a sentence it cannot read back as written', () => {
    expect(readImportWarning('The document symbol A/1/2 was left out')).toEqual({
      code: 'unrecognised',
      params: { text: 'The document symbol A/1/2 was left out' },
    });
    expect(readImportWarning({ code: 'from_the_future', params: {} })).toEqual({
      code: 'unrecognised',
      params: { text: '{"code":"from_the_future","params":{}}' },
    });
  });
});
