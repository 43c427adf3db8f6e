import type { MatrixParagraph, ParagraphSummary, PositionMatrix } from '@concordia/contracts';
import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VirtualRows } from '../common/virtual-rows';
import { displayNumber } from '../drafts/document-rows';
import { ConsensusBadge } from './consensus-summary';
import { POSITION_COLORS, POSITION_FILLS } from './position-colors';
import { paragraphStances, type Stance } from './paragraph-stances';

interface PositionsByParagraphProps {
  matrix: PositionMatrix;
  /** The reader's delegation: its position leads each paragraph. */
  ownDelegationId: string | null;
}

/**
 * The matrix read a paragraph at a time, for screens too narrow for its columns: each paragraph
 * says the reader's own position and how many hold each stance, and opens on the delegations
 * under each stance. Nothing scrolls sideways; a paragraph's names are only in the page while
 * it is open, so 193 delegations × 300 paragraphs stay light.
 */
export const PositionsByParagraph = ({ matrix, ownDelegationId }: PositionsByParagraphProps) => {
  const [opened, setOpened] = useState<string[]>([]);
  const ownRow = matrix.rows.find((r) => r.delegationId === ownDelegationId);
  const own = ownRow ? matrix.delegations.find((d) => d.id === ownRow.delegationId) : undefined;
  return (
    <Accordion
      multiple
      value={opened}
      onChange={setOpened}
      keepMounted={false}
      order={3}
      data-testid="positions-by-paragraph"
    >
      <VirtualRows
        count={matrix.paragraphs.length}
        rowKey={(j) => matrix.paragraphs[j]?.key ?? String(j)}
        estimateSize={() => 96}
        renderRow={(j) => {
          const paragraph = matrix.paragraphs[j];
          const summary = matrix.summary[j];
          if (!paragraph || !summary) return null;
          return (
            <ParagraphItem
              matrix={matrix}
              column={j}
              paragraph={paragraph}
              summary={summary}
              own={own && ownRow ? { name: own.name, stance: ownRow.values[j] ?? 'none' } : null}
              ownDelegationId={ownDelegationId}
            />
          );
        }}
      />
    </Accordion>
  );
};

interface ParagraphItemProps {
  matrix: PositionMatrix;
  column: number;
  paragraph: MatrixParagraph;
  summary: ParagraphSummary;
  own: { name: string; stance: Stance } | null;
  ownDelegationId: string | null;
}

const ParagraphItem = ({ matrix, column, paragraph, summary, own, ownDelegationId }: ParagraphItemProps) => {
  const { t } = useTranslation();
  const { counts } = summary;
  const chips = [
    { key: 'objection', stance: 'objection', n: counts.objection },
    { key: 'reservation', stance: 'reservation', n: counts.reservation },
    { key: 'amended', stance: 'support_with_amendments', n: counts.support_with_amendments },
    { key: 'support', stance: 'support', n: counts.support },
    { key: 'silent', stance: 'no_position', n: counts.no_position + counts.none },
  ] as const;
  return (
    <Accordion.Item value={paragraph.key} data-testid="paragraph-positions" data-key={paragraph.key}>
      <Accordion.Control data-testid="paragraph-positions-toggle">
        <Stack gap={4}>
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600}>
              {t('positions.matrix.paragraph', { number: displayNumber(paragraph.number) })}
            </Text>
            <ConsensusBadge summary={summary} />
          </Group>
          {own && (
            <Text size="sm" data-testid="own-position" data-stance={own.stance}>
              {t('positions.byParagraph.own', { delegation: own.name, value: t(`positions.value.${own.stance}`) })}
            </Text>
          )}
          <Group gap={4}>
            {chips
              .filter((chip) => chip.n > 0)
              .map((chip) => (
                <Badge
                  key={chip.key}
                  size="sm"
                  variant="light"
                  color={POSITION_COLORS[chip.stance]}
                  tt="none"
                  data-testid="stance-count"
                >
                  {t(`positions.matrix.count.${chip.key}`, { count: chip.n })}
                </Badge>
              ))}
          </Group>
        </Stack>
      </Accordion.Control>
      <Accordion.Panel>
        <StanceGroups matrix={matrix} column={column} ownDelegationId={ownDelegationId} />
      </Accordion.Panel>
    </Accordion.Item>
  );
};

/** An open paragraph's delegations under each stance, objections first. */
const StanceGroups = ({
  matrix,
  column,
  ownDelegationId,
}: Omit<ParagraphItemProps, 'paragraph' | 'summary' | 'own'>) => {
  const { t } = useTranslation();
  const { groups } = paragraphStances(matrix, column, ownDelegationId);
  return (
    <Stack gap="sm">
      {groups.map(({ stance, delegations }) => (
        <div key={stance} data-testid="stance-group" data-stance={stance}>
          <Group gap={6} wrap="nowrap">
            <span className="pm-cell" style={{ background: POSITION_FILLS[stance] }} aria-hidden="true" />
            <Text component="h4" size="sm" fw={600} m={0}>
              {t('positions.byParagraph.stance', {
                value: t(`positions.value.${stance}`),
                n: String(delegations.length),
              })}
            </Text>
          </Group>
          <ul className="stance-delegations">
            {delegations.map((d) => (
              <li key={d.id} data-own={d.id === ownDelegationId || undefined}>
                {d.name}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Stack>
  );
};
