import type { PreviewParagraph } from '@concordia/contracts';
import { Badge, Box, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../common/data-table';
import { displayNumber } from '../drafts/document-rows';
import { LOW_SIMILARITY, type PreviousParagraph } from './key-matching';

/** One imported paragraph of the page shown, with what the review made of it. */
export interface PreviewRow {
  heading: string;
  sectionIndex: number;
  /** The first row of its section on this page: its heading goes above it. */
  startsSection: boolean;
  paragraph: PreviewParagraph;
  /** The key it takes with the corrections. */
  key: string | null;
  matched: PreviousParagraph | undefined;
  corrected: boolean;
  duplicate: boolean;
}

interface RowsProps {
  rows: PreviewRow[];
  /** Whether there is a previous version to be matched with (else only number and text). */
  hasPrevious: boolean;
  onCorrect: (paragraph: PreviewParagraph) => void;
}

const rowAttributes = (row: PreviewRow) => ({
  'data-testid': 'preview-row',
  'data-index': row.paragraph.index,
  'data-key': row.key ?? '',
});

/** The wide layout: a column each for the number, the text, the match, its similarity, the action. */
export const PreviewTable = ({ rows, hasPrevious, onCorrect }: RowsProps) => {
  const { t } = useTranslation();
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
    <DataTable minWidth={hasPrevious ? 900 : 560} testId="preview-table" striped={false} columns={columns}>
      {rows.map((row, position) => [
        row.startsSection && row.heading ? (
          <Table.Tr key={`h${row.sectionIndex}-${position}`} className="preview-heading">
            <Table.Td colSpan={columns.length}>
              <SectionHeading heading={row.heading} />
            </Table.Td>
          </Table.Tr>
        ) : null,
        <Table.Tr
          key={row.paragraph.index}
          {...rowAttributes(row)}
          className={row.duplicate ? 'preview-duplicate' : undefined}
        >
          <Table.Td className="preview-number">{displayNumber(row.paragraph.number)}</Table.Td>
          <Table.Td>
            <Text size="sm" lineClamp={4}>
              {row.paragraph.text}
            </Text>
          </Table.Td>
          {hasPrevious && (
            <>
              <Table.Td>
                <MatchedText matched={row.matched} />
              </Table.Td>
              <Table.Td>
                <SimilarityBadge row={row} />
              </Table.Td>
              <Table.Td>
                <CorrectButton paragraph={row.paragraph} onCorrect={onCorrect} />
              </Table.Td>
            </>
          )}
        </Table.Tr>,
      ])}
    </DataTable>
  );
};

/**
 * The narrow layout (phones, tablets upright): a card per paragraph, its number, similarity and
 * Correct button on one line above the text and its match, so nothing needs a sideways scroll.
 */
export const PreviewCards = ({ rows, hasPrevious, onCorrect }: RowsProps) => {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="preview-cards">
      {rows.map((row, position) => (
        <Box key={row.paragraph.index}>
          {row.startsSection && row.heading && (
            <Box className="preview-heading" px="sm" py={6} mt={position === 0 ? 0 : 'sm'} mb="xs">
              <SectionHeading heading={row.heading} />
            </Box>
          )}
          <Paper
            withBorder
            p="sm"
            {...rowAttributes(row)}
            className={row.duplicate ? 'preview-card preview-duplicate' : 'preview-card'}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs" mb={6}>
              <Group gap="xs" wrap="nowrap">
                <Text className="preview-number">{displayNumber(row.paragraph.number)}</Text>
                {hasPrevious && <SimilarityBadge row={row} />}
              </Group>
              {hasPrevious && <CorrectButton paragraph={row.paragraph} onCorrect={onCorrect} />}
            </Group>
            <Text size="sm" lineClamp={6}>
              {row.paragraph.text}
            </Text>
            {hasPrevious && (
              <Box mt="xs" className="preview-card-match">
                <Text size="xs" c="dimmed" tt="uppercase" mb={2}>
                  {t('imports.columns.match')}
                </Text>
                <MatchedText matched={row.matched} />
              </Box>
            )}
          </Paper>
        </Box>
      ))}
    </Stack>
  );
};

const SectionHeading = ({ heading }: { heading: string }) => (
  <Text fw={700} size="sm" tt="uppercase">
    {heading}
  </Text>
);

const MatchedText = ({ matched }: { matched: PreviousParagraph | undefined }) => {
  const { t } = useTranslation();
  if (!matched)
    return (
      <Badge color="blue" variant="light">
        {t('imports.new')}
      </Badge>
    );
  return (
    <Text size="sm" lineClamp={3} c="dimmed">
      <Text span fw={600} c="dark">
        {displayNumber(matched.number)}
      </Text>{' '}
      {matched.text}
    </Text>
  );
};

const CorrectButton = ({
  paragraph,
  onCorrect,
}: {
  paragraph: PreviewParagraph;
  onCorrect: (paragraph: PreviewParagraph) => void;
}) => {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-xs"
      variant="default"
      onClick={() => onCorrect(paragraph)}
      aria-label={t('imports.correctLabel', { number: paragraph.number })}
      data-testid="preview-correct"
    >
      {t('imports.correct')}
    </Button>
  );
};

const SimilarityBadge = ({ row }: { row: PreviewRow }) => {
  const { t } = useTranslation();
  if (row.corrected)
    return (
      <Badge color="grape" variant="light" data-testid="preview-by-hand">
        {t('imports.byHand')}
      </Badge>
    );
  const similarity = row.key ? row.paragraph.similarity : null;
  if (similarity === null) return <Text size="sm">—</Text>;
  const color = similarity >= 0.9 ? 'teal' : similarity >= LOW_SIMILARITY ? 'yellow' : 'orange';
  return (
    <Badge color={color} variant="light" miw="max-content">
      {Math.round(similarity * 100)} %
    </Badge>
  );
};
