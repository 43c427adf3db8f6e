import type { Position } from '@concordia/contracts';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../common/format';
import { POSITION_COLORS } from './position-colors';

interface PositionHistoryListProps {
  entries: readonly Position[];
  label: string;
  /** Each entry's statement under it: the matrix's cell panel says why a position was held. */
  withStatements?: boolean;
}

/** Positions of one delegation on one paragraph, in the order they were recorded. */
export const PositionHistoryList = ({ entries, label, withStatements = false }: PositionHistoryListProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap={4} mt="xs" aria-label={label}>
      {entries.map((entry) => (
        <div key={entry.id} data-testid="position-history-entry" data-value={entry.value}>
          <Group gap="xs" wrap="nowrap">
            <Badge size="xs" color={POSITION_COLORS[entry.value]} variant="light">
              {t(`positions.value.${entry.value}`)}
            </Badge>
            <Text size="xs" c="dimmed">
              {t('positions.recordedBy', { author: entry.authorName, at: format.dateTime(entry.recordedAt) })}
            </Text>
          </Group>
          {withStatements && entry.statement && (
            <Text size="xs" mt={2} style={{ whiteSpace: 'pre-wrap' }}>
              {entry.statement}
            </Text>
          )}
        </div>
      ))}
    </Stack>
  );
};
