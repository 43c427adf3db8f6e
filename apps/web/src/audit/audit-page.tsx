import type { AuditAction, AuditEntry } from '@concordia/contracts';
import { Button, Card, Code, EmptyState, Group, Modal, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { DataTable } from '../common/data-table';
import { useErrorMessage } from '../common/error-alert';
import { useFormatters } from '../common/format';
import { WallClockInput } from '../common/wall-clock-input';
import { PageHeader } from '../common/page-header';
import { ProcessScoped, useSelectedProcess } from '../common/process-picker';
import { QueryView } from '../common/query-view';
import { saveBlob } from '../common/save-file';
import { useApiQuery } from '../common/use-api-query';
import {
  actionOptions,
  auditFilters,
  csvFileName,
  EMPTY_FILTERS,
  rangeIsOrdered,
  type AuditFilterInputs,
} from './audit-filters';
import { auditActionLabel, auditSummary } from './audit-summary';

const PAGE_SIZE = 50;

/** The secretariat's audit log of one process: filter, page through, export as CSV. */
export const AuditPage = () => {
  const { t } = useTranslation();
  const selection = useSelectedProcess();
  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <ProcessScoped selection={selection}>
        {(processId) => (
          <AuditLog
            key={processId}
            processId={processId}
            processTitle={selection.processes.find((p) => p.id === processId)?.title ?? ''}
          />
        )}
      </ProcessScoped>
    </>
  );
};

const AuditLog = ({ processId, processTitle }: { processId: string; processTitle: string }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const [inputs, setInputs] = useState<AuditFilterInputs>(EMPTY_FILTERS);
  const [applied, setApplied] = useState<AuditFilterInputs>(EMPTY_FILTERS);
  // Cursors of the pages seen so far: the first page has none; "previous" pops one.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [details, setDetails] = useState<AuditEntry | null>(null);
  const [exporting, setExporting] = useState(false);
  const cursor = cursors.at(-1);
  const filters = auditFilters(applied, format.timeZone);
  const page = useApiQuery(`audit:${processId}:${JSON.stringify(filters)}:${cursor ?? ''}`, (signal) =>
    api.processes.audit(processId, { ...filters, cursor, limit: PAGE_SIZE }, signal),
  );
  const ordered = rangeIsOrdered(inputs);
  const options = useMemo(() => actionOptions((action) => auditActionLabel(t, action)), [t]);
  const summary = (entry: AuditEntry) => auditSummary(entry, { t, dateTime: format.deadline });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!ordered || inputs.from === null || inputs.to === null) return;
    setApplied(inputs);
    setCursors([undefined]);
  };

  const exportCsv = () => {
    setExporting(true);
    api.processes
      .auditCsv(processId, filters)
      .then((blob) => saveBlob(blob, csvFileName(processTitle, new Date())))
      .catch((caught: unknown) =>
        notifications.show({ color: 'red', title: t('audit.exportFailed'), message: errorMessage(caught) }),
      )
      .finally(() => setExporting(false));
  };

  const set = (field: 'from' | 'to') => (value: string | null) => setInputs((prev) => ({ ...prev, [field]: value }));

  return (
    <>
      <Card
        withBorder
        padding="md"
        mb="lg"
        component="form"
        onSubmit={apply}
        aria-label={t('audit.filters')}
        data-testid="audit-filters"
      >
        {/* One line at 1280 px in every language: the action select takes the width the other
            controls leave (their labels are longer in French and Spanish); its options get more. */}
        <Group align="flex-end" gap="sm">
          <Select<AuditAction>
            label={t('audit.action')}
            placeholder={t('audit.anyAction')}
            data={options}
            value={inputs.action}
            onChange={(action) => setInputs((prev) => ({ ...prev, action }))}
            searchable
            clearable
            flex="1 1 10rem"
            maw={320}
            comboboxProps={{ width: 320, position: 'bottom-start' }}
            data-testid="audit-action"
          />
          <WallClockInput
            kind="date"
            label={t('audit.from')}
            value={inputs.from}
            onChange={set('from')}
            w={150}
            data-testid="audit-from"
          />
          <WallClockInput
            kind="date"
            label={t('audit.to')}
            value={inputs.to}
            onChange={set('to')}
            w={150}
            error={ordered ? undefined : t('audit.rangeInvalid')}
            data-testid="audit-to"
          />
          <Button type="submit" data-testid="audit-apply">
            {t('audit.apply')}
          </Button>
          <Button
            variant="subtle"
            color="gray"
            data-testid="audit-reset"
            onClick={() => {
              setInputs(EMPTY_FILTERS);
              setApplied(EMPTY_FILTERS);
              setCursors([undefined]);
            }}
          >
            {t('audit.reset')}
          </Button>
          <Button variant="default" ml="auto" onClick={exportCsv} loading={exporting} data-testid="audit-export">
            {t('audit.export')}
          </Button>
        </Group>
      </Card>

      <QueryView query={page}>
        {({ items, nextCursor }) => (
          <>
            {items.length === 0 ? (
              <EmptyState title={t('audit.empty')} align="left" />
            ) : (
              <DataTable
                minWidth={760}
                testId="audit-table"
                columns={[
                  t('audit.columns.at'),
                  t('audit.columns.actor'),
                  t('audit.columns.action'),
                  t('audit.columns.summary'),
                  t('audit.details'),
                ]}
              >
                {items.map((entry) => (
                  <Table.Tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.at)}</Table.Td>
                    <Table.Td data-testid="audit-actor">
                      {entry.actorName}
                      {entry.automatic && (
                        <Text size="xs" c="dimmed">
                          {t(`audit.automatic.${entry.automatic}`)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500} title={entry.action} data-testid="audit-action-label">
                        {auditActionLabel(t, entry.action)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" data-testid="audit-summary">
                        {summary(entry)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {(entry.before !== null || entry.after !== null) && (
                        <Button size="compact-xs" variant="subtle" onClick={() => setDetails(entry)}>
                          {t('audit.details')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </DataTable>
            )}
            <Group justify="space-between" mt="md">
              <Text size="sm" c="dimmed">
                {t('audit.page', { n: String(cursors.length) })}
              </Text>
              <Group gap="xs">
                <Button
                  variant="default"
                  disabled={cursors.length === 1}
                  onClick={() => setCursors((list) => list.slice(0, -1))}
                  data-testid="audit-previous"
                >
                  {t('audit.previous')}
                </Button>
                <Button
                  variant="default"
                  disabled={nextCursor === null}
                  onClick={() => nextCursor && setCursors((list) => [...list, nextCursor])}
                  data-testid="audit-next"
                >
                  {t('audit.next')}
                </Button>
              </Group>
            </Group>
          </>
        )}
      </QueryView>

      <Modal
        opened={details !== null}
        onClose={() => setDetails(null)}
        title={details && summary(details)}
        size="xl"
        centered
      >
        {details && (
          <Group align="flex-start" grow>
            <div>
              <Text fw={600} size="sm" mb={4}>
                {t('audit.before')}
              </Text>
              <Code block>{JSON.stringify(details.before, null, 2)}</Code>
            </div>
            <div>
              <Text fw={600} size="sm" mb={4}>
                {t('audit.after')}
              </Text>
              <Code block>{JSON.stringify(details.after, null, 2)}</Code>
            </div>
          </Group>
        )}
      </Modal>
    </>
  );
};
