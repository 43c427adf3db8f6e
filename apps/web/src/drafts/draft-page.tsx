import type { PublishVersionResponse, Round } from '@concordia/contracts';
import { Anchor, Button, Group, SegmentedControl, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useDraft, useRoundList, useVersion } from '../api/list-queries';
import { useMe } from '../auth/auth-context';
import { managesProcess, seesWorkingVersions } from '../auth/permissions';
import { ErrorAlert } from '../common/error-alert';
import { RoundClock } from '../common/format';
import { LEAVES_KNOWINGLY } from '../common/leaving-page';
import { usePhoneScreen } from '../common/narrow-screen';
import { SectionLoader } from '../common/loading';
import { PageHeader } from '../common/page-header';
import { AnnotatedReader } from '../annotations/annotated-reader';
import { DraftActions } from './draft-actions';
import { nextDraftParams } from './draft-params';
import { WorkingEditor } from './editor/working-editor';
import { PublicationNote } from './publication-note';
import { ReadingChoices } from './reading-choices';
import { StatusReader } from './status-reader';
import { useVersionLabel } from './version-label';
import { defaultVersionId, orderedVersions, workingVersion } from './version-options';
import { documentFileName } from './word-document-button';

const NO_ROUND = 'none';

/** The round whose statuses a reader most likely wants: the open one on this text, else none. */
const defaultRound = (rounds: Round[]): Round | null =>
  rounds.find((r) => r.status === 'open') ?? rounds.find((r) => r.status === 'closed') ?? null;

/**
 * One draft: read any version it may see, with paragraph statuses of a round on that version;
 * the secretariat edits and publishes the working version here. The choices live in the URL
 * (?version=&round=&mode=) so a link shows the same text.
 */
