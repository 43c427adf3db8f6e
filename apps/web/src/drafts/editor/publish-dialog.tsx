import {
  comparisonUnchanged,
  ErrorCode,
  PUBLICATION_NOTE_MAX,
  type DraftVersion,
  type PublishVersionResponse,
} from '@concordia/contracts';
import { Alert, Autocomplete, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { hasCode } from '../../api/api-error';
import { api } from '../../api/endpoints';
import { staleCurrentVersion } from '../../api/stale-version';
import { ErrorAlert } from '../../common/error-alert';
import { useApiQuery } from '../../common/use-api-query';
import { RestoredNotice } from '../../unsent/restored-notice';
import { publicationNotePlace } from '../../unsent/unsent-places';
import { useKeepWhileWriting, useUnsentText } from '../../unsent/use-unsent-text';
import { labelChoices, type VersionSummary } from '../version-options';
import { DroppedApplications } from './amendments/dropped-applications';

const keptNoteSchema = z.object({ note: z.string() });

interface PublishDialogProps {
  opened: boolean;
  onClose: () => void;
  version: DraftVersion;
  /** Labels already used by this draft's published versions. */
  publishedLabels: string[];
  /** The latest published version, which this one must differ from; null before the zero draft. */
  lastPublished: Pick<VersionSummary, 'id' | 'label'> | null;
  /** Places with typed but unsaved text: they will not be part of what is published. */
  unsavedCount: number;
  onPublished: (result: PublishVersionResponse) => void;
  onStale: (current: DraftVersion) => void;
  /** Closes the dialog on a paragraph named in its warnings, brought into view. */
  onShowParagraph: (paragraphKey: string) => void;
}

/**
 * Freezes the working version under a label; the next working version starts as its copy. Says
 * beforehand when the text reads exactly as the last published version (the comparison the
 * server also makes), and then publishes only when asked to anyway; warns of applied amendments
 * that publishing will not publish as applied (their effect is gone from the text). The note circulated with the
 * version is kept in this browser as it is typed, per draft, until the version is published.
 */
export const PublishDialog = ({
  opened,
  onClose,
  version,
  publishedLabels,
  lastPublished,
  unsavedCount,
  onPublished,
  onStale,
  onShowParagraph,
}: PublishDialogProps) => {
  const { t } = useTranslation();
  const choices = labelChoices(publishedLabels);
  const [label, setLabel] = useState(choices[0] ?? '');
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const unsent = useUnsentText(publicationNotePlace(version.draftId), keptNoteSchema);
  const [note, setNote] = useState(unsent.restored?.note ?? '');
  useKeepWhileWriting(unsent, note.trim() !== '' ? { note } : null);
  const trimmed = label.trim();
  const taken = publishedLabels.some((used) => used.trim().toLowerCase() === trimmed.toLowerCase());
  const fromId = lastPublished?.id ?? '';
  const comparison = useApiQuery(
    lastPublished ? `publish-compare:${fromId}:${version.id}:${version.revision}` : null,
    (signal) => api.drafts.compare(version.draftId, fromId, version.id, signal),
  );
  // Also set by the server's refusal, should the text have changed back since the comparison.
  const [refusedUnchanged, setRefusedUnchanged] = useState(false);
  const unchanged = refusedUnchanged || (comparison.data !== undefined && comparisonUnchanged(comparison.data));

  const publish = () => {
    setBusy(true);
    setError(undefined);
    api.versions
      .publish(version.id, {
        revision: version.revision,
        label: trimmed,
        allowUnchanged: unchanged,
        ...(note.trim() !== '' ? { note } : {}),
      })
      .then(
        (result) => {
          unsent.clear();
          onPublished(result);
        },
        (caught: unknown) => {
          const current = staleCurrentVersion(caught);
          if (current) {
            onStale(current);
            onClose();
          } else if (hasCode(caught, ErrorCode.VersionUnchanged)) setRefusedUnchanged(true);
          else setError(caught);
        },
      )
      .finally(() => setBusy(false));
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('publish.title')} centered data-testid="publish-dialog">
      <Stack>
        <Text size="sm">{t('publish.intro')}</Text>
        {unsavedCount > 0 && (
          <Alert color="yellow" variant="light" data-testid="publish-unsaved">
            {t('publish.unsaved', { count: unsavedCount })}
          </Alert>
        )}
        {unchanged && lastPublished && (
          <Alert color="yellow" variant="light" title={t('publish.unchangedTitle')} data-testid="publish-unchanged">
            {t('publish.unchanged', { label: lastPublished.label })}
          </Alert>
        )}
        <DroppedApplications version={version} onShow={onShowParagraph} />
        <ErrorAlert error={error} />
        <Autocomplete
          label={t('publish.label')}
          description={t('publish.labelHint')}
          data={choices}
          value={label}
          onChange={setLabel}
          maxLength={60}
          // Opened below, the suggestions covered the Publish button until Escape; above, they
          // cover only the dialog's introduction, and never flip back down over the button.
          comboboxProps={{ position: 'top', middlewares: { flip: false, shift: true } }}
          maxDropdownHeight={180}
          error={trimmed === '' ? t('validation.required') : taken ? t('publish.labelTaken') : undefined}
          data-testid="publish-label"
        />
        <RestoredNotice
          shown={unsent.noticeShown}
          onDiscard={() => {
            unsent.clear();
            setNote('');
          }}
        />
        <Textarea
          label={t('publish.note')}
          description={t('publish.noteHint')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={PUBLICATION_NOTE_MAX}
          data-testid="publish-note"
          // Focus would otherwise land on the close button, where a typed space closes the dialog.
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('editor.cancel')}
          </Button>
          <Button onClick={publish} loading={busy} disabled={trimmed === '' || taken} data-testid="publish-confirm">
            {t(unchanged ? 'publish.confirmAnyway' : 'publish.confirm', { label: trimmed || '…' })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
