import type { Paragraph, Section } from '@concordia/contracts';

/**
 * A version flattened into the rows the document list renders one after another, so a long draft
 * can be virtualised as a single list: a heading row per section, then its paragraphs.
 */
export type DocumentRow =
  | { kind: 'section'; section: Section; sectionIndex: number }
  | { kind: 'paragraph'; paragraph: Paragraph; section: Section; indexInSection: number };

export const documentRows = (sections: readonly Section[]): DocumentRow[] =>
  sections.flatMap((section, sectionIndex): DocumentRow[] => [
    { kind: 'section', section, sectionIndex },
    ...section.paragraphs.map((paragraph, indexInSection): DocumentRow => ({
      kind: 'paragraph',
      paragraph,
      section,
      indexInSection,
    })),
  ]);

/** The document with only the paragraphs kept (and the sections that still have one). */
export const onlyParagraphs = (sections: readonly Section[], keep: ReadonlySet<string>): Section[] =>
  sections
    .map((section) => ({ ...section, paragraphs: section.paragraphs.filter((p) => keep.has(p.key)) }))
    .filter((section) => section.paragraphs.length > 0);

export const rowKey = (row: DocumentRow): string =>
  row.kind === 'section' ? `s:${row.section.key}` : `p:${row.paragraph.key}`;

export const paragraphTotal = (sections: readonly Section[]): number =>
  sections.reduce((sum, section) => sum + section.paragraphs.length, 0);

/** Numbers arrive as "12" or "12." depending on the source document; show "12." either way. */
export const displayNumber = (number: string): string => (/[.)]$/.test(number) ? number : `${number}.`);

/** "12." or "12)" as "12", for sentences ("paragraph 12 was edited"). */
export const bareNumber = (number: string): string => number.replace(/[.)]$/, '');

/**
 * Rows a reader's search hits, in document order: a query that is a paragraph number ("12" or
 * "12.") finds that paragraph first; words find every paragraph containing them, ignoring case.
 * Virtualised rows are not in the page, so the browser's own find cannot reach them.
 */
export const findRows = (rows: readonly DocumentRow[], query: string): number[] => {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return [];
  const numberHits: number[] = [];
  const textHits: number[] = [];
  rows.forEach((row, index) => {
    if (row.kind !== 'paragraph') return;
    if (bareNumber(row.paragraph.number).toLowerCase() === bareNumber(wanted)) numberHits.push(index);
    else if (row.paragraph.text.toLowerCase().includes(wanted)) textHits.push(index);
  });
  return [...numberHits, ...textHits];
};
