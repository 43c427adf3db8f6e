import type { PositionValue } from '@concordia/contracts';
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

const amendmentCount = (n: number): string => `${n} ${n === 1 ? 'amendment' : 'amendments'}`;

export interface CompiledPosition {
  delegation: string;
  value: PositionValue;
  statement: string;
  amendments: number;
  author: string;
}

export interface CompiledAnnotation {
  kind: string;
  author: string;
  delegation: string | null;
  body: string;
  amendment: { operation: string; text: string } | null;
  disposition: { value: string; reason: string; by: string } | null;
  replies: { author: string; body: string }[];
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
  generatedAt: string;
  paragraphs: CompiledParagraph[];
}

const LABELS: Record<PositionValue, string> = {
  support: 'Support',
  support_with_amendments: 'Support with amendments',
  reservation: 'Reservation',
  objection: 'Objection',
  no_position: 'No position',
};
const DISPOSITIONS: Record<string, string> = {
  accepted: 'Accepted',
  partly_accepted: 'Partly accepted',
  not_retained: 'Not retained',
};

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

function positionsTable(positions: readonly CompiledPosition[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: ['Delegation', 'Position', 'Statement', 'Recorded by'].map((h) => cell(h, true)),
      }),
      ...positions.map(
        (p) =>
          new TableRow({
            children: [
              cell(p.delegation),
              cell(p.amendments > 0 ? `${LABELS[p.value]} (${amendmentCount(p.amendments)})` : LABELS[p.value]),
              cell(p.statement),
              cell(p.author),
            ],
          }),
      ),
    ],
  });
}

function annotationBlock(a: CompiledAnnotation): Paragraph[] {
  const who = a.delegation ? `${a.author} (${a.delegation})` : a.author;
  const blocks = [
    new Paragraph({
      children: [
        new TextRun({ text: `${a.kind[0]?.toUpperCase() ?? ''}${a.kind.slice(1)} — ${who}: `, bold: true }),
        new TextRun(a.body),
      ],
    }),
  ];
  if (a.amendment) {
    blocks.push(
      new Paragraph({
        indent: { left: 360 },
        children: [
          new TextRun({ text: `Proposed (${a.amendment.operation}): `, italics: true }),
          new TextRun(a.amendment.text),
        ],
      }),
    );
  }
  for (const reply of a.replies) {
    blocks.push(
      new Paragraph({
        indent: { left: 360 },
        children: [new TextRun({ text: `${reply.author}: `, bold: true }), new TextRun(reply.body)],
      }),
    );
  }
  blocks.push(
    new Paragraph({
      indent: { left: 360 },
      children: [
        new TextRun({
          text: a.disposition
            ? `Disposition: ${DISPOSITIONS[a.disposition.value] ?? a.disposition.value} (${a.disposition.by}) — ${a.disposition.reason}`
            : 'Disposition: pending',
          italics: true,
        }),
      ],
    }),
  );
  return blocks;
}

/**
 * The secretariat's compilation of a round, paragraph by paragraph: its text, the delegations'
 * current positions, then the comments and amendments with their authors, replies and the
 * secretariat's disposition.
 */
export async function compilationDocx(compilation: Compilation): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(compilation.title)] }),
    new Paragraph({
      children: [new TextRun({ text: `${compilation.round} — compiled ${compilation.generatedAt}`, italics: true })],
    }),
  ];
  for (const p of compilation.paragraphs) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Paragraph ${p.number}`)] }));
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(p.text)] }));
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Positions')] }));
    children.push(p.positions.length ? positionsTable(p.positions) : new Paragraph('No position recorded.'));
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Comments and amendments')] }),
    );
    if (p.annotations.length === 0) children.push(new Paragraph('None.'));
    for (const a of p.annotations) children.push(...annotationBlock(a));
  }
  const document = new Document({ creator: 'Concordia', title: compilation.title, sections: [{ children }] });
  return Packer.toBuffer(document);
}
