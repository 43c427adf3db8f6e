import { Anchor, Grid, Group, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRound, useVersion } from '../api/list-queries';
import { LiveIndicator } from '../annotations/live-indicator';
import { useRoundLive } from '../annotations/use-round-live';
import { useMe } from '../auth/auth-context';
import { canChangeRoundStatus } from '../auth/permissions';
import { RoundStatusBadge } from '../common/badges';
import { ErrorAlert } from '../common/error-alert';
import { SectionLoader } from '../common/loading';
import { PageHeader } from '../common/page-header';
import { NotAllowedPage } from '../pages/not-allowed-page';
import { StatusReader } from '../drafts/status-reader';
import { StatusActions } from '../rounds/status-actions';
import { RoundInputNotice } from '../rounds/round-input-notice';
import { ModerationQueue } from '../session/moderation-queue';
import { SessionPanel } from '../session/session-panel';
import { canManageSpeakers, isRoundChair } from '../session/session-permissions';
import { useRoundSession } from '../session/use-round-session';

/**
 * Everything the chair runs in one round, live: the round's status, the paragraphs' statuses,
 * silence procedures with their countdown, the speakers' list and the moderation queue.
 */
export const RoundConsolePage = () => {
  const { t } = useTranslation();
  const { processId = '', roundId = '' } = useParams();
  const me = useMe();
  const round = useRound(roundId);
  const version = useVersion(round.data?.versionId ?? null);
  const live = useRoundLive(roundId);
  const session = useRoundSession(roundId);
  const [statusesChangedAt, setStatusesChangedAt] = useState(0);
  const { lastOther } = live;
  const reloadRound = round.reload;
  useEffect(() => {
    if (lastOther?.type === 'paragraph.status' || lastOther?.type === 'silence.concluded') {
      setStatusesChangedAt((n) => n + 1);
    }
    if (lastOther?.type === 'round.status' || lastOther?.type === 'round.closing') reloadRound();
  }, [lastOther, reloadRound]);

  if (round.error !== undefined) return <ErrorAlert error={round.error} />;
  if (version.error !== undefined) return <ErrorAlert error={version.error} />;
  if (!round.data || !version.data) return <SectionLoader />;
  const current = round.data;
  // The console is reached by URL too: a delegate who opens it must not be shown the chair's
  // buttons (the API would refuse them), only the page that says it is not theirs.
  if (!canManageSpeakers(me, current)) return <NotAllowedPage />;
  const considered = session.consideration?.paragraphKey ?? null;
  return (
    <>
      <Anchor
        component={Link}
        to={`/processes/${processId}/rounds/${roundId}`}
        size="sm"
        mb="xs"
        display="inline-block"
      >
        ← {t('session.console.back')}
      </Anchor>
      <PageHeader
        title={t('session.console.title', { round: current.name })}
        description={
          <Stack gap={6} align="flex-start">
            <RoundStatusBadge status={current.status} />
            <RoundInputNotice round={current} />
          </Stack>
        }
        actions={
          <Group gap="xs">
            <LiveIndicator state={live.state} />
            {canChangeRoundStatus(me, current) && <StatusActions round={current} onChanged={round.reload} />}
          </Group>
        }
      />
      <Stack gap="md">
        <SessionPanel me={me} round={current} version={version.data} session={session} withFloorRecord />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <StatusReader
              title={t('session.console.paragraphs')}
              version={version.data}
              round={current}
              statusesChangedAt={statusesChangedAt}
              paragraphClass={(p) => (p.key === considered ? 'is-considered' : undefined)}
            />
          </Grid.Col>
          {/* Moderation is the round chair's alone; the secretariat also opens the console. */}
          {isRoundChair(me, current) && (
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <ModerationQueue
                annotations={live.annotations}
                round={current}
                version={version.data}
                onChanged={live.upsert}
              />
            </Grid.Col>
          )}
        </Grid>
      </Stack>
    </>
  );
};
