import { ErrorCode, type ImportJob } from '@concordia/contracts';
import { Alert, Anchor, Button, Card, Group, Modal, Progress, Stack, Stepper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { hasCode } from '../api/api-error';
import { api } from '../api/endpoints';
import { useDraft } from '../api/list-queries';
import { ConfirmDialog } from '../common/confirm-dialog';
import { useApiQuery } from '../common/use-api-query';
import { ErrorAlert } from '../common/error-alert';
import { LEAVES_KNOWINGLY } from '../common/leaving-page';
import { PageHeader } from '../common/page-header';
import { JobError } from './job-error';
import { CorrectionsStatus } from './corrections-status';
import { overridesBody, reviewMatches } from './key-matching';
import { PreviewReview } from './preview-review';
import { StaleImport } from './stale-import';
import { UploadStep } from './upload-step';
import { isRunning, useImportJob } from './use-import-job';
import { useSavedCorrections } from './use-saved-corrections';

const step = (job: ImportJob | undefined, jobId: string | null): number => {
  if (jobId === null) return 0;
  if (!job || isRunning(job.status)) return 1;
  return 2;
};

/**
 * The import wizard: upload a document, follow the worker's progress, review the paragraphs and
 * their matches to the previous version, then accept (it becomes the working version) or discard.
 * The job id is in the URL, so a reload or a shared link comes back to the same review; without
 * one, the page takes up the import the user left in progress or under review in this draft, and
 * the corrections are kept with the import as they are made. Nothing is lost by leaving the page:
 * a review ends only by accepting or discarding it.
 */
export const ImportPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { processId = '', draftId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');
  const draft = useDraft(draftId);
  const { job, error: pollError, setJob } = useImportJob(jobId);
  // Came back without a job in the address: the review left in this draft, if any.
  const open = useApiQuery(jobId === null ? `open-import:${draftId}` : null, (signal) =>
    api.drafts.openImport(draftId, signal),
  );
  const openId = open.data?.job?.id;
  // Until the answer, neither the upload step nor the review: one would flash before the other.
  const lookingUp = jobId === null && open.data === undefined && open.error === undefined;
  useEffect(() => {
    if (jobId === null && openId) setParams({ job: openId }, { replace: true });
  }, [jobId, openId, setParams]);
  const { overrides, override, save, saveError, retry, leaveWarning } = useSavedCorrections(job);
  // The API refused the accept: a version was published since (GET may not have said so yet).
  const [refusedStale, setRefusedStale] = useState(false);
  const stale = job?.status === 'ready' && (job.stale || refusedStale);
  const [acting, setActing] = useState(false);
  const [actionError, setActionError] = useState<unknown>(undefined);
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const draftPath = `/processes/${processId}/drafts/${draftId}`;

  const startOver = () => {
    setActionError(undefined);
    setRefusedStale(false);
    setParams({}, { replace: true, state: LEAVES_KNOWINGLY });
  };

  const accept = (replaceWorking: boolean) => {
    if (!job?.preview) return;
    setActing(true);
    setActionError(undefined);
    api.imports
      .accept(job.id, { keyOverrides: overridesBody(job.preview, overrides), replaceWorking })
      .then((version) => {
        notifications.show({ color: 'teal', message: t('imports.accepted', { file: job.fileName }) });
        // The accept carried the corrections: none is lost, whatever the last save did.
        void navigate(`${draftPath}?version=${version.id}`, { state: LEAVES_KNOWINGLY });
      })
      .catch((caught: unknown) => {
        if (hasCode(caught, ErrorCode.WorkingVersionExists)) setConfirmReplace(true);
        else if (hasCode(caught, ErrorCode.ImportStale)) setRefusedStale(true);
        else setActionError(caught);
      })
      .finally(() => setActing(false));
  };

  const discard = () => {
    if (!job) return;
    setActing(true);
    api.imports
      .discard(job.id)
      .then(() => {
        notifications.show({ message: t('imports.discarded', { file: job.fileName }) });
        // Out of date, the document is uploaded again: straight back to the upload step.
        if (stale) startOver();
        else void navigate(draftPath, { state: LEAVES_KNOWINGLY });
      })
      .catch(setActionError)
      .finally(() => setActing(false));
  };

  const duplicates = job?.preview ? reviewMatches(job.preview, overrides).duplicateKeys.size > 0 : false;

  return (
    <>
      <Anchor component={Link} to={draftPath} size="sm" mb="xs" display="inline-block">
        ← {t('imports.backToDraft', { title: draft.data?.title ?? '' })}
      </Anchor>
      <PageHeader title={t('imports.title')} description={t('imports.description')} />
      <Stepper active={step(job, jobId)} mb="xl" size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('imports.steps.upload')} />
        <Stepper.Step label={t('imports.steps.process')} />
        <Stepper.Step label={t('imports.steps.review')} />
      </Stepper>

      {jobId === null && <ErrorAlert error={open.error} />}
      {lookingUp && <Progress value={0} animated striped aria-label={t('imports.working')} />}
      {jobId === null && !lookingUp && !openId && (
        <UploadStep
          draftId={draftId}
          onUploaded={(uploaded) => {
            setJob(uploaded);
            setParams({ job: uploaded.id });
          }}
        />
      )}

      {jobId !== null && <ErrorAlert error={pollError ?? actionError} />}
      {jobId !== null && !job && !pollError && (
        <Progress value={0} animated striped aria-label={t('imports.working')} />
      )}

      {job && isRunning(job.status) && (
        <Card withBorder padding="lg" maw={560} data-testid="import-progress" data-status={job.status}>
          <Text fw={600} mb="xs">
            {job.fileName}
          </Text>
          <Progress
            value={job.progress}
            animated
            striped
            size="lg"
            aria-label={t('imports.progressLabel', { percent: String(Math.round(job.progress)) })}
          />
          <Text size="sm" c="dimmed" mt="xs" aria-live="polite">
            {t(`imports.status.${job.status}`)} · {Math.round(job.progress)} %
          </Text>
        </Card>
      )}

      {job?.status === 'failed' && <JobError job={job} onRetry={startOver} />}

      {(job?.status === 'accepted' || job?.status === 'discarded') && (
        <Alert color="blue" variant="light" title={t(`imports.status.${job.status}`)} data-testid="import-closed">
          <Group gap="sm">
            <Button size="xs" component={Link} to={job.versionId ? `${draftPath}?version=${job.versionId}` : draftPath}>
              {t('imports.openDraft')}
            </Button>
            <Button size="xs" variant="default" onClick={startOver}>
              {t('imports.importAnother')}
            </Button>
          </Group>
        </Alert>
      )}

      {job?.status === 'ready' && job.preview && (
        <Stack gap="lg">
          <Text size="sm" data-testid="import-review-intro">
            {/* A first text has no previous paragraphs to match: no keys to check, only the reading. */}
            {t(job.preview.previous.length > 0 ? 'imports.reviewIntro' : 'imports.reviewIntroFirst', {
              file: job.fileName,
            })}
          </Text>
          {/* Above the table, not in the action bar: on a phone that bar would grow over the rows. */}
          {job.preview.previous.length > 0 && <CorrectionsStatus save={save} onRetry={retry} />}
          {stale && <StaleImport file={job.fileName} onDiscard={() => setConfirmDiscard(true)} />}
          <PreviewReview preview={job.preview} overrides={overrides} onOverride={override} />
          <Group className="sticky-actions">
            <Button
              onClick={() => accept(false)}
              loading={acting}
              disabled={duplicates || stale}
              data-testid="import-accept"
            >
              {t('imports.accept')}
            </Button>
            <Button
              variant="default"
              color="red"
              onClick={() => setConfirmDiscard(true)}
              disabled={acting}
              data-testid="import-discard"
            >
              {t('imports.discard')}
            </Button>
          </Group>
          <ErrorAlert error={saveError} />
        </Stack>
      )}

      {/* Discarding cannot be undone: the file must be uploaded again, and corrections are lost. */}
      <ConfirmDialog
        opened={confirmDiscard}
        title={t('imports.discardTitle')}
        body={[
          t('imports.discardBody', { file: job?.fileName ?? '' }),
          Object.keys(overrides).length > 0
            ? t('imports.discardCorrections', { count: Object.keys(overrides).length })
            : '',
        ]
          .join(' ')
          .trim()}
        confirmLabel={t('imports.discardConfirm')}
        keepLabel={t('imports.discardKeep')}
        onConfirm={discard}
        onClose={() => setConfirmDiscard(false)}
        testId="import-discard-dialog"
      />

      <Modal
        opened={confirmReplace}
        onClose={() => setConfirmReplace(false)}
        title={t('imports.replaceTitle')}
        centered
      >
        <Text size="sm" mb="md">
          {t('imports.replaceBody')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirmReplace(false)}>
            {t('editor.cancel')}
          </Button>
          <Button
            color="red"
            loading={acting}
            onClick={() => {
              setConfirmReplace(false);
              accept(true);
            }}
            data-testid="import-replace-confirm"
          >
            {t('imports.replace')}
          </Button>
        </Group>
      </Modal>
      {leaveWarning}
    </>
  );
};
