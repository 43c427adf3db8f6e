import type { Round } from '@concordia/contracts';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useClosingForReader } from './closing-time';
import { useAcceptsInput } from './use-accepts-input';

/**
 * An open round's closing time on its own clock (and on the reader's, when it reads otherwise),
 * and once it has passed (before the worker closes the round) that comments are no longer taken.
 * Nothing for a round that is not open: its status says it all.
 */
export const RoundInputNotice = ({ round }: { round: Round }) => {
  const { t } = useTranslation();
  const accepting = useAcceptsInput(round);
  const zoned = useClosingForReader(round);
  if (round.status !== 'open') return null;
  return accepting ? (
    <Text size="sm" c="dimmed" data-testid="round-closes-at">
      {t('rounds.openUntil', { closesAt: zoned(round.closesAt) })}
    </Text>
  ) : (
    <Alert color="orange" variant="light" p="xs" role="status" data-testid="round-closing-passed">
      {t('rounds.closingPassed', { closesAt: zoned(round.closesAt) })}
    </Alert>
  );
};
