import type { MatrixParagraph } from '@concordia/contracts';
import { Anchor, Badge, Group, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/endpoints';
import type { RoundText } from '../annotations/thread-link';
import { bareNumber } from '../drafts/document-rows';
import { QueryView } from '../common/query-view';
import { useApiQuery } from '../common/use-api-query';
import { dispositionRows } from './disposition-rows';

const COLORS = { accepted: 'teal', partly_accepted: 'yellow', not_retained: 'gray' } as const;

/** The secretariat's worklist of the round: each comment and amendment with its disposition and a link to its thread. */
export const DispositionsTable = ({
  roundId,
  paragraphs,
  text,
}: {
  roundId: string;
  paragraphs: readonly MatrixParagraph[];
  /** Where the round's threads are read; null while the round's draft is loading. */
  text: RoundText | null;
}) => {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<'pending' | 'all'>('pending');
  const annotations = useApiQuery(`dispositions:${roundId}`, (signal) => api.annotations.list(roundId, signal));

  return (
    <QueryView query={annotations}>
      {(list) => {
        const rows = dispositionRows(list.items, paragraphs, filter === 'pending', text);
        return (
          <>
            <Group justify="space-between" mb="sm">
              <SegmentedControl
                size="xs"
                value={filter}
                onChange={(value) => setFilter(value === 'all' ? 'all' : 'pending')}
                data={[
                  { value: 'pending', label: t('positions.dispositions.pending') },
                  { value: 'all', label: t('positions.dispositions.all') },
                ]}
                data-testid="dispositions-filter"
              />
              <Text size="xs" c="dimmed">
                {t('positions.dispositions.count', { count: rows.length })}
              </Text>
            </Group>
            {rows.length === 0 ? (
              <Text size="sm" c="dimmed" data-testid="dispositions-empty">
                {t('positions.dispositions.empty')}
              </Text>
            ) : (
              <Table striped withTableBorder data-testid="dispositions-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('positions.dispositions.columns.paragraph')}</Table.Th>
                    <Table.Th>{t('positions.dispositions.columns.kind')}</Table.Th>
                    <Table.Th>{t('positions.dispositions.columns.author')}</Table.Th>
                    <Table.Th>{t('positions.dispositions.columns.excerpt')}</Table.Th>
                    <Table.Th>{t('positions.dispositions.columns.disposition')}</Table.Th>
                    <Table.Th>{t('positions.dispositions.columns.thread')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.id} data-testid="disposition-row" data-disposition={row.disposition ?? 'none'}>
                      <Table.Td>{row.paragraphNumber}</Table.Td>
                      <Table.Td>{t(`annotations.kind.${row.kind}`)}</Table.Td>
                      <Table.Td>{row.author}</Table.Td>
                      <Table.Td>
                        {row.hidden ? (
                          <Text size="sm" fs="italic" c="dimmed">
                            {t('session.moderation.hiddenByChair')}
                          </Text>
                        ) : (
                          row.excerpt
                        )}
                      </Table.Td>
                      <Table.Td>
                        {row.disposition ? (
                          <Badge color={COLORS[row.disposition]} variant="light" title={row.reason ?? undefined}>
                            {t(`annotations.disposition.${row.disposition}`)}
                          </Badge>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('annotations.carryForward.noDisposition')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {row.threadPath && (
                          <Anchor
                            component={Link}
                            to={row.threadPath}
                            size="sm"
                            aria-label={t('positions.dispositions.openThreadOf', {
                              author: row.author,
                              number: bareNumber(row.paragraphNumber),
                            })}
                            data-testid="disposition-open-thread"
                          >
                            {t('positions.dispositions.openThread')}
                          </Anchor>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </>
        );
      }}
    </QueryView>
  );
};
