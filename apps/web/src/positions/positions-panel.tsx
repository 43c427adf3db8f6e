import type { Annotation, Paragraph, Position, Round } from '@concordia/contracts';
import { Badge, Button, Card, Collapse, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { ErrorAlert } from '../common/error-alert';
import { useFormatters } from '../common/format';
import { SectionLoader } from '../common/loading';
import { useApiQuery } from '../common/use-api-query';
import { PositionChangedMark } from '../annotations/new-marks';
import { displayNumber } from '../drafts/document-rows';
import { LinkedAmendmentList } from './linked-amendment-list';
import { POSITION_COLORS } from './position-colors';
import { PositionHistoryList } from './position-history-list';
import { applyToList } from './position-merge';
import { RecordPositionForm, type HeadOf } from './record-position-form';
import { useLivePositions } from './use-live-positions';

interface PositionsPanelProps {
  round: Round;
  paragraph: Paragraph;
  /** Open amendments on this paragraph that the reader can see: the ones a head may link. */
  amendments: readonly Annotation[];
  headOf: HeadOf | null;
}

/** The delegations' current positions on one paragraph, live; heads of delegation record theirs here. */
export const PositionsPanel = ({ round, paragraph, amendments, headOf }: PositionsPanelProps) => {
  const { t } = useTranslation();
  const [items, setItems] = useState<Position[] | null>(null);
  const [error, setError] = useState<unknown>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    setItems(null);
    setError(undefined);
    api.positions.list(round.id, paragraph.key, controller.signal).then(
      (list) => setItems((current) => (current ?? []).reduce(applyToList, list.items)),
      (caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      },
    );
    return () => controller.abort();
  }, [round.id, paragraph.key]);

  const apply = useCallback(
    (position: Position) => {
      if (position.paragraphKey !== paragraph.key) return;
      // Before the list arrives, events are kept and merged into it when it does.
      setItems((current) => applyToList(current ?? [], position));
    },
    [paragraph.key],
  );
  useLivePositions(round.id, apply);

  const own = headOf ? items?.find((p) => p.delegationId === headOf.delegationId) : undefined;
  return (
    <Stack gap="sm" data-testid="positions-panel" data-key={paragraph.key}>
      <Title order={4} size="h5">
        {t('positions.panelTitle', { number: displayNumber(paragraph.number) })}
      </Title>
      <ErrorAlert error={error} />
      {/* Once the list is in, so the form starts from the delegation's current position. */}
      {headOf && items !== null && (
        <RecordPositionForm
          key={`${paragraph.key}:${own?.seq ?? 0}`}
          round={round}
          paragraphKey={paragraph.key}
          headOf={headOf}
          current={own ?? null}
          amendments={amendments}
          onRecorded={apply}
        />
      )}
      {items === null && error === undefined && <SectionLoader />}
      {items?.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="positions-empty">
          {t('positions.empty')}
        </Text>
      )}
      {items?.map((position) => (
        <PositionCard
          key={position.delegationId}
          position={position}
          number={paragraph.number}
          amendments={amendments}
        />
      ))}
    </Stack>
  );
};

interface PositionCardProps {
  position: Position;
  number: string;
  amendments: readonly Annotation[];
  /** Off where the earlier positions are listed beside the card already (the matrix's cell panel). */
  historyToggle?: boolean;
}

/** A delegation's current position on a paragraph: its stance, statement, amendments, who and when. */
export const PositionCard = ({ position, number, amendments, historyToggle = true }: PositionCardProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const [showHistory, setShowHistory] = useState(false);
  return (
    <Card
      withBorder
      padding="sm"
      data-testid="position-card"
      data-delegation={position.delegationCode}
      data-value={position.value}
    >
      <Group justify="space-between" wrap="nowrap">
        <Text fw={600} size="sm">
          {position.delegationName}
        </Text>
        <Group gap={4} wrap="nowrap">
          <PositionChangedMark paragraphKey={position.paragraphKey} delegationId={position.delegationId} />
          <Badge color={POSITION_COLORS[position.value]} variant="light">
            {t(`positions.value.${position.value}`)}
          </Badge>
        </Group>
      </Group>
      {position.statement && (
        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
          {position.statement}
        </Text>
      )}
      {position.amendmentIds.length > 0 && <LinkedAmendmentList ids={position.amendmentIds} amendments={amendments} />}
      <Group justify="space-between" mt={4}>
        <Text size="xs" c="dimmed">
          {t('positions.recordedBy', { author: position.authorName, at: format.dateTime(position.recordedAt) })}
        </Text>
        {historyToggle && position.seq > 1 && (
          <Button size="compact-xs" variant="subtle" onClick={() => setShowHistory((v) => !v)}>
            {t('positions.history.show')}
          </Button>
        )}
      </Group>
      <Collapse expanded={showHistory}>
        {showHistory && <PositionHistory position={position} number={number} />}
      </Collapse>
    </Card>
  );
};

const PositionHistory = ({ position, number }: { position: Position; number: string }) => {
  const { t } = useTranslation();
  const history = useApiQuery(
    `position-history:${position.roundId}:${position.paragraphKey}:${position.delegationId}:${position.seq}`,
    (signal) => api.positions.history(position.roundId, position.paragraphKey, position.delegationId, signal),
  );
  if (history.error !== undefined) return <ErrorAlert error={history.error} />;
  if (!history.data) return <SectionLoader />;
  return (
    <PositionHistoryList
      entries={history.data.items}
      label={t('positions.history.title', { delegation: position.delegationName, number })}
    />
  );
};
