import { roundTextPath, type MatrixDelegation, type MatrixParagraph, type Position } from '@concordia/contracts';
import { Anchor, Drawer, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/endpoints';
import { ErrorAlert } from '../common/error-alert';
import { SectionLoader } from '../common/loading';
import { useNarrowScreen } from '../common/narrow-screen';
import { useApiQuery } from '../common/use-api-query';
import { displayNumber } from '../drafts/document-rows';
import { PositionHistoryList } from './position-history-list';
import { PositionCard } from './positions-panel';
import { useLivePositions } from './use-live-positions';

/** The cell of the matrix a panel is about: one delegation on one paragraph. */
export interface HeatmapCellTarget {
  delegation: MatrixDelegation;
  paragraph: MatrixParagraph;
}

interface HeatmapCellPanelProps {
  processId: string;
  roundId: string;
  /** The cell shown; kept while the drawer closes so its title does not vanish mid-slide. */
  cell: HeatmapCellTarget | null;
  opened: boolean;
  onClose: () => void;
}

/**
 * Why a cell has its colour, without leaving the matrix: the delegation's current position on the
 * paragraph (statement, amendments, who recorded it and when) and how it moved in this round. A
 * drawer on the right like the app's other side panels, the whole width on a small screen; closing
 * it gives the focus back to the cell.
 */
export const HeatmapCellPanel = ({ processId, roundId, cell, opened, onClose }: HeatmapCellPanelProps) => {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={narrow ? '100%' : 'md'}
      title={
        cell
          ? t('positions.cell.title', {
              delegation: cell.delegation.name,
              number: displayNumber(cell.paragraph.number),
            })
          : ''
      }
      data-testid="heatmap-cell-panel"
    >
      {cell && (
        <CellPositions
          key={`${cell.delegation.id}:${cell.paragraph.key}`}
          processId={processId}
          roundId={roundId}
          cell={cell}
        />
      )}
    </Drawer>
  );
};

const CellPositions = ({
  processId,
  roundId,
  cell: { delegation, paragraph },
}: {
  processId: string;
  roundId: string;
  cell: HeatmapCellTarget;
}) => {
  const { t } = useTranslation();
  const number = displayNumber(paragraph.number);
  // A position recorded on this cell while the panel is open reloads its history.
  const [recorded, setRecorded] = useState(0);
  const onPosition = useCallback(
    (position: Position) => {
      if (position.paragraphKey === paragraph.key && position.delegationId === delegation.id) {
        setRecorded((n) => n + 1);
      }
    },
    [paragraph.key, delegation.id],
  );
  useLivePositions(roundId, onPosition);
  const history = useApiQuery(`cell-history:${roundId}:${paragraph.key}:${delegation.id}:${recorded}`, (signal) =>
    api.positions.history(roundId, paragraph.key, delegation.id, signal),
  );
  const entries = history.data?.items ?? [];
  const current = entries.at(-1);
  const earlier = entries.slice(0, -1);
  // The paragraph's amendments name the ones a position supports; fetched only when it supports some.
  const annotations = useApiQuery(
    current?.amendmentIds.length ? `cell-amendments:${roundId}:${paragraph.key}` : null,
    (signal) => api.annotations.paragraphAmendments(roundId, paragraph.key, signal),
  );
  const amendments = (annotations.data?.items ?? []).filter(
    (a) =>
      a.kind === 'amendment' && a.parentId === null && a.status === 'open' && a.anchor.paragraphKey === paragraph.key,
  );

  return (
    <Stack gap="sm" data-testid="cell-positions" data-delegation={delegation.code} data-key={paragraph.key}>
      <ErrorAlert error={history.error} />
      {history.data === undefined && history.error === undefined && <SectionLoader />}
      {history.data && !current && (
        <Text size="sm" c="dimmed" data-testid="cell-empty">
          {t('positions.cell.none', { delegation: delegation.name })}
        </Text>
      )}
      {current && (
        <>
          <ErrorAlert error={annotations.error} />
          <PositionCard position={current} number={number} amendments={amendments} historyToggle={false} />
        </>
      )}
      {earlier.length > 0 && (
        <div data-testid="cell-earlier">
          <Title order={3} size="h6">
            {t('positions.cell.earlier')}
          </Title>
          <PositionHistoryList
            entries={earlier}
            label={t('positions.history.title', { delegation: delegation.name, number })}
            withStatements
          />
        </div>
      )}
      <Anchor
        component={Link}
        to={roundTextPath({ processId, roundId }, paragraph.key)}
        size="sm"
        data-testid="cell-read-paragraph"
      >
        {t('positions.cell.read', { number })}
      </Anchor>
    </Stack>
  );
};
