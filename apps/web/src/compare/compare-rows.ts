import type { Comparison, ParagraphComparison, TextChange } from '@concordia/contracts';

export type CompareRow =
  | { kind: 'section'; key: string; heading: string; change: Comparison['sections'][number]['kind'] }
  | { kind: 'paragraph'; paragraph: ParagraphComparison };

/** Anything a reader of the comparison should notice: text, place or number. */
export const isChanged = (paragraph: ParagraphComparison): boolean =>
  paragraph.kind !== 'unchanged' || paragraph.moved || paragraph.renumbered;

const sectionOf = (paragraph: ParagraphComparison): string | null => paragraph.toSectionKey ?? paragraph.fromSectionKey;

/**
 * The comparison as rows to draw: paragraphs in the newer version's order, each run of one
 * section headed by that section's heading (the newer heading, or the older one for a removed
 * section). With `onlyChanges`, unchanged paragraphs are left out and so are headings left empty.
 */
export const compareRows = (comparison: Comparison, onlyChanges: boolean): CompareRow[] => {
  const sections = new Map(comparison.sections.map((s) => [s.key, s]));
  const rows: CompareRow[] = [];
  let currentSection: string | null | undefined;
  for (const paragraph of comparison.paragraphs) {
    if (onlyChanges && !isChanged(paragraph)) continue;
    const sectionKey = sectionOf(paragraph);
    if (sectionKey !== currentSection) {
      currentSection = sectionKey;
      const section = sectionKey === null ? undefined : sections.get(sectionKey);
      const heading = section?.toHeading ?? section?.fromHeading ?? '';
      if (section && heading) rows.push({ kind: 'section', key: section.key, heading, change: section.kind });
    }
    rows.push({ kind: 'paragraph', paragraph });
  }
  return rows;
};

/** The older text with its deletions, and the newer text with its insertions, for side-by-side. */
export const sides = (changes: readonly TextChange[]): { from: TextChange[]; to: TextChange[] } => ({
  from: changes.filter((c) => c.op !== 'insert'),
  to: changes.filter((c) => c.op !== 'delete'),
});

/** The changes to draw for a paragraph: the server's, or the whole text for added/removed ones. */
export const changesOf = (paragraph: ParagraphComparison): TextChange[] => {
  switch (paragraph.kind) {
    case 'added':
      return [{ op: 'insert', text: paragraph.toText ?? '' }];
    case 'removed':
      return [{ op: 'delete', text: paragraph.fromText ?? '' }];
    case 'unchanged':
      return [{ op: 'equal', text: paragraph.toText ?? paragraph.fromText ?? '' }];
    case 'modified':
      return paragraph.changes.length > 0
        ? paragraph.changes
        : [
            { op: 'delete', text: paragraph.fromText ?? '' },
            { op: 'insert', text: paragraph.toText ?? '' },
          ];
  }
};
