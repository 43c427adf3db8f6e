import { importWarningSchema, type ImportWarning } from '@concordia/contracts';

/** "3, 4 and 12 more" as older code listed instances. */
const listed = (text: string): { items: string[]; more: number } => {
  const tail = / and (\d+) more$/u.exec(text);
  const shown = tail ? text.slice(0, tail.index) : text;
  return { items: shown.split(', '), more: tail ? Number(tail[1]) : 0 };
};

/** Each sentence older code wrote, and the warning it stood for. */
const SENTENCES: [RegExp, (match: RegExpExecArray) => ImportWarning | null][] = [
  [
    /^Footnote markers? (.+?) (?:was|were) removed from paragraph (.+)\.$/su,
    ([, markers, paragraph]) => ({ code: 'footnotes_removed', params: { paragraph, markers: markers.split(', ') } }),
  ],
  [
    /^A page number \((.+)\) was removed from the end of paragraph (.+)\.$/su,
    ([, page, paragraph]) => ({ code: 'page_number_removed', params: { paragraph, page } }),
  ],
  [
    /^The number "(.+)\." has no paragraph after it and was left out\.$/su,
    ([, number]) => ({ code: 'number_without_paragraph', params: { number } }),
  ],
  [
    /^The document symbol "(.+)" was left out\.$/su,
    ([, symbol]) => ({ code: 'document_symbol_left_out', params: { symbol } }),
  ],
  [/^The page number "(.+)" was left out\.$/su, ([, page]) => ({ code: 'page_number_left_out', params: { page } })],
  [
    /^The heading "(.+)" has no paragraphs after it and was left out\.$/su,
    ([, heading]) => ({ code: 'empty_heading_left_out', params: { heading } }),
  ],
  [
    /^The document has no paragraph numbers; its paragraphs were numbered from 1\.$/u,
    () => ({ code: 'no_paragraph_numbers', params: {} }),
  ],
  [
    /^Paragraphs without a number were numbered in sequence: (.+)\.$/su,
    ([, list]) => {
      const { items, more } = listed(list);
      return { code: 'numbered_in_sequence', params: { numbers: items, more } };
    },
  ],
  [
    /^Paragraph numbering jumps from (.+)\.$/su,
    ([, list]) => {
      const { items, more } = listed(list);
      const jumps = items.map((item) => /^(.+) to (.+)$/u.exec(item));
      if (jumps.some((jump) => jump === null)) return null;
      return {
        code: 'numbering_jumps',
        params: { jumps: jumps.map((jump) => ({ from: jump?.[1] ?? '', to: jump?.[2] ?? '' })), more },
      };
    },
  ],
  [
    /^A heading is longer than (\d+) characters: "(.*)…"\.$/su,
    ([, max, heading]) => ({ code: 'heading_too_long', params: { heading, max: Number(max) } }),
  ],
  [
    /^Paragraph (.+) is longer than (\d+) characters; split it to edit it\.$/su,
    ([, paragraph, max]) => ({ code: 'paragraph_too_long', params: { paragraph, max: Number(max) } }),
  ],
];

/**
 * A stored warning as a coded one, whichever release wrote it, so every reader gets it in their
 * language. A sentence matching none of the old ones stays as written, marked unrecognised.
 */
export function readImportWarning(stored: unknown): ImportWarning {
  if (typeof stored === 'string') {
    for (const [pattern, warning] of SENTENCES) {
      const match = pattern.exec(stored);
      const read = match ? warning(match) : null;
      if (read) return read;
    }
    return { code: 'unrecognised', params: { text: stored } };
  }
  const parsed = importWarningSchema.safeParse(stored);
  return parsed.success ? parsed.data : { code: 'unrecognised', params: { text: JSON.stringify(stored) } };
}
