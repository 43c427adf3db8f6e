import type { Delegation, Draft, Membership, Round, RoundStatus } from '@concordia/contracts';
import { Anchor, Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api/endpoints';
import { useDelegationList, useDraftList, useMemberList, useRound } from '../api/list-queries';
import { useMe } from '../auth/auth-context';
import { canChangeRoundStatus, managesProcess, takesDelegationReport } from '../auth/permissions';
import { RoundStatusBadge } from '../common/badges';
import { ConfirmDialog } from '../common/confirm-dialog';
import { ErrorAlert, useErrorMessage } from '../common/error-alert';
import { Facts } from '../common/facts';
import { useFormatters } from '../common/format';
import { zonedDateTimeFormat } from '../common/zoned-format';
import { SectionLoader } from '../common/loading';
import { PageHeader } from '../common/page-header';
import { ConsoleLink } from '../chair/console-link';
import { documentFileName, WordDocumentButton } from '../drafts/word-document-button';
import { LiveIndicator } from '../annotations/live-indicator';
import { canManageSpeakers } from '../session/session-permissions';
import { RoundForm } from './round-form';
import { ChangeClosingTime, useClosingTimeInput, useZonedClosing } from './closing-time';
import { closingPassed, roundActions, type RoundAction } from './round-window';
import { RoundInputNotice } from './round-input-notice';
import { showRoundStatus } from './round-status-toast';
import { useRoundFollow } from './use-round-follow';

/** The draft a version belongs to. */
export const draftOf = (drafts: readonly Draft[], versionId: string) =>
  drafts.find((draft) => draft.versions.some((v) => v.id === versionId));

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
            <RoundStatusBadge status={current.status} />
            <RoundInputNotice round={current} />
          </Stack>
        }
        actions={
          <Group gap="xs">
            <LiveIndicator state={live} />
            {draft && (
              <Button
                variant="default"
                component={Link}
                to={`/processes/${processId}/drafts/${draft.id}?version=${current.versionId}&round=${current.id}`}
                data-testid="round-open-text"
              >
                {t('rounds.openText')}
              </Button>
            )}
            <Button
              variant="default"
              component={Link}
              to={`/processes/${processId}/rounds/${current.id}/positions`}
              data-testid="round-open-positions"
            >
              {t('positions.matrix.open')}
            </Button>
            {takesDelegationReport(me, current) && (
              <WordDocumentButton
                path={`/rounds/${encodeURIComponent(current.id)}/positions/delegation-report.docx`}
                fileName={documentFileName(t('wordDocuments.delegationReport'), current.name)}
                label={t('wordDocuments.delegationReport')}
                title={t('wordDocuments.delegationReportHint')}
                testId="round-delegation-report"
              />
            )}
            {/* The secretariat comes for the speaking time and the record of the floor. */}
            {canManageSpeakers(me, current) && <ConsoleLink processId={processId} roundId={current.id} />}
            {canChangeRoundStatus(me, current) && <StatusActions round={current} onChanged={round.reload} />}
          </Group>
        }
      />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: editable && editing ? 6 : 12 }}>
          <RoundFacts
            round={current}
            drafts={drafts.data?.items ?? []}
            members={members.data?.items ?? []}
            delegations={delegations.data?.items ?? []}
          />
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

/** What each status change's dialog says: opening notifies every delegation, closing stops them, concluding is final. */
const DIALOGS = {
  open: { title: 'rounds.openTitle', body: 'rounds.openBody', keep: 'rounds.notYet', color: 'teal' },
  reopen: { title: 'rounds.reopenTitle', body: 'rounds.openBody', keep: 'rounds.notYet', color: 'teal' },
  close: { title: 'rounds.closeTitle', body: 'rounds.closeBody', keep: 'rounds.keepOpen', color: 'red' },
  conclude: { title: 'rounds.concludeTitle', body: 'rounds.concludeBody', keep: 'editor.cancel', color: 'red' },
} as const satisfies Record<RoundAction['label'], { title: string; body: string; keep: string; color: string }>;

/**
 * The transitions ROUND_TRANSITIONS allows from the current status, each asked first, and the
 * closing time's change while the round is open or closed. Opening once the closing time has
 * passed asks for a new one in the same dialog.
 */
export const StatusActions = ({ round, onChanged }: { round: Round; onChanged: () => void }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState<RoundStatus | null>(null);
  // Kept after the dialog closes so its words do not change while it fades out.
  const [asked, setAsked] = useState<RoundAction | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Decided when the dialog opens, so a closing time passing while it is open does not change its words.
  const [needsClosing, setNeedsClosing] = useState(false);
  const newClosing = useClosingTimeInput(round);
  const zoned = useZonedClosing(round);

  const change = (status: RoundStatus, closesAt: string | null) => {
    setBusy(status);
    api.rounds
      .changeStatus(round.id, { status, ...(closesAt === null ? {} : { closesAt }) })
      .then(() => {
        showRoundStatus(round.id, status, t(`rounds.statusNow.${status}`));
        onChanged();
      })
      .catch((caught: unknown) =>
        notifications.show({ color: 'red', title: t('rounds.statusFailed'), message: errorMessage(caught) }),
      )
      .finally(() => setBusy(null));
  };

  const dialog = asked && DIALOGS[asked.label];
  return (
    <>
      {roundActions(round).map((action) => (
        <Button
          key={action.status}
          color={action.label === 'conclude' ? 'gray' : action.label === 'close' ? 'orange' : 'teal'}
          loading={busy === action.status}
          disabled={busy !== null}
          onClick={() => {
            setAsked(action);
            setNeedsClosing(action.status === 'open' && closingPassed(round));
            newClosing.reset();
            setConfirming(true);
          }}
          data-testid={`round-action-${action.label}`}
        >
          {t(`rounds.actions.${action.label}`)}
        </Button>
      ))}
      {asked && dialog && (
        <ConfirmDialog
          opened={confirming}
          title={t(dialog.title, { name: round.name })}
          body={
            needsClosing
              ? t('rounds.closing.passed', { closesAt: zoned(round.closesAt) })
              : t(dialog.body, { closesAt: zoned(round.closesAt) })
          }
          confirmLabel={t(`rounds.actions.${asked.label}`)}
          confirmColor={dialog.color}
          keepLabel={t(dialog.keep)}
          onConfirm={() => change(asked.status, needsClosing ? newClosing.closesAt : null)}
          onClose={() => setConfirming(false)}
          testId={`round-${asked.label}-dialog`}
          confirmDisabled={needsClosing && newClosing.closesAt === null}
        >
          {needsClosing && newClosing.field}
        </ConfirmDialog>
      )}
      {(round.status === 'open' || round.status === 'closed') && (
        <ChangeClosingTime round={round} onChanged={onChanged} />
      )}
    </>
  );
};
