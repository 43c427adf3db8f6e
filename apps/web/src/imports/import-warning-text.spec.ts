import type { ImportWarning } from '@concordia/contracts';
import { translator } from '../testing/translator';
import { importWarningText } from './import-warning-text';

/** One warning of each code: a code added to the contracts without a sample fails to compile. */
const samples: { [C in ImportWarning['code']]: Extract<ImportWarning, { code: C }> } = {
  footnotes_removed: { code: 'footnotes_removed', params: { paragraph: '12 bis', markers: ['9'] } },
  page_number_removed: { code: 'page_number_removed', params: { paragraph: '4', page: '15' } },
  number_without_paragraph: { code: 'number_without_paragraph', params: { number: '2' } },
  document_symbol_left_out: { code: 'document_symbol_left_out', params: { symbol: 'A/59/377' } },
  page_number_left_out: { code: 'page_number_left_out', params: { page: '- 16 -' } },
  empty_heading_left_out: { code: 'empty_heading_left_out', params: { heading: 'Annex' } },
  no_paragraph_numbers: { code: 'no_paragraph_numbers', params: {} },
  numbered_in_sequence: { code: 'numbered_in_sequence', params: { numbers: ['3', '4'], more: 12 } },
  numbering_jumps: { code: 'numbering_jumps', params: { jumps: [{ from: '2', to: '5' }], more: 0 } },
  heading_too_long: { code: 'heading_too_long', params: { heading: 'Report of the Working Group', max: 500 } },
  paragraph_too_long: { code: 'paragraph_too_long', params: { paragraph: '47', max: 20000 } },
  unrecognised: { code: 'unrecognised', params: { text: 'A sentence from an older release.' } },
};

describe('import warnings read in the reviewer’s language', () => {
  it('in French', async () => {
    const t = await translator('fr');
    expect(importWarningText(samples.footnotes_removed, t)).toBe(
      'L’appel de note 9 a été retiré du paragraphe 12 bis.',
    );
    expect(importWarningText({ code: 'footnotes_removed', params: { paragraph: '1', markers: ['9', '12'] } }, t)).toBe(
      'Les appels de note 9, 12 ont été retirés du paragraphe 1.',
    );
    expect(importWarningText(samples.numbered_in_sequence, t)).toBe(
      'Les paragraphes sans numéro ont été numérotés à la suite\u00a0: 3, 4 et 12 autres.',
    );
    expect(importWarningText(samples.paragraph_too_long, t)).toMatch(/^Le paragraphe 47 dépasse 20\s000 caractères/u);
  });

  it('in Spanish', async () => {
    const t = await translator('es');
    expect(importWarningText(samples.numbering_jumps, t)).toBe('La numeración de los párrafos salta de 2 a 5.');
    expect(importWarningText(samples.document_symbol_left_out, t)).toBe(
      'Se omitió la signatura del documento «A/59/377».',
    );
  });

  it('in English, as the import used to say it', async () => {
    const t = await translator('en');
    expect(importWarningText(samples.footnotes_removed, t)).toBe(
      'Footnote marker 9 was removed from paragraph 12 bis.',
    );
    expect(importWarningText(samples.numbered_in_sequence, t)).toBe(
      'Paragraphs without a number were numbered in sequence: 3, 4 and 12 more.',
    );
  });

  it.each(['fr', 'es'] as const)('every code has its own sentence in %s', async (lng) => {
    const t = await translator(lng);
    const english = await translator('en');
    const untranslated = Object.values(samples).filter((warning) => {
      const text = importWarningText(warning, t);
      return (
        warning.code !== 'unrecognised' &&
        (text.includes('imports.warning') || text === importWarningText(warning, english))
      );
    });
    expect(untranslated).toEqual([]);
  });

  it('shows a sentence stored by older code, that could not be read back, as written', async () => {
    expect(importWarningText(samples.unrecognised, await translator('fr'))).toBe('A sentence from an older release.');
  });
});
