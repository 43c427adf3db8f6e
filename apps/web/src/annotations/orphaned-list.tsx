import type { Annotation, Round } from '@concordia/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/auth-context';
import type { Thread } from './annotation-rules';
import { ThreadCard } from './thread-card';

interface OrphanedListProps {
  threads: readonly Thread[];
  round: Round;
  onChanged: (annotation: Annotation) => void;
}

/** Annotations whose words re-anchoring could not find in this version: listed, never dropped. */
export const OrphanedList = ({ threads, round, onChanged }: OrphanedListProps) => {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Stack gap="sm" data-testid="orphaned-list">
      <Text size="sm" c="dimmed">
        {t('annotations.orphaned.hint')}
      </Text>
      {threads.length === 0 && <Text size="sm">{t('annotations.orphaned.empty')}</Text>}
      {threads.map((thread) => (
        <Stack key={thread.root.id} gap={4}>
          <Text size="xs" c="dimmed">
            {t('annotations.orphaned.was', { key: thread.root.anchor.paragraphKey })}
          </Text>
          <ThreadCard
            thread={thread}
            me={me}
            paragraphText={thread.root.anchor.selectors?.quote.exact ?? ''}
            open={round.status === 'open'}
            highlighted={false}
            onChanged={onChanged}
            onTyping={() => undefined}
          />
        </Stack>
      ))}
    </Stack>
  );
};
