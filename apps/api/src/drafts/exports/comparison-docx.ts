import type { Comparison, Language, ParagraphComparison } from '@concordia/contracts';
import { Document, Packer, TextRun } from 'docx';
import { DOCX_LABELS, type DocxLabels } from './docx-labels';
import { numberedParagraph, pageFooter, sectionHeading, titleBlock } from './docx-parts';

export interface ComparisonDocument {
  draftTitle: string;
  processTitle: string;
  comparison: Comparison;
  language: Language;
}

// Colour as well as underline and strike-through, so a change reads in print and on screen alike.
const inserted = (text: string) => new TextRun({ text, underline: {}, color: '1B5E20' });
const deleted = (text: string) => new TextRun({ text, strike: true, color: 'B71C1C' });
const note = (text: string) => new TextRun({ text: ` [${text}]`, italics: true });

function paragraphRuns(p: ParagraphComparison, labels: DocxLabels): TextRun[] {
  const notes = p.moved && p.fromNumber ? [note(labels.moved(p.fromNumber))] : [];
  switch (p.kind) {
    case 'added':
      return [inserted(p.toText ?? ''), note(labels.added)];
    case 'removed':
      return [deleted(p.fromText ?? ''), note(labels.removed)];
    case 'modified':
      return [
        ...p.changes.map((c) =>
          c.op === 'insert' ? inserted(c.text) : c.op === 'delete' ? deleted(c.text) : new TextRun(c.text),
        ),
        ...notes,
      ];
    case 'unchanged':
      return [new TextRun(p.toText ?? ''), ...notes];
  }
}

function headingRuns(section: Comparison['sections'][number] | undefined, labels: DocxLabels): TextRun[] | null {
  if (!section) return null;
  const to = section.toHeading?.trim() ?? '';
  const from = section.fromHeading?.trim() ?? '';
  if (section.kind === 'added') return to ? [inserted(to)] : null;
  if (section.kind === 'removed') return from ? [deleted(from)] : null;
  if (from && to && from !== to) return [new TextRun(to), note(labels.headingChanged(from))];
  return to ? [new TextRun(to)] : null;
}

/**
 * Two versions compared as a Word document: the newer text with the words added underlined and
 * those removed struck through, paragraphs added, removed and moved marked, in the newer order.
 */
export async function comparisonDocx(doc: ComparisonDocument): Promise<Buffer> {
  const labels = DOCX_LABELS[doc.language];
  const { comparison } = doc;
  const sections = new Map(comparison.sections.map((s) => [s.key, s]));
  const children = [
    ...titleBlock(doc.draftTitle, [
      `${labels.compared(comparison.to.label, comparison.from.label)} · ${doc.processTitle}`,
      labels.key,
    ]),
  ];
  let currentSection: string | null = null;
  for (const p of comparison.paragraphs) {
    const sectionKey = p.toSectionKey ?? p.fromSectionKey;
    if (sectionKey !== currentSection) {
      currentSection = sectionKey;
      const heading = headingRuns(sectionKey ? sections.get(sectionKey) : undefined, labels);
      if (heading) children.push(sectionHeading(heading));
    }
    children.push(numberedParagraph(p.toNumber ?? p.fromNumber ?? '', paragraphRuns(p, labels)));
  }
  const document = new Document({
    title: `${doc.draftTitle}: ${labels.compared(comparison.to.label, comparison.from.label)}`,
    creator: 'Concordia',
    sections: [{ footers: { default: pageFooter(comparison.to.label, labels.pageOf) }, children }],
  });
  return Packer.toBuffer(document);
}
