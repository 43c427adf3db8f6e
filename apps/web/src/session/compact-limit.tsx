import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The speaking time on a card above the text. Beside a last turn and a request it is the part
 * that gives way ("Temps de parole : 3…", whole in its title and for screen readers) rather than
 * sending the card onto a row of its own, which pushed the text below the fold in French.
 */
export const CompactLimit = ({ minutes }: { minutes: number }) => {
  const { t } = useTranslation();
  const full = t('session.speakers.limitShort', { count: minutes });
  return (
    <Text size="sm" c="dimmed" truncate title={full} className="compact-limit" data-testid="speakers-speaking-time">
      {full}
    </Text>
  );
};
