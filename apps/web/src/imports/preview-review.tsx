import type { ImportPreview, PreviewParagraph } from '@concordia/contracts';
import {
  Alert,
  Badge,
  Button,
  Card,
  List,
  Pagination,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../common/data-table';
import { displayNumber } from '../drafts/document-rows';
import {
  effectiveKey,
  LOW_SIMILARITY,
  matchesFilter,
  previewParagraphs,
  reviewMatches,
  type Overrides,
  type PreviewFilter,
} from './key-matching';
import { MatchPicker } from './match-picker';
import { importWarningText } from './import-warning-text';

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

  const columns = hasPrevious
    ? [
        t('imports.columns.number'),
        t('imports.columns.text'),
        t('imports.columns.match'),
        t('imports.columns.similarity'),
        '',
      ]
    : [t('imports.columns.number'), t('imports.columns.text')];

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

      <DataTable minWidth={hasPrevious ? 900 : 560} testId="preview-table" striped={false} columns={columns}>
        {pageEntries.map((entry, position) => {
          const previousEntry = pageEntries[position - 1];
          const startsSection = position === 0 || previousEntry?.sectionIndex !== entry.sectionIndex;
          const key = effectiveKey(entry.paragraph, overrides);
          const matched = key ? previousByKey.get(key) : undefined;
          const corrected = entry.paragraph.index in overrides;
          return [
            startsSection && entry.heading ? (
              <Table.Tr key={`h${entry.sectionIndex}-${position}`} className="preview-heading">
                <Table.Td colSpan={columns.length}>
                  <Text fw={700} size="sm" tt="uppercase">
                    {entry.heading}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : null,
            <Table.Tr
              key={entry.paragraph.index}
              data-testid="preview-row"
              data-index={entry.paragraph.index}
              data-key={key ?? ''}
              className={key && review.duplicateKeys.has(key) ? 'preview-duplicate' : undefined}
            >
              <Table.Td className="preview-number">{displayNumber(entry.paragraph.number)}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={4}>
                  {entry.paragraph.text}
                </Text>
              </Table.Td>
              {hasPrevious && (
                <>
                  <Table.Td>
                    {matched ? (
                      <Text size="sm" lineClamp={3} c="dimmed">
                        <Text span fw={600} c="dark">
                          {displayNumber(matched.number)}
                        </Text>{' '}
                        {matched.text}
                      </Text>
                    ) : (
                      <Badge color="blue" variant="light">
                        {t('imports.new')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <SimilarityBadge corrected={corrected} similarity={key ? entry.paragraph.similarity : null} />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => setPicking(entry.paragraph)}
                      aria-label={t('imports.correctLabel', { number: entry.paragraph.number })}
                      data-testid="preview-correct"
                    >
                      {t('imports.correct')}
                    </Button>
                  </Table.Td>
                </>
              )}
            </Table.Tr>,
          ];
        })}
      </DataTable>
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

const SimilarityBadge = ({ corrected, similarity }: { corrected: boolean; similarity: number | null }) => {
  const { t } = useTranslation();
  if (corrected)
    return (
      <Badge color="grape" variant="light">
        {t('imports.byHand')}
      </Badge>
    );
  if (similarity === null) return <Text size="sm">—</Text>;
  const color = similarity >= 0.9 ? 'teal' : similarity >= LOW_SIMILARITY ? 'yellow' : 'orange';
  return (
    <Badge color={color} variant="light" miw="max-content">
      {Math.round(similarity * 100)} %
    </Badge>
  );
};
