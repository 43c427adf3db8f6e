import type { ImportPreview, PreviewParagraph } from '@concordia/contracts';
import { Alert, Card, List, Pagination, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNarrowScreen } from '../common/narrow-screen';
import { displayNumber } from '../drafts/document-rows';
import {
  effectiveKey,
  matchesFilter,
  previewParagraphs,
  reviewMatches,
  type Overrides,
  type PreviewFilter,
} from './key-matching';
import { MatchPicker } from './match-picker';
import { importWarningText } from './import-warning-text';
import { PreviewCards, PreviewTable, type PreviewRow } from './preview-rows';

const PAGE_SIZE = 100;

interface PreviewReviewProps {
  preview: ImportPreview;
  overrides: Overrides;
  onOverride: (index: number, key: string | null | undefined) => void;
}

interface Entry {
  heading: string;
  sectionIndex: number;
  paragraph: PreviewParagraph;
}

/**
 * What the import will make of the document before anything is stored: sections and numbered
 * paragraphs, each with the previous paragraph whose key it takes and how alike the two are. A
 * wrong match is corrected by hand; keys that no paragraph takes any more are listed as removed.
 */
export const PreviewReview = ({ preview, overrides, onOverride }: PreviewReviewProps) => {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<PreviewFilter>('all');
  const [page, setPage] = useState(1);
  const [picking, setPicking] = useState<PreviewParagraph | null>(null);
  // Below this width the table's five columns need a sideways scroll: each paragraph is a card.
  const narrow = useNarrowScreen();
  const review = reviewMatches(preview, overrides);
  const hasPrevious = preview.previous.length > 0;
  const previousByKey = useMemo(() => new Map(preview.previous.map((p) => [p.key, p])), [preview.previous]);
  const entries = useMemo(
    () =>
      preview.sections.flatMap((section, sectionIndex) =>
        section.paragraphs.map((paragraph): Entry => ({ heading: section.heading, sectionIndex, paragraph })),
      ),
    [preview.sections],
  );
  const shown = entries.filter((entry) => matchesFilter(entry.paragraph, overrides, filter));
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const pageEntries = shown.slice((Math.min(page, pages) - 1) * PAGE_SIZE, Math.min(page, pages) * PAGE_SIZE);
  const rows = pageEntries.map((entry, position): PreviewRow => {
    const key = effectiveKey(entry.paragraph, overrides);
    return {
      ...entry,
      startsSection: position === 0 || pageEntries[position - 1]?.sectionIndex !== entry.sectionIndex,
      key,
      matched: key ? previousByKey.get(key) : undefined,
      corrected: entry.paragraph.index in overrides,
      duplicate: key !== null && review.duplicateKeys.has(key),
    };
  });

  return (
    <Stack gap="lg" data-testid="import-preview">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label={t('imports.stats.sections')} value={preview.sections.length} />
        <Stat
          label={t('imports.stats.paragraphs')}
          value={previewParagraphs(preview).length}
          testId="stat-paragraphs"
        />
        {hasPrevious && <Stat label={t('imports.stats.matched')} value={review.matched} />}
        {hasPrevious && <Stat label={t('imports.stats.added')} value={review.added} />}
      </SimpleGrid>

      {preview.warnings.length > 0 && (
        <Alert color="yellow" variant="light" title={t('imports.warnings')} data-testid="import-warnings">
          <List size="sm">
            {preview.warnings.map((warning, i) => (
              // Two warnings may read alike (the same page number left out twice): the index tells them apart.
              <List.Item key={i}>{importWarningText(warning, t)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {review.duplicateKeys.size > 0 && (
        <Alert color="red" variant="light" data-testid="import-duplicates" role="alert">
          {t('imports.duplicates', { count: review.duplicateKeys.size })}
        </Alert>
      )}

      {hasPrevious && (
        <SegmentedControl
          value={filter}
          onChange={(value) => {
            setFilter(value);
            setPage(1);
          }}
          data={(['all', 'review', 'new', 'corrected'] as const).map((value) => ({
            value,
            label: t(`imports.filter.${value}`),
          }))}
          aria-label={t('imports.filter.label')}
          w="fit-content"
        />
      )}

      {narrow ? (
        <PreviewCards rows={rows} hasPrevious={hasPrevious} onCorrect={setPicking} />
      ) : (
        <PreviewTable rows={rows} hasPrevious={hasPrevious} onCorrect={setPicking} />
      )}
      {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} />}

      {hasPrevious && (
        <Card withBorder padding="md" data-testid="import-removed">
          <Title order={4} size="h5" mb="xs">
            {t('imports.removedTitle', { n: String(review.removed.length) })}
          </Title>
          {review.removed.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('imports.noneRemoved')}
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {review.removed.map((p) => (
                <List.Item key={p.key}>
                  <Text span fw={600}>
                    {displayNumber(p.number)}
                  </Text>{' '}
                  <Text span c="dimmed">
                    {p.text.length > 160 ? `${p.text.slice(0, 160)}…` : p.text}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Card>
      )}

      {picking && (
        <MatchPicker
          paragraph={picking}
          previous={preview.previous}
          current={effectiveKey(picking, overrides)}
          onChoose={(key) => {
            onOverride(picking.index, key);
            setPicking(null);
          }}
          onRestore={() => {
            onOverride(picking.index, undefined);
            setPicking(null);
          }}
          onClose={() => setPicking(null)}
        />
      )}
    </Stack>
  );
};

const Stat = ({ label, value, testId }: { label: string; value: number; testId?: string }) => (
  <Card withBorder padding="sm">
    <Text size="xs" c="dimmed" tt="uppercase">
      {label}
    </Text>
    <Text size="xl" fw={700} data-testid={testId}>
      {value}
    </Text>
  </Card>
);
