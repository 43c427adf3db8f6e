import { POSITION_VALUES } from '@concordia/contracts';
import { Group, Text, type GroupProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { POSITION_FILLS } from './position-colors';

/**
 * What each colour means, in the heatmap's order, with the heatmap's own swatches: the matrix and
 * the chart across rounds share it, so "Nothing recorded" has its edge in both (recharts draws its
 * legend swatches in the bar's fill alone, near-white on white).
 */
export const PositionLegend = ({ testId, justify }: { testId?: string; justify?: GroupProps['justify'] }) => {
  const { t } = useTranslation();
  return (
    <Group gap="md" justify={justify} role="group" aria-label={t('positions.matrix.legend')} data-testid={testId}>
      {[...POSITION_VALUES, 'none' as const].map((v) => (
        <Group key={v} gap={4} data-value={v}>
          <span className="pm-cell" data-value={v} style={{ background: POSITION_FILLS[v], display: 'inline-block' }} />
          <Text size="xs">{t(`positions.value.${v}`)}</Text>
        </Group>
      ))}
    </Group>
  );
};
