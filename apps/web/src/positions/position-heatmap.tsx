import type { MatrixDelegation, MatrixParagraph, PositionMatrix, PositionValue } from '@concordia/contracts';
import { useElementSize } from '@mantine/hooks';
import { memo, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { VirtualRows, type RowsHandle } from '../common/virtual-rows';
import { consensusVerdict } from './consensus-counts';
import { moveInGrid, type GridCell } from './grid-keys';
import { HeatmapCellPanel, type HeatmapCellTarget } from './heatmap-cell-panel';
import { heatmapCellHeight, heatmapCellWidth } from './heatmap-cell-size';
import { POSITION_FILLS } from './position-colors';

/** From this width on, every column is numbered (three digits fit); below it, every fifth. */
const NUMBER_EVERY_COLUMN_PX = 22;

/** The cell a click, a key or the focus is on: its row and column, from its data attributes. */
const cellOf = (target: EventTarget): GridCell | null => {
  if (!(target instanceof Element)) return null;
  const cell = target.closest<HTMLElement>('.pm-cell[data-col]');
  const row = cell?.closest<HTMLElement>('[data-row]');
  if (!cell || !row) return null;
  return { row: Number(row.dataset.row), col: Number(cell.dataset.col) };
};

/**
 * Delegations × paragraphs as coloured cells. A live change replaces one row's array only, so
 * memoised rows let React redraw that row alone, even at 193 × 300. It is an ARIA grid with one tab
 * stop: the arrows, Home/End and Page Up/Down move the focus, a click, Enter or Space opens the
 * cell's panel. One handler on the grid serves every cell, so rows keep their memoised props: a
 * move redraws the row it leaves and the row it enters.
 */
export const PositionHeatmap = ({ matrix, processId }: { matrix: PositionMatrix; processId: string }) => {
  const { t } = useTranslation();
  const { ref, width } = useElementSize();
  const rowsHandle = useRef<RowsHandle>(null);
  const [active, setActive] = useState<GridCell>({ row: 0, col: 0 });
  // By delegation and paragraph, not by place: the cell stays the same if the rows reload meanwhile.
  const [panel, setPanel] = useState<{ cell: HeatmapCellTarget; opened: boolean } | null>(null);
  const byId = new Map(matrix.delegations.map((d) => [d.id, d] as const));
  const cellWidth = heatmapCellWidth(width, matrix.paragraphs.length);
  const cellHeight = heatmapCellHeight(matrix.rows.length, cellWidth);
  const everyColumn = cellWidth >= NUMBER_EVERY_COLUMN_PX;
  const rowCount = matrix.rows.length;
  const colCount = matrix.paragraphs.length;
  // The filters may leave fewer rows than the focus was on: it stays in the grid.
  const focused = { row: Math.min(active.row, rowCount - 1), col: Math.min(active.col, colCount - 1) };

  const target = (cell: GridCell): HeatmapCellTarget | null => {
    const row = matrix.rows[cell.row];
    const delegation = row ? byId.get(row.delegationId) : undefined;
    const paragraph = matrix.paragraphs[cell.col];
    return delegation && paragraph ? { delegation, paragraph } : null;
  };

  const open = (cell: GridCell) => {
    const found = target(cell);
    if (found) setPanel({ cell: found, opened: true });
  };

  // Set by a key that moves the focus: the row that then holds the tab stop focuses its cell
  // (rendering first if it was virtualised away), without searching 58,000 cells for it.
  const moving = useRef(false);
  const focusCell = (cell: GridCell) => {
    moving.current = true;
    setActive(cell);
  };
  // After the rows' effects: a row in the page has taken the focus already; one virtualised away
  // (over 200 delegations) is brought in, and takes it when it mounts.
  useEffect(() => {
    if (moving.current) rowsHandle.current?.scrollToIndex(active.row, { instant: true });
  }, [active]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = cellOf(event.target);
    if (!from) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(from);
      return;
    }
    const to = moveInGrid(event.key, event.ctrlKey || event.metaKey, from, rowCount, colCount);
    if (!to) return;
    event.preventDefault();
    if (to.row !== from.row || to.col !== from.col) focusCell(to);
  };

  return (
    <>
      <div
        ref={ref}
        className="pm-scroll"
        data-testid="position-heatmap"
        style={{ '--pm-cell-width': `${cellWidth}px`, '--pm-cell-height': `${cellHeight}px` } as CSSProperties}
      >
        <div style={{ width: 'max-content' }}>
          <HeatmapHeads paragraphs={matrix.paragraphs} everyColumn={everyColumn} />
          <ConsensusStrip matrix={matrix} />
          <div
            role="grid"
            aria-label={t('positions.matrix.open')}
            aria-rowcount={rowCount}
            aria-colcount={colCount + 1}
            data-testid="heatmap-grid"
            onClick={(event) => {
              const cell = cellOf(event.target);
              if (cell) open(cell);
            }}
            onFocus={(event) => {
              const cell = cellOf(event.target);
              if (cell && (cell.row !== active.row || cell.col !== active.col)) setActive(cell);
            }}
            onKeyDown={onKeyDown}
          >
            <VirtualRows
              count={rowCount}
              rowKey={(i) => matrix.rows[i]?.delegationId ?? String(i)}
              estimateSize={() => cellHeight + 2}
              handle={rowsHandle}
              renderRow={(i) => {
                const row = matrix.rows[i];
                const delegation = row ? byId.get(row.delegationId) : undefined;
                return row && delegation ? (
                  <HeatmapRow
                    index={i}
                    delegation={delegation}
                    values={row.values}
                    paragraphs={matrix.paragraphs}
                    tabColumn={i === focused.row ? focused.col : null}
                    moving={moving}
                  />
                ) : null;
              }}
            />
          </div>
        </div>
      </div>
      <HeatmapCellPanel
        processId={processId}
        roundId={matrix.roundId}
        cell={panel?.cell ?? null}
        opened={panel?.opened ?? false}
        onClose={() => setPanel((current) => current && { ...current, opened: false })}
      />
    </>
  );
};

