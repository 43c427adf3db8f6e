import { type Language, type ParagraphStatus, type PositionValue, isDisposable } from '@concordia/contracts';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { annotationBlock, type CompiledAnnotation } from './compilation-docx';
import { DELEGATION_REPORT_LABELS, type DispositionCounts } from './delegation-report-labels';

export interface ReportedParagraph {
  number: string;
  text: string;
  status: ParagraphStatus;
  position: { value: PositionValue; statement: string; author: string } | null;
  /** The delegation's own threads, internal notes included. */
  ours: CompiledAnnotation[];
  /** Other delegations' amendments the delegation co-sponsors. */
  cosponsored: CompiledAnnotation[];
}

export interface DelegationReport {
  delegation: string;
  process: string;
  round: string;
  /** Already written in the reader's language and time zone. */
  generatedAt: string;
  language: Language;
  /** False for an observer delegation: it records no positions, so the report speaks of none. */
  recordsPositions: boolean;
  paragraphs: ReportedParagraph[];
}

const touched = (p: ReportedParagraph) => p.position !== null || p.ours.length > 0 || p.cosponsored.length > 0;

/** The comments and amendments the delegation put to the round or the secretariat (not its internal notes). */
const proposals = (p: ReportedParagraph) => p.ours.filter(isDisposable);

function dispositionCounts(paragraphs: readonly ReportedParagraph[]): DispositionCounts {
  const counts: DispositionCounts = { accepted: 0, partly_accepted: 0, not_retained: 0, pending: 0 };
  for (const p of paragraphs) for (const a of proposals(p)) counts[a.disposition?.value ?? 'pending'] += 1;
  return counts;
}

/**
 * What a delegation did in a round, for its capital: a summary, then each paragraph it acted on
 * (its text and status in the round, the delegation's position, its comments, amendments and
 * internal notes with their replies and the secretariat's dispositions, and the amendments it
 * co-sponsors), and the numbers of the paragraphs it left alone. Our words in the reader's
 * language; the delegations' as they wrote them.
 */
export async function delegationReportDocx(report: DelegationReport): Promise<Buffer> {
  const labels = DELEGATION_REPORT_LABELS[report.language];
  const { terms } = labels.compilation;
  const heading = (level: (typeof HeadingLevel)[keyof typeof HeadingLevel], text: string) =>
    new Paragraph({ heading: level, children: [new TextRun(text)] });
  const acted = report.paragraphs.filter(touched);
  const ours = acted.reduce((n, p) => n + proposals(p).length, 0);
  const children: Paragraph[] = [
    heading(HeadingLevel.TITLE, labels.title(report.delegation, report.round)),
    new Paragraph({
      children: [new TextRun({ text: labels.prepared(report.process, report.generatedAt), italics: true })],
    }),
    heading(HeadingLevel.HEADING_1, labels.summary),
    ...(report.recordsPositions
      ? [
          new Paragraph(
            labels.positionsRecorded(report.paragraphs.filter((p) => p.position).length, report.paragraphs.length),
          ),
        ]
      : []),
    new Paragraph(labels.annotationsMade(ours, dispositionCounts(acted))),
    new Paragraph(labels.cosponsoredCount(acted.reduce((n, p) => n + p.cosponsored.length, 0))),
  ];
  for (const p of acted) {
    children.push(heading(HeadingLevel.HEADING_1, labels.paragraph(p.number, terms.paragraphStatus[p.status])));
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(p.text)] }));
    if (report.recordsPositions) {
      children.push(heading(HeadingLevel.HEADING_2, labels.ourPosition));
      children.push(
        new Paragraph(
          p.position
            ? labels.position(terms.position[p.position.value], p.position.statement, p.position.author)
            : labels.noPosition,
        ),
      );
    }
    if (p.ours.length > 0) {
      children.push(heading(HeadingLevel.HEADING_2, labels.ours));
      for (const a of p.ours) children.push(...annotationBlock(a, labels.compilation));
    }
    if (p.cosponsored.length > 0) {
      children.push(heading(HeadingLevel.HEADING_2, labels.cosponsored));
      for (const a of p.cosponsored) children.push(...annotationBlock(a, labels.compilation));
    }
  }
  const untouched = report.paragraphs.filter((p) => !touched(p)).map((p) => p.number);
  if (untouched.length > 0)
    children.push(
      new Paragraph({ children: [new TextRun({ text: labels.untouched(untouched.join(', ')), italics: true })] }),
    );
  const document = new Document({
    creator: 'Concordia',
    lastModifiedBy: 'Concordia',
    title: labels.title(report.delegation, report.round),
    subject: labels.subject,
    description: report.process,
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
