import {
  type AmendmentOperation,
  type AnnotationKind,
  type AnnotationVisibility,
  type DispositionValue,
  type Language,
  isDisposable,
  type PositionValue,
} from '@concordia/contracts';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { COMPILATION_LABELS, type CompilationLabels } from './compilation-labels';

export interface CompiledPosition {
  delegation: string;
  value: PositionValue;
  statement: string;
  amendments: number;
  author: string;
}

/** An annotation's words, or the mark that the chair hid them. */
export interface CompiledWords {
  hidden: boolean;
  body: string;
  amendment: { operation: AmendmentOperation; text: string } | null;
}

export interface CompiledAnnotation extends CompiledWords {
  kind: AnnotationKind;
  visibility: AnnotationVisibility;
  author: string;
  delegation: string | null;
  disposition: { value: DispositionValue; reason: string; by: string } | null;
  /** The delegations that co-sponsor the amendment, by name. */
  sponsors: string[];
  /** Labels of the published versions that took the amendment into their text. */
  appliedIn: string[];
  replies: { author: string; hidden: boolean; body: string }[];
}

export interface CompiledParagraph {
  number: string;
  text: string;
  positions: CompiledPosition[];
  annotations: CompiledAnnotation[];
}

export interface Compilation {
  title: string;
  round: string;
  /** When it was compiled, already written in the reader's language and time zone. */
  generatedAt: string;
  language: Language;
  paragraphs: CompiledParagraph[];
}

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

const note = (runs: TextRun[]) => new Paragraph({ indent: { left: 360 }, children: runs });

function positionsTable(positions: readonly CompiledPosition[], labels: CompilationLabels): Table {
  const { columns } = labels;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [columns.delegation, columns.position, columns.statement, columns.recordedBy].map((h) =>
          cell(h, true),
        ),
      }),
      ...positions.map((p) => {
        const stance = labels.terms.position[p.value];
        return new TableRow({
          children: [
            cell(p.delegation),
            cell(p.amendments > 0 ? labels.withAmendments(stance, p.amendments) : stance),
            cell(p.statement),
            cell(p.author),
          ],
        });
      }),
    ],
  });
}

/** One comment or amendment with its replies and disposition, as the compilation writes it. */
export function annotationBlock(a: CompiledAnnotation, labels: CompilationLabels): Paragraph[] {
  const { terms } = labels;
  const who = a.delegation ? `${a.author} (${a.delegation})` : a.author;
  const visibility = a.visibility === 'round' ? null : terms.visibility[a.visibility];
  const words = (hidden: boolean, body: string) => (hidden ? labels.hiddenByChair : body);
  const blocks = [
    new Paragraph({
      children: [
        new TextRun({ text: labels.byline(terms.annotationKind[a.kind], who, visibility), bold: true }),
        new TextRun(words(a.hidden, a.body)),
      ],
    }),
  ];
  if (a.amendment) {
    blocks.push(
      note([
        new TextRun({ text: labels.proposed(terms.operation[a.amendment.operation]), italics: true }),
        new TextRun(a.amendment.text),
      ]),
    );
  }
  if (a.sponsors.length > 0) blocks.push(note([new TextRun({ text: labels.sponsors(a.sponsors.join(', ')) })]));
  for (const reply of a.replies) {
    blocks.push(
      note([
        new TextRun({ text: labels.reply(reply.author), bold: true }),
        new TextRun(words(reply.hidden, reply.body)),
      ]),
    );
  }
  // A question, a reservation or an internal note awaits no disposition: it says nothing of one
  // unless it got one before.
  const disposition = a.disposition
    ? labels.disposition(terms.disposition[a.disposition.value], a.disposition.by)
    : isDisposable(a)
      ? labels.pending
      : null;
  if (disposition) blocks.push(note([new TextRun({ text: disposition, italics: true })]));
  if (a.disposition?.reason)
    blocks.push(note([new TextRun({ text: labels.reason(a.disposition.reason), italics: true })]));
  if (a.appliedIn.length > 0)
    blocks.push(note([new TextRun({ text: labels.appliedIn(a.appliedIn.join(', ')), italics: true })]));
  return blocks;
}

/**
 * The secretariat's compilation of a round, paragraph by paragraph: its text, the delegations'
 * current positions, then the comments and amendments with their authors, replies and the
 * secretariat's disposition. Our own words are in the reader's language; the delegations' stay
 * as they wrote them.
 */
export async function compilationDocx(compilation: Compilation): Promise<Buffer> {
  const labels = COMPILATION_LABELS[compilation.language];
  const heading = (level: (typeof HeadingLevel)[keyof typeof HeadingLevel], text: string) =>
    new Paragraph({ heading: level, children: [new TextRun(text)] });
  const children: (Paragraph | Table)[] = [
    heading(HeadingLevel.TITLE, compilation.title),
    new Paragraph({
      children: [new TextRun({ text: labels.compiled(compilation.round, compilation.generatedAt), italics: true })],
    }),
  ];
  for (const p of compilation.paragraphs) {
    children.push(heading(HeadingLevel.HEADING_1, labels.paragraph(p.number)));
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(p.text)] }));
    children.push(heading(HeadingLevel.HEADING_2, labels.positions));
    children.push(p.positions.length ? positionsTable(p.positions, labels) : new Paragraph(labels.noPositions));
    children.push(heading(HeadingLevel.HEADING_2, labels.annotations));
    if (p.annotations.length === 0) children.push(new Paragraph(labels.noAnnotations));
    for (const a of p.annotations) children.push(...annotationBlock(a, labels));
  }
  const document = new Document({
    creator: 'Concordia',
    lastModifiedBy: 'Concordia',
    title: labels.title(compilation.round),
    subject: labels.subject,
    description: compilation.title,
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
