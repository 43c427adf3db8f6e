import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient, type PositionFilters } from '../api/endpoints';
import { useErrorMessage } from '../common/error-alert';
import { saveBlob } from '../common/save-file';

type ExportKind = 'csv' | 'xlsx' | 'docx';

const PATHS: Record<ExportKind, string> = {
  csv: 'export.csv',
  xlsx: 'export.xlsx',
  docx: 'compilation.docx',
};

interface Progressing {
  kind: ExportKind;
  /** null while the server prepares the file (nothing received yet, or no length announced). */
  percent: number | null;
}

/**
 * The secretariat's exports. A large workbook or compilation takes a while to build and to
 * download: the button shows "preparing" until the first bytes arrive, then how much is in.
 */
export const ExportButtons = ({
  roundId,
  filters,
  name,
}: {
  roundId: string;
  filters: PositionFilters;
  name: string;
}) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [progress, setProgress] = useState<Progressing | null>(null);

  const run = (kind: ExportKind) => {
    const fileName = `${name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'positions'}.${kind}`;
    setProgress({ kind, percent: null });
    const query =
      kind === 'docx'
        ? {}
        : { region: filters.region.join(',') || undefined, kind: filters.kind.join(',') || undefined };
    apiClient
      .sendBlobWithProgress(
        'GET',
        `/rounds/${encodeURIComponent(roundId)}/positions/${PATHS[kind]}`,
        { query },
        (received, total) =>
          setProgress({ kind, percent: total ? Math.min(100, Math.round((received / total) * 100)) : null }),
      )
      .then((blob) => {
        saveBlob(blob, fileName);
        notifications.show({ color: 'teal', message: t('positions.exports.done', { file: fileName }) });
      })
      .catch((caught: unknown) =>
        notifications.show({ color: 'red', title: t('positions.exports.failed'), message: errorMessage(caught) }),
      )
      .finally(() => setProgress(null));
  };

  return (
    <Stack gap="xs" data-testid="position-exports">
      <Group gap="xs">
        {(Object.keys(PATHS) as ExportKind[]).map((kind) => (
          <Button
            key={kind}
            variant="default"
            size="xs"
            loading={progress?.kind === kind}
            disabled={progress !== null}
            onClick={() => run(kind)}
            data-testid={`export-${kind}`}
          >
            {t(`positions.exports.${kind}`)}
          </Button>
        ))}
      </Group>
      {progress && (
        <Stack gap={2} data-testid="export-progress">
          <Text size="xs" c="dimmed">
            {progress.percent === null
              ? t('positions.exports.preparing', { file: t(`positions.exports.${progress.kind}`) })
              : t('positions.exports.downloading', { file: t(`positions.exports.${progress.kind}`) })}
          </Text>
          <Progress
            value={progress.percent ?? 100}
            animated={progress.percent === null}
            striped={progress.percent === null}
            aria-label={t('positions.exports.title')}
          />
        </Stack>
      )}
    </Stack>
  );
};
