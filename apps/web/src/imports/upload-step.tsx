import type { ErrorCode, ImportJob } from '@concordia/contracts';
import { Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { ErrorAlert } from '../common/error-alert';
import { checkImportFile, IMPORT_ACCEPT, importLimitMegabytes } from './file-check';

interface UploadStepProps {
  draftId: string;
  /** The queued job the API answered with. */
  onUploaded: (job: ImportJob) => void;
}

/** Chooses the document and sends it; a wrong type or size is refused before anything is uploaded. */
export const UploadStep = ({ draftId, onUploaded }: UploadStepProps) => {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<ErrorCode | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [sending, setSending] = useState(false);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setError(undefined);
    setProblem(chosen ? checkImportFile(chosen) : null);
  };

  const upload = () => {
    if (!file) return setProblem('IMPORT_FILE_MISSING');
    const checked = checkImportFile(file);
    if (checked) return setProblem(checked);
    setSending(true);
    setError(undefined);
    api.drafts
      .importFile(draftId, file)
      .then(onUploaded, setError)
      .finally(() => setSending(false));
  };

  return (
    <Stack maw={560}>
      <Text size="sm">{t('imports.uploadIntro')}</Text>
      <ErrorAlert error={error} testId="import-upload-error" />
      <FileInput
        label={t('imports.file')}
        description={t('imports.fileHint', { mb: String(importLimitMegabytes()) })}
        placeholder={t('imports.choose')}
        accept={IMPORT_ACCEPT}
        value={file}
        onChange={choose}
        clearable
        error={problem ? t(`errors.${problem}`) : undefined}
        data-testid="import-file"
      />
      <Group>
        <Button onClick={upload} loading={sending} disabled={problem !== null} data-testid="import-upload">
          {t('imports.upload')}
        </Button>
      </Group>
    </Stack>
  );
};
