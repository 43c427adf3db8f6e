import type { Delegation, Draft, Membership, Round } from '@concordia/contracts';
import { Anchor, Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api/endpoints';
import { LiveIndicator } from '../annotations/live-indicator';
import { useDelegationList, useDraftList, useMemberList, useRound } from '../api/list-queries';
import { useMe } from '../auth/auth-context';
import { managesProcess } from '../auth/permissions';
import { RoundStatusBadge } from '../common/badges';
import { ErrorAlert } from '../common/error-alert';
import { Facts } from '../common/facts';
import { useFormatters } from '../common/format';
import { zonedDateTimeFormat } from '../common/zoned-format';
import { SectionLoader } from '../common/loading';
import { PageHeader } from '../common/page-header';
import { RoundActions } from './round-actions';
import { RoundForm } from './round-form';
import { RoundInputNotice } from './round-input-notice';
import { RoundAgendaCard } from './round-agenda';
import { draftOf, readableTextPath } from './round-text';
import { showRoundStatus } from './round-status-toast';
import { useRoundFollow } from './use-round-follow';

/** One round: what it discusses, who chairs and takes part, its window; open, close, conclude; edit while scheduled. */
export const RoundPage = () => {
  const { t } = useTranslation();
  const { processId = '', roundId = '' } = useParams();
  const me = useMe();
  const round = useRound(roundId);
  const drafts = useDraftList(processId);
  const members = useMemberList(processId);
  const delegations = useDelegationList();
  const [editing, setEditing] = useState(false);
  // Opened, closed or given a new closing time by the chair elsewhere: shown without a reload.
  const live = useRoundFollow(roundId, (change) => {
    if (change?.type === 'round.status')
      showRoundStatus(roundId, change.status, t(`rounds.statusNow.${change.status}`));
    round.reload();
  });

  if (round.error !== undefined) return <ErrorAlert error={round.error} />;
  if (!round.data) return <SectionLoader />;
  const current = round.data;
  const draft = draftOf(drafts.data?.items ?? [], current.versionId);
  const editable = managesProcess(me, processId) && current.status === 'scheduled';

  return (
    <>
      <Anchor component={Link} to={`/processes/${processId}`} size="sm" mb="xs" display="inline-block">
        ← {t('drafts.backToProcess')}
      </Anchor>
      <PageHeader
        title={current.name}
        description={
          <Stack gap={6} align="flex-start">
            {/* Beside the status rather than among the actions, whose line it took a third of in French. */}
            <Group gap="xs">
              <RoundStatusBadge status={current.status} />
              <LiveIndicator state={live} size="md" />
            </Group>
            <RoundInputNotice round={current} />
          </Stack>
        }
        actions={<RoundActions round={current} draft={draft} onChanged={round.reload} />}
      />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: editable && editing ? 6 : 12 }}>
          <Stack gap="lg">
            <RoundAgendaCard
              processId={processId}
              round={current}
              textPath={readableTextPath(current, drafts.data?.items ?? [])}
            />
            <RoundFacts
              round={current}
              drafts={drafts.data?.items ?? []}
              members={members.data?.items ?? []}
              delegations={delegations.data?.items ?? []}
            />
          </Stack>
          {editable && !editing && (
            <Button mt="md" variant="default" onClick={() => setEditing(true)} data-testid="round-edit">
              {t('rounds.edit')}
            </Button>
          )}
        </Grid.Col>
        {editable && editing && (
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <RoundForm
              processId={processId}
              round={current}
              title={t('rounds.form.editTitle')}
              titleId="edit-round-title"
              submitLabel={t('rounds.form.save')}
              send={(body) =>
                api.rounds.update(current.id, body).then(() => {
                  notifications.show({ color: 'teal', message: t('rounds.form.saved', { name: body.name }) });
                  setEditing(false);
                  round.reload();
                })
              }
            />
          </Grid.Col>
        )}
      </Grid>
    </>
  );
};

const RoundFacts = ({
  round,
  drafts,
  members,
  delegations,
}: {
  round: Round;
  drafts: Draft[];
  members: Membership[];
  delegations: Delegation[];
}) => {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const draft = draftOf(drafts, round.versionId);
  const version = draft?.versions.find((v) => v.id === round.versionId);
  const chair = members.find((m) => m.userId === round.chairUserId);
  // Every delegation of the round by name, also those with no member yet (which have no membership to name them).
  const delegationNames = new Map([
    ...delegations.map((d) => [d.id, d.name] as const),
    ...members.flatMap((m) =>
      m.delegationId && m.delegationName ? [[m.delegationId, m.delegationName] as const] : [],
    ),
  ]);
  const zoned = (iso: string) =>
    zonedDateTimeFormat(i18n.resolvedLanguage ?? i18n.language, round.timeZone).format(new Date(iso));
  return (
    <Card withBorder padding="lg" data-testid="round-facts">
      <Title order={3} size="h4" mb="sm">
        {t('rounds.details')}
      </Title>
      <Facts
        facts={[
          { label: t('rounds.columns.version'), value: draft && version ? `${draft.title} — ${version.label}` : '—' },
          { label: t('rounds.form.chair'), value: chair?.userName ?? '—' },
          { label: t('rounds.columns.window'), value: format.range(round.opensAt, round.closesAt) },
          {
            label: t('rounds.windowInZone', { timeZone: format.zoneName(round.timeZone) }),
            value: `${zoned(round.opensAt)} – ${zoned(round.closesAt)}`,
            hidden: round.timeZone === format.timeZone,
          },
          { label: t('rounds.columns.confidentiality'), value: t(`rounds.confidentiality.${round.confidentiality}`) },
          {
            label: t('rounds.form.delegations'),
            value:
              round.delegationIds.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('rounds.noDelegations')}
                </Text>
              ) : (
                <Group gap={4} data-testid="round-delegations">
                  {round.delegationIds.map((id) => (
                    <Badge key={id} variant="light">
                      {delegationNames.get(id) ?? id}
                    </Badge>
                  ))}
                </Group>
              ),
          },
        ]}
      />
    </Card>
  );
};