export const DraftPage = () => {
  const { t } = useTranslation();
  const { processId = '', draftId = '' } = useParams();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const labelOf = useVersionLabel();
  const phone = usePhoneScreen();
  const draft = useDraft(draftId);
  const rounds = useRoundList(processId);
  const manages = managesProcess(me, processId);
  const versions = orderedVersions(draft.data?.versions ?? [], seesWorkingVersions(me, processId));
  const requested = params.get('version');
  const versionId = versions.some((v) => v.id === requested) ? requested : defaultVersionId(versions, true);
  const version = useVersion(versionId);
  const selected = versions.find((v) => v.id === versionId);
  const working = workingVersion(versions);
  const published = versions.filter((v) => v.status === 'published');

  const roundsHere = (rounds.data?.items ?? []).filter((r) => r.versionId === versionId);
  const requestedRound = params.get('round');
  const round =
    requestedRound === NO_ROUND ? null : (roundsHere.find((r) => r.id === requestedRound) ?? defaultRound(roundsHere));
  const isWorking = version.data?.status === 'working';
  const editing = manages && isWorking && params.get('mode') !== 'read';

  const update = (changes: Record<string, string | null>, state?: typeof LEAVES_KNOWINGLY) =>
    setParams((current) => nextDraftParams(current, changes), { state });

  const onPublished = (result: PublishVersionResponse) => {
    notifications.show({ color: 'teal', message: t('publish.done', { label: result.published.label }) });
    draft.reload();
    // The working version itself became the published one (same id): its cached copy is stale.
    version.reload();
    // The publish dialog has told what unsaved texts stay out; the editor closes with the working version.
    update({ version: result.published.id, mode: null, round: null }, LEAVES_KNOWINGLY);
  };

  const base = `/processes/${processId}/drafts/${draftId}`;
  const title = draft.data?.title ?? '';
  if (draft.error !== undefined) return <ErrorAlert error={draft.error} />;
  if (!draft.data) return <SectionLoader />;

  const backTo = `/processes/${processId}`;
  const backLabel = `← ${t('drafts.backToProcess')}`;
  const actions = (
    <DraftActions
      draftId={draftId}
      base={base}
      published={published}
      wordDocument={
        // From the draft's list, not the loaded version: the actions do not move when it arrives.
        selected && {
          path: `/versions/${encodeURIComponent(selected.id)}/document.docx`,
          fileName: documentFileName(title, selected.label),
          label: t('wordDocuments.version'),
          title: t('wordDocuments.versionHint', { label: selected.label }),
          testId: 'version-docx',
        }
      }
      canCompare={versions.length >= 2}
      canReport={manages && published.length >= 2}
      onEditWorking={
        manages && working && versionId !== working.id
          ? () => update({ version: working.id, mode: null, round: null })
          : null
      }
      menuOnly={phone}
    />
  );

  return (
    <>
      {phone ? (
        // A phone's actions, one menu at the end of the way back's line, which keeps its height:
        // under the title even two buttons took a row of their own and pushed the text down.
        <Group justify="space-between" wrap="nowrap" gap="xs" mb="xs">
          <Anchor component={Link} to={backTo} size="sm">
            {backLabel}
          </Anchor>
          {actions}
        </Group>
      ) : (
        <Anchor component={Link} to={backTo} size="sm" mb="xs" display="inline-block">
          {backLabel}
        </Anchor>
      )}
      <PageHeader
        title={title}
        // On a phone the text's first lines come before a sentence saying what the page holds.
        description={phone ? undefined : t('drafts.pageDescription')}
        actions={phone ? undefined : actions}
      />
      <Stack gap="md">
        <ReadingChoices
          summary={t('drafts.choicesSummary', {
            version: selected ? labelOf(selected) : '',
            round: round?.name ?? t('drafts.noRound'),
          })}
        >
          <Select
            label={t('drafts.version')}
            data={versions.map((v) => ({ value: v.id, label: labelOf(v) }))}
            value={versionId}
            onChange={(value) => value && update({ version: value, round: null, mode: null })}
            allowDeselect={false}
            w={phone ? '100%' : 260}
            data-testid="version-select"
          />
          {roundsHere.length > 0 && !editing && (
            <Select
              label={t('drafts.statusesOf')}
              data={[
                { value: NO_ROUND, label: t('drafts.noRound') },
                ...roundsHere.map((r) => ({ value: r.id, label: `${r.name} · ${t(`rounds.status.${r.status}`)}` })),
              ]}
              value={round?.id ?? NO_ROUND}
              onChange={(value) => update({ round: value })}
              allowDeselect={false}
              w={phone ? '100%' : 300}
              data-testid="round-select"
            />
          )}
          {manages && isWorking && (
            <SegmentedControl
              value={editing ? 'edit' : 'read'}
              onChange={(value) => update({ mode: value === 'read' ? 'read' : null })}
              data={[
                { value: 'read', label: t('editor.modeRead') },
                { value: 'edit', label: t('editor.modeEdit') },
              ]}
              aria-label={t('editor.mode')}
              data-testid="mode-toggle"
            />
          )}
          {version.data && versionId === version.data.id && !editing && version.data.note && (
            <PublicationNote label={version.data.label} note={version.data.note} />
          )}
        </ReadingChoices>
        <ErrorAlert error={version.error ?? rounds.error} />
        {version.loading && !version.data && <SectionLoader />}
        {version.data &&
          versionId === version.data.id &&
          (editing ? (
            <WorkingEditor
              key={version.data.id}
              title={title}
              version={version.data}
              publishedLabels={published.map((v) => v.label)}
              lastPublished={published.at(-1) ?? null}
              importPath={`${base}/import`}
              onPublished={onPublished}
            />
          ) : round ? (
            // Thread, edit and position times are on the reader's clock: they name it when the round's differs.
            <RoundClock.Provider key={round.id} value={round.timeZone}>
              <AnnotatedReader title={title} version={version.data} round={round} onRoundChanged={rounds.reload} />
            </RoundClock.Provider>
          ) : (
            <StatusReader title={title} version={version.data} round={null} />
          ))}
        {versions.length === 0 && manages && (
          <Group>
            <Button component={Link} to={`${base}/import`} data-testid="import-start-empty">
              {t('editor.importText')}
            </Button>
          </Group>
        )}
      </Stack>
    </>
  );
};
