import { publicRoundPath, type Draft, type Round } from '@concordia/contracts';
import { Anchor, EmptyState, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RoundStatusBadge } from '../common/badges';
import { DataTable } from '../common/data-table';
import { useFormatters } from '../common/format';

const versionLabels = (drafts: Draft[]): Map<string, string> =>
  new Map(drafts.flatMap((draft) => draft.versions.map((version) => [version.id, version.label] as const)));

export const RoundsTable = ({ rounds, drafts }: { rounds: Round[]; drafts: Draft[] }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = versionLabels(drafts);
  if (rounds.length === 0) return <EmptyState title={t('rounds.empty')} align="left" size="sm" />;
  return (
    <DataTable
      minWidth={640}
      testId="rounds-table"
      striped={false}
      columns={[
        t('rounds.columns.name'),
        t('rounds.columns.status'),
        t('rounds.columns.window'),
        t('rounds.columns.version'),
        t('rounds.columns.confidentiality'),
      ]}
    >
      {rounds.map((round) => (
        <Table.Tr key={round.id} data-testid="round-row">
          <Table.Td>
            <Anchor
              component={Link}
              to={`/processes/${round.processId}/rounds/${round.id}`}
              fw={600}
              data-testid="round-link"
            >
              {round.name}
            </Anchor>
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <RoundStatusBadge status={round.status} />
          </Table.Td>
          <Table.Td>
            <Text size="sm">{format.range(round.opensAt, round.closesAt)}</Text>
            {round.timeZone !== format.timeZone && (
              <Text size="xs" c="dimmed">
                {t('rounds.yourTimeZone', { timeZone: format.zoneName(format.timeZone) })}
              </Text>
            )}
          </Table.Td>
          <Table.Td>{labels.get(round.versionId) ?? '—'}</Table.Td>
          <Table.Td>
            {t(`rounds.confidentiality.${round.confidentiality}`)}
            {round.confidentiality === 'public' && round.status !== 'scheduled' && (
              <Text size="xs">
                <Anchor
                  component={Link}
                  to={publicRoundPath(round.id)}
                  title={t('publicRound.linkHint')}
                  data-testid="public-round-link"
                >
                  {t('publicRound.link')}
                </Anchor>
              </Text>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
};
