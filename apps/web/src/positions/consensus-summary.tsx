import type { PositionCounts, PositionMatrix } from '@concordia/contracts';
import { Badge, Group, Text, type BadgeProps } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { VirtualRows } from '../common/virtual-rows';
import { displayNumber } from '../drafts/document-rows';
import { consensusVerdict, countParts, type ConsensusVerdict } from './consensus-counts';

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
            // Where the counts do not fit beside the verdict (a phone, a half-width card) they go
            // under it whole, rather than squeezed into a column of one or two words a line.
            wrap="wrap"
            style={{ rowGap: 0 }}
            className="summary-row"
            data-testid="summary-row"
            data-key={s.paragraphKey}
            data-consensus={s.consensus}
            data-verdict={consensusVerdict(s)}
          >
            {/* Widths at least, not fixed: "Paragraphe 12." and "Pas de consensus" must not wrap or be cut. */}
            <Text size="sm" fw={600} miw={125} style={{ flexShrink: 0, whiteSpace: 'nowrap' }} data-part="label">
              {t('positions.matrix.paragraph', { number: displayNumber(paragraph.number) })}
            </Text>
            <ConsensusBadge summary={s} miw={150} style={{ flexShrink: 0, overflow: 'visible' }} data-part="verdict" />
            <Text size="xs" c="dimmed" data-part="counts">
              {/* A line that wraps breaks after a dot, never inside a count ("0 / objection") or before a dot. */}
              {countParts(t, s.counts).map((part, index) => (
                <Fragment key={index}>
                  {index > 0 && '\u00a0· '}
                  <span style={{ whiteSpace: 'nowrap' }}>{part}</span>
                </Fragment>
              ))}
            </Text>
          </Group>
        );
      }}
    />
  );
};

const BADGE_LOOK: Readonly<Record<ConsensusVerdict, Pick<BadgeProps, 'color' | 'variant'>>> = {
  consensus: { color: 'teal', variant: 'filled' },
  noConsensus: { color: 'gray', variant: 'outline' },
  noPositions: { color: 'gray', variant: 'transparent' },
};

/** A paragraph's consensus, its absence, or that nobody has recorded a position on it yet, as a badge. */
export const ConsensusBadge = ({
  summary,
  ...props
}: { summary: { consensus: boolean; counts: PositionCounts } } & BadgeProps) => {
  const { t } = useTranslation();
  const verdict = consensusVerdict(summary);
  return (
    <Badge {...BADGE_LOOK[verdict]} data-verdict={verdict} {...props}>
      {t(`positions.matrix.${verdict}`)}
    </Badge>
  );
};