/** The paragraph numbers over the columns: redrawn when the columns change, not on a key move. */
const HeatmapHeads = memo(
  ({ paragraphs, everyColumn }: { paragraphs: readonly MatrixParagraph[]; everyColumn: boolean }) => {
    const { t } = useTranslation();
    return (
      <div className="pm-row pm-heads" aria-hidden="true">
        <span className="pm-label">{t('positions.matrix.delegation')}</span>
        {paragraphs.map((p, j) => (
          <span key={p.key} className="pm-head">
            {everyColumn || j % 5 === 0 ? p.number : ''}
          </span>
        ))}
      </div>
    );
  },
);
HeatmapHeads.displayName = 'HeatmapHeads';

/** A paragraph without any position is drawn as the matrix draws a cell with nothing recorded. */
const STRIP_FILLS = {
  consensus: 'var(--mantine-color-teal-8)',
  noConsensus: 'var(--mantine-color-gray-2)',
  noPositions: POSITION_FILLS.none,
} as const;

/** Whether each paragraph has consensus: redrawn when a position changes, not on a key move. */
const ConsensusStrip = memo(({ matrix }: { matrix: Pick<PositionMatrix, 'summary' | 'paragraphs'> }) => {
  const { t } = useTranslation();
  return (
    <div className="pm-row" data-testid="consensus-strip">
      <span className="pm-label">{t('positions.matrix.consensus')}</span>
      {matrix.summary.map((s, j) => (
        <span
          key={s.paragraphKey}
          className="pm-cell"
          data-consensus={s.consensus}
          title={`${t('positions.matrix.paragraph', { number: matrix.paragraphs[j]?.number ?? '' })}: ${t(
            `positions.matrix.${consensusVerdict(s)}`,
          )}`}
          data-verdict={consensusVerdict(s)}
          style={{ background: STRIP_FILLS[consensusVerdict(s)] }}
        />
      ))}
    </div>
  );
});
ConsensusStrip.displayName = 'ConsensusStrip';

interface RowProps {
  index: number;
  delegation: MatrixDelegation;
  values: readonly (PositionValue | null)[];
  paragraphs: readonly MatrixParagraph[];
  /** The column of the grid's one tab stop, when it is in this row. */
  tabColumn: number | null;
  /** True while a key moves the focus to the tab stop (the same object every render). */
  moving: RefObject<boolean>;
}

const HeatmapRow = memo(({ index, delegation, values, paragraphs, tabColumn, moving }: RowProps) => {
  const { t } = useTranslation();
  const row = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (tabColumn === null || !moving.current) return;
    moving.current = false;
    // The row's first child is its label.
    const cell = row.current?.children[tabColumn + 1];
    if (cell instanceof HTMLElement) cell.focus();
  }, [tabColumn, moving]);
  return (
    <div
      ref={row}
      className="pm-row"
      role="row"
      aria-rowindex={index + 1}
      data-testid="heatmap-row"
      data-delegation={delegation.code}
      data-row={index}
    >
      <span className="pm-label" role="rowheader" title={delegation.name}>
        {delegation.code}
      </span>
      {paragraphs.map((p, j) => {
        const value = values[j] ?? null;
        return (
          <span
            key={p.key}
            className="pm-cell"
            role="gridcell"
            tabIndex={tabColumn === j ? 0 : -1}
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
