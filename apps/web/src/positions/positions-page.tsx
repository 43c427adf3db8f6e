import { delegationKindSchema } from '@concordia/contracts';
import { Anchor, Badge, Card, Group, MultiSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PositionFilters } from '../api/endpoints';
import { useDelegationList, useDraftList, useRound } from '../api/list-queries';
import { useMe } from '../auth/auth-context';
import { exportsPositions, managesProcess } from '../auth/permissions';
import { ErrorAlert } from '../common/error-alert';
import { useNarrowScreen } from '../common/narrow-screen';
import { SectionLoader } from '../common/loading';
import { PageHeader } from '../common/page-header';
import { draftOf } from '../rounds/round-text';
import { ConsensusSummary } from './consensus-summary';
import { DispositionsTable } from './dispositions-table';
import { ExportButtons } from './export-buttons';
import { ownDelegationId } from './head-of';
import { PositionHeatmap } from './position-heatmap';
import { PositionLegend } from './position-legend';
import { PositionsByParagraph } from './positions-by-paragraph';
import { usePositionMatrix } from './use-position-matrix';
import './positions.css';

// The chart library (recharts and its d3 and redux parts) is about a third of the client's
// libraries: fetched when a positions page first draws its chart, not by every page.
const EvolutionChart = lazy(() => import('./evolution-chart').then((m) => ({ default: m.EvolutionChart })));

/**
 * The secretariat's instrument: the round's matrix as a heatmap with its filters, the consensus
 * per paragraph, how positions moved across rounds, the dispositions worklist and the exports. Everyone who may read the
 * round's positions sees it; the exports are the secretariat's.
 */
export const PositionsPage = () => {
  const { t } = useTranslation();
  const { processId = '', roundId = '' } = useParams();
  const me = useMe();
  const round = useRound(roundId);
  const delegations = useDelegationList();
  const [filters, setFilters] = useState<PositionFilters>({ region: [], kind: [] });
  const state = usePositionMatrix(roundId, filters);
  const drafts = useDraftList(processId);
  // A phone cannot show the matrix's columns without panning: it reads a paragraph at a time.
  const narrow = useNarrowScreen();
  const regions = useMemo(
    () => [...new Set((delegations.data?.items ?? []).map((d) => d.region))].sort(),
    [delegations.data],
  );

  if (round.error !== undefined) return <ErrorAlert error={round.error} />;
  if (!round.data) return <SectionLoader />;
  const { matrix, evolution } = state;
  const { versionId } = round.data;
  const draft = draftOf(drafts.data?.items ?? [], versionId);

  return (
    <>
      <Anchor
        component={Link}
        to={`/processes/${processId}/rounds/${roundId}`}
        size="sm"
        mb="xs"
        display="inline-block"
      >
        ← {round.data.name}
      </Anchor>
      <PageHeader
        title={t('positions.matrix.title', { round: round.data.name })}
        description={t('positions.matrix.description')}
        actions={
          <Badge color={state.live ? 'teal' : 'gray'} variant="dot" data-testid="matrix-live" data-live={state.live}>
            {t(state.live ? 'annotations.live.live' : 'annotations.live.offline')}
          </Badge>
        }
      />
      <Stack gap="lg">
        <Group align="flex-end" justify="space-between">
          <Group align="flex-end">
            <MultiSelect
              label={t('positions.matrix.region')}
              placeholder={filters.region.length ? undefined : t('positions.matrix.allRegions')}
              data={regions}
              value={filters.region}
              onChange={(region) => setFilters((f) => ({ ...f, region }))}
              clearable
              w={260}
              data-testid="filter-region"
            />
            <MultiSelect
              label={t('positions.matrix.kind')}
              placeholder={filters.kind.length ? undefined : t('positions.matrix.allKinds')}
              data={delegationKindSchema.options.map((k) => ({ value: k, label: t(`delegations.kinds.${k}`) }))}
              value={filters.kind}
              onChange={(kind) => setFilters((f) => ({ ...f, kind }))}
              clearable
              w={260}
              data-testid="filter-kind"
            />
          </Group>
          {exportsPositions(me, processId) && (
            <ExportButtons roundId={roundId} filters={filters} name={round.data.name} />
          )}
        </Group>
        <ErrorAlert error={state.error} />
        {!matrix && state.error === undefined && <SectionLoader />}
        {matrix && (
          <Card withBorder padding="md">
            <Group justify="space-between" mb="sm">
              <Text size="sm" c="dimmed" data-testid="matrix-size">
                {t('positions.matrix.shown', {
                  delegations: t('positions.matrix.delegations', { count: matrix.delegations.length }),
                  paragraphs: t('positions.matrix.paragraphs', { count: matrix.paragraphs.length }),
                })}
              </Text>
              {!narrow && <PositionLegend />}
            </Group>
            {matrix.rows.length === 0 ? (
              <Text size="sm" c="dimmed" data-testid="matrix-empty">
                {t('positions.matrix.empty')}
              </Text>
            ) : narrow ? (
              <PositionsByParagraph matrix={matrix} ownDelegationId={ownDelegationId(me, processId)} />
            ) : (
              <PositionHeatmap matrix={matrix} processId={processId} />
            )}
          </Card>
        )}
        {/* Side by side only on wide screens: at 1280 px half the width put a paragraph's counts
            over four lines (in French), where the whole width holds them on one. */}
        <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
          <Card withBorder padding="md">
            <Title order={3} size="h5" mb="sm">
              {t('positions.matrix.summaryTitle')}
            </Title>
            {matrix ? <ConsensusSummary matrix={matrix} /> : <SectionLoader />}
          </Card>
          <Card withBorder padding="md">
            <Title order={3} size="h5">
              {t('positions.matrix.evolutionTitle')}
            </Title>
            <Text size="xs" c="dimmed" mb="sm">
              {t('positions.matrix.evolutionHint')}
            </Text>
            {evolution ? (
              <Suspense fallback={<SectionLoader />}>
                <EvolutionChart evolution={evolution} />
              </Suspense>
            ) : (
              <SectionLoader />
            )}
          </Card>
        </SimpleGrid>
        {managesProcess(me, processId) && matrix && (
          <Card withBorder padding="md" data-testid="dispositions">
            <Title order={3} size="h5" mb="sm">
              {t('positions.dispositions.title')}
            </Title>
            <DispositionsTable
              roundId={roundId}
              paragraphs={matrix.paragraphs}
              text={draft ? { processId, draftId: draft.id, versionId } : null}
            />
          </Card>
        )}
      </Stack>
    </>
  );
};
