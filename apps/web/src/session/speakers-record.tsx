import type { Round, SpeakerTurns } from '@concordia/contracts';
import { Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { ErrorAlert, useErrorMessage } from '../common/error-alert';
import { saveBlob } from '../common/save-file';
import { bareNumber } from '../drafts/document-rows';
import { formatDuration } from './durations';
import type { NumberedParagraph } from './silence-panel';

interface SpeakersRecordProps {
  round: Round;
  paragraphs: NumberedParagraph[];
  /** When the last turn ended: the record is read again after each turn. */
  lastEndedAt: string | null;
}

/**
 * The record of the floor for the chair and the secretariat: who spoke, on which paragraph,
 * for how long and whether over the speaking time, oldest first; downloadable as CSV for the
 * meeting report.
 */
export const SpeakersRecord = ({ round, paragraphs, lastEndedAt }: SpeakersRecordProps) => {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [record, setRecord] = useState<SpeakerTurns | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [downloading, setDownloading] = useState(false);
  const numberOf = (key: string) => bareNumber(paragraphs.find((p) => p.key === key)?.number ?? key);
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });

  useEffect(() => {
    const controller = new AbortController();
    api.speakers.turns(round.id, controller.signal).then(
      (next) => {
        setRecord(next);
        setError(undefined);
      },
      (caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      },
    );
    return () => controller.abort();
  }, [round.id, lastEndedAt]);

  const download = () => {
    setDownloading(true);
    api.speakers
      .turnsCsv(round.id)
      .then((blob) => saveBlob(blob, `${t('session.record.fileName', { round: round.name })}.csv`))
      .catch((caught: unknown) =>
        notifications.show({ color: 'red', title: t('session.record.failed'), message: errorMessage(caught) }),
      )
      .finally(() => setDownloading(false));
  };

  const turns = record?.turns ?? [];
  return (
    <Card withBorder padding="md" data-testid="speakers-record">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('session.record.title')}
        </Title>
        <Button
          size="compact-sm"
          variant="light"
          loading={downloading}
          disabled={turns.length === 0}
          onClick={download}
          data-testid="speakers-record-csv"
        >
          {t('session.record.download')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {turns.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('session.record.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('session.record.givenAt')}</Table.Th>
                <Table.Th>{t('session.record.delegation')}</Table.Th>
                <Table.Th>{t('session.record.paragraph')}</Table.Th>
                <Table.Th>{t('session.record.duration')}</Table.Th>
                <Table.Th>{t('session.record.speakingTime')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {turns.map((turn) => (
                <Table.Tr key={turn.id} data-testid="speakers-record-turn">
                  <Table.Td>{time.format(new Date(turn.givenAt))}</Table.Td>
                  <Table.Td>{turn.delegationName}</Table.Td>
                  <Table.Td>{t('session.paragraphLabel', { number: numberOf(turn.paragraphKey) })}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      {formatDuration(turn.elapsedMs)}
                      {turn.overTime && (
                        <Badge size="sm" color="orange" variant="light" data-testid="speakers-record-over">
                          {t('session.record.overTime')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {turn.speakingTimeMinutes === null
                      ? t('session.speakers.noLimit')
                      : t('session.speakers.minutes', { count: turn.speakingTimeMinutes })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
};
