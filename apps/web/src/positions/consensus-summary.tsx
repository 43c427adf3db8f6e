import type { PositionMatrix } from '@concordia/contracts';
import { Badge, Group, Text, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VirtualRows } from '../common/virtual-rows';
import { displayNumber } from '../drafts/document-rows';
import { countsLine } from './consensus-counts';

/** Per paragraph: consensus or not, and the counts behind it. */
export const ConsensusSummary = ({ matrix }: { matrix: PositionMatrix }) => {
  const { t } = useTranslation();
  return (
    <VirtualRows
      count={matrix.summary.length}
      testId="consensus-summary"
      rowKey={(j) => matrix.summary[j]?.paragraphKey ?? String(j)}
      estimateSize={() => 32}
      renderRow={(j) => {
        const s = matrix.summary[j];
        const paragraph = matrix.paragraphs[j];
        if (!s || !paragraph) return null;
        return (
          <Group
            gap="sm"
            py={4}
            wrap="nowrap"
            className="summary-row"
            data-testid="summary-row"
            data-key={s.paragraphKey}
            data-consensus={s.consensus}
          >
            {/* Widths at least, not fixed: "Paragraphe 12." and "Pas de consensus" must not wrap or be cut. */}
            <Text size="sm" fw={600} miw={125} style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
              {t('positions.matrix.paragraph', { number: displayNumber(paragraph.number) })}
            </Text>
            <ConsensusBadge consensus={s.consensus} miw={150} style={{ flexShrink: 0, overflow: 'visible' }} />
            <Text size="xs" c="dimmed">
              {countsLine(t, s.counts)}
            </Text>
          </Group>
        );
      }}
    />
  );
};

/** A paragraph's consensus, or its absence, as a badge. */
export const ConsensusBadge = ({ consensus, ...props }: { consensus: boolean } & BadgeProps) => {
  const { t } = useTranslation();
  return (
    <Badge color={consensus ? 'teal' : 'gray'} variant={consensus ? 'filled' : 'outline'} {...props}>
      {t(consensus ? 'positions.matrix.consensus' : 'positions.matrix.noConsensus')}
    </Badge>
  );
};
