import { ActionIcon, Button, Tooltip } from '@mantine/core';
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

/** A Word document's download as a button, busy while it is fetched. */
export const WordDocumentButton = ({
  path,
  query,
  fileName,
  label,
  title,
  disabled = false,
  testId,
}: {
  path: string;
  query?: Record<string, string>;
  fileName: string;
  label: string;
  title?: string;
  disabled?: boolean;
  testId: string;
}) => {
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

/**
 * The same download as an icon, where a labelled button would take a row of its own (on a phone):
 * `label` is its accessible name, `title` its tooltip, shown on touch too.
 */
export const WordDocumentIcon = ({
  path,
  fileName,
  label,
  title,
  testId,
}: {
  path: string;
  fileName: string;
  label: string;
  title: string;
  testId: string;
}) => {
  const { download, loading } = useWordDocument({ path, fileName });
  return (
    <Tooltip label={title} multiline maw={260} events={{ hover: true, focus: true, touch: true }}>
      <ActionIcon
        variant="default"
        size="lg"
        onClick={download}
        loading={loading}
        aria-label={label}
        data-testid={testId}
      >
        <svg
          width="20"
          height="20"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
          aria-hidden="true"
          focusable="false"
        >
          <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
          <path d="M14 3v5h5" />
          <path d="M12 11v6" />
          <path d="m9 14 3 3 3-3" />
        </svg>
      </ActionIcon>
    </Tooltip>
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
