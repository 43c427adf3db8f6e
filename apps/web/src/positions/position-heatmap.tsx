import type { MatrixDelegation, MatrixParagraph, PositionMatrix, PositionValue } from '@concordia/contracts';
import { Group, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { VirtualRows } from '../common/virtual-rows';
import { POSITION_FILLS } from './position-colors';

/** The delegation column, and each cell's margins (positions.css). */
const LABEL_PX = 72;
const CELL_MARGINS_PX = 2;
/** Narrowest cell: a row of 300 paragraphs stays a strip to scroll. */
const MIN_CELL_PX = 12;
/** Widest cell: wider than this, a row no longer reads as one line of colours. */
const MAX_CELL_PX = 36;
/** From this width on, every column is numbered (three digits fit); below it, every fifth. */
const NUMBER_EVERY_COLUMN_PX = 22;

/**
 * A cell's width in a frame `frame` pixels wide: the columns share the frame, so a text of 34
 * paragraphs fills the page instead of a third of it, and one of 300 scrolls sideways at the
 * narrowest. Rows keep their height: 193 delegations stay as tall as before.
 */
export const heatmapCellWidth = (frame: number, columns: number): number => {
  if (columns === 0 || frame <= 0) return MIN_CELL_PX;
  const fit = Math.floor((frame - LABEL_PX - 2) / columns) - CELL_MARGINS_PX;
  return Math.min(MAX_CELL_PX, Math.max(MIN_CELL_PX, fit));
};

/**
 * Delegations × paragraphs as coloured cells. A live change replaces one row's array only, so
 * memoised rows let React redraw that row alone, even at 193 × 300.
 */
export const PositionHeatmap = ({ matrix }: { matrix: PositionMatrix }) => {
  const { t } = useTranslation();
  const { ref, width } = useElementSize();
  const byId = new Map(matrix.delegations.map((d) => [d.id, d] as const));
  const cellWidth = heatmapCellWidth(width, matrix.paragraphs.length);
  const everyColumn = cellWidth >= NUMBER_EVERY_COLUMN_PX;
  return (
    <div
      ref={ref}
      className="pm-scroll"
      data-testid="position-heatmap"
      style={{ '--pm-cell-width': `${cellWidth}px` } as CSSProperties}
    >
      <div style={{ width: 'max-content' }}>
        <div className="pm-row pm-heads" aria-hidden="true">
          <span className="pm-label">{t('positions.matrix.delegation')}</span>
          {matrix.paragraphs.map((p, j) => (
            <span key={p.key} className="pm-head">
              {everyColumn || j % 5 === 0 ? p.number : ''}
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
