import type { Language, Section } from '@concordia/contracts';
import { Document, Packer, TextRun } from 'docx';
import { DOCX_LABELS, documentDate } from './docx-labels';
import { noteBlock, numberedParagraph, pageFooter, sectionHeading, titleBlock } from './docx-parts';

export interface VersionDocument {
  draftTitle: string;
  processTitle: string;
  label: string;
  publishedAt: string | null;
  /** The secretariat's note circulated with the version, printed before its text. */
  note: string | null;
  generatedAt: string;
  sections: readonly Section[];
  language: Language;
}

/** A version of a draft as a Word document: the text as circulated, numbered paragraphs under their sections. */
export async function versionDocx(doc: VersionDocument): Promise<Buffer> {
  const labels = DOCX_LABELS[doc.language];
  const status = doc.publishedAt
    ? labels.published(documentDate(doc.publishedAt, doc.language))
    : labels.working(documentDate(doc.generatedAt, doc.language));
  const body = doc.sections.flatMap((section) => [
    // A section without a heading just continues the text, as it does on the page.
    ...(section.heading.trim() ? [sectionHeading([new TextRun(section.heading)])] : []),
    ...section.paragraphs.map((p) => numberedParagraph(p.number, [new TextRun(p.text)])),
  ]);
  const document = new Document({
    title: `${doc.draftTitle} (${doc.label})`,
    creator: 'Concordia',
    sections: [
      {
        footers: { default: pageFooter(doc.label, labels.pageOf) },
        children: [
          ...titleBlock(doc.draftTitle, [`${doc.label} · ${doc.processTitle}`, status]),
          ...(doc.note ? noteBlock(labels.note, doc.note) : []),
          ...body,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
