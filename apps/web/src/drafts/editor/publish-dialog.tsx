import { type DraftVersion, type PublishVersionResponse } from '@concordia/contracts';
import { Alert, Autocomplete, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/endpoints';
import { staleCurrentVersion } from '../../api/stale-version';
import { ErrorAlert } from '../../common/error-alert';
import { labelChoices } from '../version-options';

interface PublishDialogProps {
  opened: boolean;
  onClose: () => void;
  version: DraftVersion;
  /** Labels already used by this draft's published versions. */
  publishedLabels: string[];
  /** Places with typed but unsaved text: they will not be part of what is published. */
  unsavedCount: number;
  onPublished: (result: PublishVersionResponse) => void;
  onStale: (current: DraftVersion) => void;
}

/** Freezes the working version under a label; the next working version starts as its copy. */
export const PublishDialog = ({
  opened,
  onClose,
  version,
  publishedLabels,
  unsavedCount,
  onPublished,
  onStale,
}: PublishDialogProps) => {
  const { t } = useTranslation();
  const choices = labelChoices(publishedLabels);
  const [label, setLabel] = useState(choices[0] ?? '');
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const trimmed = label.trim();
  const taken = publishedLabels.some((used) => used.trim().toLowerCase() === trimmed.toLowerCase());

  const publish = () => {
    setBusy(true);
    setError(undefined);
    api.versions
      .publish(version.id, { revision: version.revision, label: trimmed })
      .then(onPublished, (caught: unknown) => {
        const current = staleCurrentVersion(caught);
        if (current) {
          onStale(current);
          onClose();
        } else setError(caught);
      })
      .finally(() => setBusy(false));
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('publish.title')} centered data-testid="publish-dialog">
      <Stack>
        <Text size="sm">{t('publish.intro')}</Text>
        {unsavedCount > 0 && (
          <Alert color="yellow" variant="light" data-testid="publish-unsaved">
            {t('publish.unsaved', { n: String(unsavedCount) })}
          </Alert>
        )}
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('editor.cancel')}
          </Button>
          <Button onClick={publish} loading={busy} disabled={trimmed === '' || taken} data-testid="publish-confirm">
            {t('publish.confirm', { label: trimmed || '…' })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
