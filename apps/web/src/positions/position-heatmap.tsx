import type { MatrixDelegation, MatrixParagraph, PositionMatrix, PositionValue } from '@concordia/contracts';
import { Group, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { VirtualRows } from '../common/virtual-rows';
import { POSITION_FILLS } from './position-colors';

/**
 * Delegations × paragraphs as coloured squares. A live change replaces one row's array only, so
 * memoised rows let React redraw that row alone, even at 193 × 300.
 */
export const PositionHeatmap = ({ matrix }: { matrix: PositionMatrix }) => {
  const { t } = useTranslation();
  const byId = new Map(matrix.delegations.map((d) => [d.id, d] as const));
  return (
    <div className="pm-scroll" data-testid="position-heatmap">
      <div style={{ width: 'max-content' }}>
        <div className="pm-row" aria-hidden="true">
          <span className="pm-label">{t('positions.matrix.delegation')}</span>
          {matrix.paragraphs.map((p, j) => (
            <span key={p.key} className="pm-head">
              {j % 5 === 0 ? p.number : ''}
            </span>
          ))}
        </div>
        <div className="pm-row" data-testid="consensus-strip">
          <span className="pm-label">{t('positions.matrix.consensus')}</span>
          {matrix.summary.map((s, j) => (
            <span
              key={s.paragraphKey}
              className="pm-cell"
              data-consensus={s.consensus}
              title={`${t('positions.matrix.paragraph', { number: matrix.paragraphs[j]?.number ?? '' })}: ${t(
                s.consensus ? 'positions.matrix.consensus' : 'positions.matrix.noConsensus',
              )}`}
              style={{ background: s.consensus ? 'var(--mantine-color-teal-8)' : 'var(--mantine-color-gray-2)' }}
            />
          ))}
        </div>
        <VirtualRows
          count={matrix.rows.length}
          rowKey={(i) => matrix.rows[i]?.delegationId ?? String(i)}
          estimateSize={() => 14}
          renderRow={(i) => {
            const row = matrix.rows[i];
            const delegation = row ? byId.get(row.delegationId) : undefined;
            return row && delegation ? (
              <HeatmapRow delegation={delegation} values={row.values} paragraphs={matrix.paragraphs} />
            ) : null;
          }}
        />
      </div>
    </div>
  );
};

interface RowProps {
  delegation: MatrixDelegation;
  values: readonly (PositionValue | null)[];
  paragraphs: readonly MatrixParagraph[];
}

const HeatmapRow = memo(({ delegation, values, paragraphs }: RowProps) => {
  const { t } = useTranslation();
  return (
    <div className="pm-row" data-testid="heatmap-row" data-delegation={delegation.code}>
      <span className="pm-label" title={delegation.name}>
        {delegation.code}
      </span>
      {paragraphs.map((p, j) => {
        const value = values[j] ?? null;
        return (
          <span
            key={p.key}
            className="pm-cell"
            data-col={j}
            data-value={value ?? 'none'}
            title={t('positions.matrix.cell', {
              delegation: delegation.name,
              number: p.number,
              value: t(`positions.value.${value ?? 'none'}`),
            })}
            style={{ background: POSITION_FILLS[value ?? 'none'] }}
          />
        );
      })}
    </div>
  );
});
HeatmapRow.displayName = 'HeatmapRow';

export const PositionLegend = () => {
  const { t } = useTranslation();
  const values = ['support', 'support_with_amendments', 'reservation', 'objection', 'no_position', 'none'] as const;
  return (
    <Group gap="md" aria-label={t('positions.matrix.legend')}>
      {values.map((v) => (
        <Group key={v} gap={4}>
          <span className="pm-cell" style={{ background: POSITION_FILLS[v], display: 'inline-block' }} />
          <Text size="xs">{t(`positions.value.${v}`)}</Text>
        </Group>
      ))}
    </Group>
  );
};
