import { AlignmentType, Footer, HeadingLevel, PageNumber, Paragraph, TextRun } from 'docx';

/** Paragraph numbers hang in the margin, as in the printed drafts delegations know. */
const HANGING = { left: 720, hanging: 720 } as const;

export const titleBlock = (title: string, lines: readonly (string | null)[]): Paragraph[] => [
  new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
  ...lines
    .filter((line): line is string => Boolean(line))
    .map((line) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: line, italics: true })] })),
];

export const sectionHeading = (runs: TextRun[]): Paragraph =>
  new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240 }, children: runs });

export const numberedParagraph = (number: string, runs: TextRun[]): Paragraph =>
  new Paragraph({
    indent: HANGING,
    spacing: { after: 160 },
    alignment: AlignmentType.LEFT,
    children: [new TextRun(number), new TextRun({ text: '\t' }), ...runs],
  });

/** "Rev.1 · Page 3": a page torn from the stack still says what it belongs to. */
export const pageFooter = (label: string, page: string): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun(`${label} · ${page} `), new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });

/** A note set apart before the text: its heading, then each of its lines as a paragraph. */
export const noteBlock = (heading: string, note: string): Paragraph[] => [
  new Paragraph({ spacing: { before: 120, after: 80 }, children: [new TextRun({ text: heading, bold: true })] }),
  ...note
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => new Paragraph({ indent: { left: 360 }, spacing: { after: 120 }, children: [new TextRun(line)] })),
];
