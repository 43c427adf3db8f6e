import { Button, Card, EmptyState, Group, Select, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api/endpoints';
import { useDraftList, useRoundList } from '../api/list-queries';
import { useMe } from '../auth/auth-context';
import { managesProcess } from '../auth/permissions';
import { RoleBadge } from '../common/badges';
import { ErrorAlert } from '../common/error-alert';
import { withFormOpen } from '../common/list-with-form';
import { SectionLoader } from '../common/loading';
import { PageHeader } from '../common/page-header';
import { QueryView } from '../common/query-view';
import { useApiQuery } from '../common/use-api-query';
import { defaultVersionId, versionOptions } from './default-version';
import { DraftDocument } from '../drafts/draft-document';
import { draftPath, DraftsTable } from '../drafts/drafts-page';
import { useVersionLabel } from '../drafts/version-label';
import { RoundsTable } from './rounds-table';

export const ProcessPage = () => {
  const { t } = useTranslation();
  const versionLabel = useVersionLabel();
  const { id = '' } = useParams();
  const me = useMe();
  const process = useApiQuery(`process:${id}`, (signal) => api.processes.get(id, signal));
  const rounds = useRoundList(id);
  const drafts = useDraftList(id);
  const [chosenVersion, setChosenVersion] = useState<string | null>(null);

  const draftItems = drafts.data?.items ?? [];
  const versionId = chosenVersion ?? (drafts.data ? defaultVersionId(draftItems, rounds.data?.items ?? []) : null);
  const version = useApiQuery(versionId ? `version:${versionId}` : null, (signal) =>
    api.versions.get(versionId ?? '', signal),
  );
  const shownDraft = draftItems.find((draft) => draft.versions.some((v) => v.id === versionId));
  const draftTitle = shownDraft?.title ?? '';
  const myRoles = me.memberships.filter((m) => m.processId === id);
  const manages = managesProcess(me, id);
  const hasPublished = draftItems.some((draft) => draft.versions.some((v) => v.status === 'published'));

  if (process.error !== undefined) return <ErrorAlert error={process.error} />;
  if (!process.data) return <SectionLoader />;

  return (
    <>
      <PageHeader
        title={process.data.title}
        description={process.data.description}
        actions={
          <Group gap="xs">
            {myRoles.map((m) => (
              <RoleBadge key={m.role} role={m.role} />
            ))}
            {manages && (
              <Button variant="default" component={Link} to={`/members?process=${id}`} data-testid="process-members">
                {t('processes.manageMembers')}
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="xl">
        <Card withBorder padding="lg" component="section" aria-labelledby="rounds-heading">
          <Group justify="space-between" align="center" mb="sm">
            <Title order={3} size="h4" id="rounds-heading">
              {t('rounds.title')}
            </Title>
            {/* The next round is planned from here too, once there is one (the empty state offers the first). */}
            {manages && hasPublished && (rounds.data?.items.length ?? 0) > 0 && (
              <Button
                variant="default"
                size="xs"
                component={Link}
                to={withFormOpen(`/rounds?process=${id}`)}
                data-testid="schedule-next-round"
              >
                {t('processes.scheduleRound')}
              </Button>
            )}
          </Group>
          <QueryView query={rounds}>
            {({ items }) =>
              items.length === 0 && manages ? (
                // The secretariat is told what comes first: a round needs a published text.
                <EmptyState
                  title={t('rounds.empty')}
                  description={hasPublished ? t('processes.nextRound') : t('processes.nextRoundNeedsText')}
                  align="left"
                  size="sm"
                  data-testid="rounds-empty"
                >
                  {hasPublished && (
                    <Button
                      component={Link}
                      to={withFormOpen(`/rounds?process=${id}`)}
                      variant="light"
                      data-testid="schedule-round"
                    >
                      {t('processes.scheduleRound')}
                    </Button>
                  )}
                </EmptyState>
              ) : (
                <RoundsTable rounds={items} drafts={draftItems} />
              )
            }
          </QueryView>
        </Card>

        {draftItems.length > 1 && (
          <Card withBorder padding="lg" component="section" aria-labelledby="drafts-heading">
            <Title order={3} size="h4" mb="sm" id="drafts-heading">
              {t('drafts.listTitle')}
            </Title>
            <DraftsTable drafts={draftItems} processId={id} />
          </Card>
        )}

        <section aria-labelledby="draft-heading">
          <Group justify="space-between" align="flex-end" mb="md">
            <Title order={3} size="h4" id="draft-heading">
              {t('drafts.title')}
            </Title>
            {draftItems.length > 0 && (
              <Group align="flex-end" gap="sm">
                {shownDraft && versionId && (
                  <Button
                    variant="default"
                    component={Link}
                    to={`${draftPath(id, shownDraft.id)}?version=${versionId}`}
                    data-testid="open-draft"
                  >
                    {t('drafts.openDraft')}
                  </Button>
                )}
                <Select
                  label={t('drafts.version')}
                  data={versionOptions(draftItems, versionLabel)}
                  value={versionId}
                  onChange={(value) => setChosenVersion(value)}
                  allowDeselect={false}
                  w={280}
                  data-testid="version-select"
                />
              </Group>
            )}
          </Group>
          <ErrorAlert error={drafts.error ?? version.error} />
          {(drafts.loading || version.loading) && !version.data && <SectionLoader />}
          {drafts.data && draftItems.length === 0 && (
            <EmptyState
              title={t('drafts.empty')}
              description={manages ? t('processes.nextDraft') : undefined}
              align="left"
              data-testid="drafts-empty"
            >
              {manages && (
                <Button
                  component={Link}
                  to={withFormOpen(`/drafts?process=${id}`)}
                  variant="light"
                  data-testid="start-draft"
                >
                  {t('processes.startDraft')}
                </Button>
              )}
            </EmptyState>
          )}
          {version.data && <DraftDocument title={draftTitle} version={version.data} />}
        </section>
      </Stack>
    </>
  );
};
