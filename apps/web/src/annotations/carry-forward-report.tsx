import { takesDisposition } from '@concordia/contracts';
import { Badge, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { useApiQuery } from '../common/use-api-query';
import { QueryView } from '../common/query-view';
import { displayNumber } from '../drafts/document-rows';
import { useVersionLabel } from '../drafts/version-label';
import type { VersionSummary } from '../drafts/version-options';
import { landingOf, type Landing } from './carry-forward-landing';

interface CarryForwardReportProps {
  draftId: string;
  /** Published versions, oldest first. */
  versions: readonly VersionSummary[];
  opened: boolean;
  onClose: () => void;
}

/**
 * The secretariat's view of a publication: paragraph by paragraph, each comment and amendment of
 * the earlier version, its disposition, and where re-anchoring put it (or that it is orphaned).
 * Opened from the draft page's menu, which closes as the dialog opens: so the page holds `opened`.
 */
export const CarryForwardReport = ({ draftId, versions, opened, onClose }: CarryForwardReportProps) => {
  const { t } = useTranslation();
  const labelOf = useVersionLabel();
  const [from, setFrom] = useState<string | null>(versions.at(-2)?.id ?? null);
  const [to, setTo] = useState<string | null>(versions.at(-1)?.id ?? null);
  const report = useApiQuery(opened && from && to && from !== to ? `carry-forward:${from}:${to}` : null, (signal) =>
    api.drafts.carryForward(draftId, from ?? '', to ?? '', signal),
  );
  const options = versions.map((v) => ({ value: v.id, label: labelOf(v) }));

  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={t('annotations.carryForward.title')}>
      <Stack gap="md" data-testid="carry-forward">
        <Group>
          <Select label={t('annotations.carryForward.from')} data={options} value={from} onChange={setFrom} />
          <Select label={t('annotations.carryForward.to')} data={options} value={to} onChange={setTo} />
        </Group>
        <QueryView query={report}>
          {(data) =>
            data.paragraphs.length === 0 ? (
              <Text c="dimmed">{t('annotations.carryForward.empty')}</Text>
            ) : (
              <Stack gap="md">
                {data.paragraphs.map((paragraph) => (
                  <section key={paragraph.paragraphKey} data-testid="carry-forward-paragraph">
                    <Title order={5}>
                      {t('annotations.carryForward.paragraph', { from: displayNumber(paragraph.fromNumber) })}
                      <LandingNote landing={landingOf(paragraph.fromNumber, paragraph.toNumber)} />
                    </Title>
                    <Table striped withTableBorder>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('annotations.carryForward.columns.kind')}</Table.Th>
                          <Table.Th>{t('annotations.carryForward.columns.excerpt')}</Table.Th>
                          <Table.Th>{t('annotations.carryForward.columns.disposition')}</Table.Th>
                          <Table.Th>{t('annotations.carryForward.columns.result')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {paragraph.annotations.map((entry) => (
                          <Table.Tr key={entry.annotationId} data-status={entry.status}>
                            <Table.Td>{t(`annotations.kind.${entry.kind}`)}</Table.Td>
                            <Table.Td>{entry.excerpt}</Table.Td>
                            <Table.Td>
                              {entry.disposition
                                ? t(`annotations.disposition.${entry.disposition}`)
                                : takesDisposition(entry.kind) && t('annotations.carryForward.noDisposition')}
                            </Table.Td>
                            <Table.Td>
                              <Badge color={entry.status === 'orphaned' ? 'red' : 'teal'} variant="light">
                                {entry.status === 'orphaned'
                                  ? t('annotations.carryForward.orphaned')
                                  : t('annotations.carryForward.landed')}
                              </Badge>{' '}
                              {entry.method && t(`annotations.carryForward.method.${entry.method}`)}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </section>
                ))}
              </Stack>
            )
          }
        </QueryView>
      </Stack>
    </Modal>
  );
};

const LandingNote = ({ landing }: { landing: Landing }) => {
  const { t } = useTranslation();
  if (!landing) return null;
  return (
    <Text span size="sm" c="dimmed" ml="xs">
      {landing.kind === 'removed'
        ? t('annotations.carryForward.removed')
        : t('annotations.carryForward.movedTo', { to: displayNumber(landing.to) })}
    </Text>
  );
};
