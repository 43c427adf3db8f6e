import type { DraftVersion, WorkingAmendment } from '@concordia/contracts';
import { Alert, Button, Checkbox, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/endpoints';
import { useErrorMessage } from '../../../common/error-alert';
import { bareNumber } from '../../document-rows';
import {
  type ApplyAllFailure,
  type ApplyAllIo,
  type ApplyAllResult,
  amendmentsToApplyAll,
  applyAll,
} from './apply-all';

interface ApplyAllAmendmentsProps {
  version: DraftVersion;
  items: readonly WorkingAmendment[];
  /** Another edit is on its way: applying now would only meet a stale revision. */
  disabled: boolean;
  /** While true the editor takes no other edit. */
  onRunning: (running: boolean) => void;
  /** Each application's result goes on screen as it arrives. */
  onVersion: (version: DraftVersion) => void;
}

/**
 * "Apply all accepted (N)": every accepted amendment not yet applied, in the document's order,
 * each as its own operation; then what was applied and what could not be, with why.
 */
export const ApplyAllAmendments = ({ version, items, disabled, onRunning, onVersion }: ApplyAllAmendmentsProps) => {
  const { t } = useTranslation();
  const [includePartly, setIncludePartly] = useState(false);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ApplyAllResult | null>(null);
  const chosen = amendmentsToApplyAll(items, includePartly);
  const partly = amendmentsToApplyAll(items, true).length - amendmentsToApplyAll(items, false).length;

  const start = () => {
    setRunning(true);
    onRunning(true);
    setResult(null);
    const io: ApplyAllIo = {
      apply: (id, revision, operation) => api.versions.apply(id, { revision, operation }),
      load: (id) => api.versions.get(id),
    };
    // The version goes on screen once at the end: each revision would reload the amendments list.
    void applyAll(version, chosen, io)
      .then((done) => {
        onVersion(done.version);
        setResult(done);
      })
      .finally(() => {
        setRunning(false);
        onRunning(false);
      });
  };

  if (chosen.length === 0 && partly === 0 && !result) return null;
  return (
    <>
      <Group gap="sm" mb="md" data-testid="apply-all">
        <Button
          variant="light"
          loading={running}
          disabled={disabled || chosen.length === 0}
          onClick={start}
          data-testid="apply-all-start"
        >
          {t('editor.amendments.applyAll.start', { count: chosen.length })}
        </Button>
        {partly > 0 && (
          <Checkbox
            label={t('editor.amendments.applyAll.includePartly', { count: partly })}
            description={t('editor.amendments.applyAll.includePartlyHint')}
            checked={includePartly}
            disabled={running}
            onChange={(event) => setIncludePartly(event.currentTarget.checked)}
            data-testid="apply-all-partly"
          />
        )}
      </Group>
      {result && <ApplyAllReport result={result} onClose={() => setResult(null)} />}
    </>
  );
};

const ApplyAllReport = ({ result, onClose }: { result: ApplyAllResult; onClose: () => void }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const numberOf = new Map(result.version.sections.flatMap((s) => s.paragraphs).map((p) => [p.key, p.number]));
  const why = ({ item, reason, error }: ApplyAllFailure) => {
    const who = item.delegationName ?? item.authorName;
    const number = bareNumber(numberOf.get(item.paragraphKey ?? item.lastParagraphKey) ?? '');
    switch (reason) {
      case 'words_gone':
        return t('editor.amendments.applyAll.wordsGone', { who, number });
      case 'paragraph_gone':
        return t('editor.amendments.applyAll.paragraphGone', { who });
      case 'already_applied':
        return t('editor.amendments.applyAll.alreadyApplied', { who, number });
      case 'failed':
        return t('editor.amendments.applyAll.failed', { who, message: errorMessage(error) });
    }
  };

  return (
    <Alert
      color={result.failed.length > 0 ? 'orange' : 'green'}
      withCloseButton
      closeButtonLabel={t('editor.amendments.applyAll.close')}
      onClose={onClose}
      mb="md"
      role="status"
      data-testid="apply-all-result"
    >
      <Text size="sm">{t('editor.amendments.applyAll.applied', { count: result.applied.length })}</Text>
      {result.failed.length > 0 && (
        <>
          <Text size="sm">{t('editor.amendments.applyAll.notApplied', { count: result.failed.length })}</Text>
          <List size="sm" data-testid="apply-all-failures">
            {result.failed.map((failure) => (
              <List.Item key={failure.item.annotationId}>{why(failure)}</List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
};
