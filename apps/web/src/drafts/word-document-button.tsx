import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../api/endpoints';
import { useErrorMessage } from '../common/error-alert';
import { saveBlob } from '../common/save-file';

/**
 * Downloads a Word document (of the draft, a comparison, a delegation's report). Fetched with the
 * bearer token, which a plain link cannot carry, so the file is saved from memory under `fileName`.
 */
export const useWordDocument = ({
  path,
  query,
  fileName,
}: {
  path: string;
  query?: Record<string, string>;
  fileName: string;
}): { download: () => void; loading: boolean } => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [loading, setLoading] = useState(false);
  const download = () => {
    setLoading(true);
    apiClient
      .sendBlob('GET', path, { query })
      .then((blob) => {
        saveBlob(blob, fileName);
        notifications.show({ color: 'teal', message: t('wordDocuments.done', { file: fileName }) });
      })
      .catch((caught: unknown) =>
        notifications.show({ color: 'red', title: t('wordDocuments.failed'), message: errorMessage(caught) }),
      )
      .finally(() => setLoading(false));
  };
  return { download, loading };
};

/** A Word document to download, and the words and test id of what downloads it. */
export interface WordDocument {
  path: string;
  query?: Record<string, string>;
  fileName: string;
  label: string;
  title?: string;
  testId: string;
}

/** A Word document's download as a button, busy while it is fetched. */
export const WordDocumentButton = ({
  path,
  query,
  fileName,
  label,
  title,
  disabled = false,
  testId,
}: WordDocument & { disabled?: boolean }) => {
  const { download, loading } = useWordDocument({ path, query, fileName });
  return (
    <Button
      variant="default"
      onClick={download}
      loading={loading}
      disabled={disabled}
      title={title}
      data-testid={testId}
    >
      {label}
    </Button>
  );
};

/** The name a downloaded document is saved under: letters and digits of the title and labels. */
export const documentFileName = (...parts: string[]): string =>
  `${
    parts
      .join(' ')
      .replace(/[^\p{L}\p{N}.]+/gu, '-')
      .replace(/^-|-$/g, '') || 'draft'
  }.docx`;
