import type { DraftVersion, Paragraph } from '@concordia/contracts';
import { Box, Group, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VersionStatusBadge } from '../common/badges';
import { useFormatters } from '../common/format';
import { VirtualRows, type RowsHandle } from '../common/virtual-rows';
import { DocumentFind } from './document-find';
import {
  displayNumber,
  documentRows,
  findRows,
  onlyParagraphs,
  paragraphTotal,
  rowKey,
  type DocumentRow,
} from './document-rows';
import { useVersionLabel } from './version-label';

interface DraftDocumentProps {
  /** The draft's title, shown above the version label. */
  title: string;
  version: DraftVersion;
  /** Beside each paragraph: its negotiation status, or the chair's control to set it. */
  aside?: (paragraph: Paragraph) => ReactNode;
  /** Draws a paragraph's text (the reader's highlights); plain text by default. */
  paragraphText?: (paragraph: Paragraph) => ReactNode;
  /** Extra classes of a paragraph's row, e.g. the one whose comments are open. */
  paragraphClass?: (paragraph: Paragraph) => string | undefined;
  /** Replaces how rows are drawn (the working-version editor); `found` marks the search hit. */
  renderRow?: (row: DocumentRow, found: boolean) => ReactNode;
  /**
   * Draws a paragraph's whole row instead of `aside`, `paragraphText` and `paragraphClass` (the
   * reading page's memoised rows, in a ParagraphFrame); section headings are drawn as usual.
   */
  paragraphRow?: (paragraph: Paragraph, found: boolean) => ReactNode;
  /** Shown under the masthead, e.g. the editor's "add a section" control for an empty version. */
  footer?: ReactNode;
  /** A paragraph to bring into view (a link to a thread names one): once per request. */
  scrollTo?: ScrollRequest | null;
  /** Only these paragraphs are drawn (the reader narrowed the text); the masthead still counts the version's. */
  only?: ReadonlySet<string> | null;
  /**
   * Level of the version label's heading: 3 under a signed-in page's title (the default), 2 on a
   * page whose own title is the h1, so screen-reader users find no level skipped.
   */
  titleOrder?: 2 | 3;
}

/**
 * A request to bring a paragraph into view. Each request is a new object: asking twice for the
 * same paragraph (the reader scrolled away meanwhile) scrolls twice.
 */
export interface ScrollRequest {
  key: string;
}

/** Paragraphs are a few lines each; headings one. The list measures real heights once drawn. */
const estimate = (row: DocumentRow | undefined): number =>
  row?.kind === 'paragraph' ? 40 + Math.ceil(row.paragraph.text.length / 90) * 28 : 56;

/**
 * A draft version laid out like a negotiation document: a serif reading column, section headings,
 * and paragraph numbers hanging in the margin so they can be cited ("paragraph 12"). Long versions
 * are virtualised; the find box reaches every paragraph either way.
 */
