import type { ImportWarning } from '@concordia/contracts';
import type { TFunction } from 'i18next';

/** "3, 4 and 12 more": the instances a warning lists, and how many it left out. */
const listed = (items: readonly string[], more: number, t: TFunction): string => {
  const list = items.join(', ');
  return more > 0 ? t('imports.warning.andMore', { list, count: more }) : list;
};

/** An import warning in the reader's language; a sentence stored by older code that could not be read back shows as written. */
export const importWarningText = (warning: ImportWarning, t: TFunction): string => {
  switch (warning.code) {
    case 'footnotes_removed': {
      const { markers, paragraph } = warning.params;
      return t('imports.warning.footnotesRemoved', { count: markers.length, markers: markers.join(', '), paragraph });
    }
    case 'page_number_removed':
      return t('imports.warning.pageNumberRemoved', warning.params);
    case 'number_without_paragraph':
      return t('imports.warning.numberWithoutParagraph', warning.params);
    case 'document_symbol_left_out':
      return t('imports.warning.documentSymbolLeftOut', warning.params);
    case 'page_number_left_out':
      return t('imports.warning.pageNumberLeftOut', warning.params);
    case 'empty_heading_left_out':
      return t('imports.warning.emptyHeadingLeftOut', warning.params);
    case 'no_paragraph_numbers':
      return t('imports.warning.noParagraphNumbers');
    case 'numbered_in_sequence':
      return t('imports.warning.numberedInSequence', {
        numbers: listed(warning.params.numbers, warning.params.more, t),
      });
    case 'numbering_jumps': {
      const jumps = warning.params.jumps.map((jump) => t('imports.warning.jump', jump));
      return t('imports.warning.numberingJumps', { jumps: listed(jumps, warning.params.more, t) });
    }
    case 'heading_too_long':
      return t('imports.warning.headingTooLong', warning.params);
    case 'paragraph_too_long':
      return t('imports.warning.paragraphTooLong', warning.params);
    case 'unrecognised':
      return warning.params.text;
  }
};