export const DraftDocument = ({
  title,
  version,
  aside,
  paragraphText,
  paragraphClass,
  renderRow,
  paragraphRow,
  footer,
  scrollTo,
  only = null,
  titleOrder = 3,
}: DraftDocumentProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const labelOf = useVersionLabel();
  const rows = useMemo(
    () => documentRows(only ? onlyParagraphs(version.sections, only) : version.sections),
    [version.sections, only],
  );
  const rowsHandle = useRef<RowsHandle>(null);
  const [found, setFound] = useState<number | null>(null);
  const count = paragraphTotal(version.sections);

  useEffect(() => {
    if (!scrollTo) return;
    const index = rows.findIndex((row) => row.kind === 'paragraph' && row.paragraph.key === scrollTo.key);
    if (index >= 0) rowsHandle.current?.scrollToIndex(index, { instant: true });
  }, [scrollTo, rows]);

  const onFound = (index: number | null) => {
    setFound(index);
    if (index !== null) rowsHandle.current?.scrollToIndex(index);
  };

  const draw = (index: number): ReactNode => {
    const row = rows[index];
    if (!row) return null;
    if (renderRow) return renderRow(row, index === found);
    if (paragraphRow && row.kind === 'paragraph') return paragraphRow(row.paragraph, index === found);
    return (
      <ReaderRow
        row={row}
        found={index === found}
        aside={aside}
        paragraphText={paragraphText}
        paragraphClass={paragraphClass}
      />
    );
  };

  return (
    <Box component="article" className="draft-document" data-testid="draft-reader" aria-labelledby="draft-title">
      <header className="draft-masthead">
        <Text className="draft-kicker">{title}</Text>
        <Title order={titleOrder} id="draft-title" className="draft-title" data-testid="version-label">
          {labelOf(version)}
        </Title>
        <Group gap="xs" justify="center" mt={6}>
          <VersionStatusBadge status={version.status} />
          {/* One line that wraps after the dot, not before it (a phone put "· Paragraphs: 34" on a line of its own). */}
          <Text size="sm" c="dimmed" ta="center">
            {version.publishedAt
              ? t('drafts.publishedOn', { date: format.date(version.publishedAt) })
              : t('drafts.notPublished')}
            {'\u00a0· '}
            <span style={{ whiteSpace: 'nowrap' }}>{t('drafts.paragraphCount', { n: String(count) })}</span>
          </Text>
        </Group>
      </header>
      {count > 0 && (
        <Group justify="flex-end" mb="md" className="draft-find-bar">
          <DocumentFind search={(query) => findRows(rows, query)} onFound={onFound} />
        </Group>
      )}
      <VirtualRows
        count={rows.length}
        rowKey={(index) => {
          const row = rows[index];
          return row ? rowKey(row) : String(index);
        }}
        estimateSize={(index) => estimate(rows[index])}
        renderRow={draw}
        handle={rowsHandle}
        testId="draft-rows"
      />
      {count === 0 && !renderRow && (
        <Text c="dimmed" ta="center">
          {t('drafts.emptyVersion')}
        </Text>
      )}
      {footer}
    </Box>
  );
};

interface ReaderRowProps {
  row: DocumentRow;
  found: boolean;
  aside?: (paragraph: Paragraph) => ReactNode;
  paragraphText?: (paragraph: Paragraph) => ReactNode;
  paragraphClass?: (paragraph: Paragraph) => string | undefined;
}

const ReaderRow = ({ row, found, aside, paragraphText, paragraphClass }: ReaderRowProps) => {
  if (row.kind === 'section') {
    // Text before the first heading of an imported document forms a section without a heading.
    return row.section.heading ? (
      <h4 className="draft-section-heading" id={`section-${row.section.key}`}>
        {row.section.heading}
      </h4>
    ) : null;
  }
  const { paragraph } = row;
  return (
    <ParagraphFrame
      paragraph={paragraph}
      found={found}
      className={paragraphClass?.(paragraph)}
      side={aside?.(paragraph)}
    >
      {paragraphText ? paragraphText(paragraph) : paragraph.text}
    </ParagraphFrame>
  );
};

interface ParagraphFrameProps {
  paragraph: Paragraph;
  /** The find box's current hit. */
  found: boolean;
  className?: string;
  /** Beside the text: its status, the reading page's counts and marks. */
  side?: ReactNode;
  /** The paragraph's text as drawn. */
  children: ReactNode;
}

/** A paragraph's row: its number in the margin, its text, and what sits beside it. */
export const ParagraphFrame = ({ paragraph, found, className, side, children }: ParagraphFrameProps) => (
  <div
    id={`para-${paragraph.key}`}
    className={['draft-paragraph', side ? 'draft-paragraph--aside' : '', found ? 'is-found' : '', className ?? '']
      .filter(Boolean)
      .join(' ')}
    data-testid="paragraph"
    data-key={paragraph.key}
    data-number={paragraph.number}
  >
    <ParagraphNumber number={paragraph.number} />
    <p className="draft-paragraph-text">{children}</p>
    {side && <div className="draft-paragraph-aside">{side}</div>}
  </div>
);

/** A paragraph's number in the margin, as the document cites it ("12."), read out in full. */
export const ParagraphNumber = ({ number }: { number: string }) => {
  const { t } = useTranslation();
  return (
    <span className="draft-paragraph-number" aria-label={t('drafts.paragraphLabel', { number })}>
      {displayNumber(number)}
    </span>
  );
};
