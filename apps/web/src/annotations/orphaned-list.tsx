import type { Annotation, Paragraph, Round } from '@concordia/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/auth-context';
import { bareNumber } from '../drafts/document-rows';
import type { Thread } from './annotation-rules';
import { ThreadCard, useScrollToThread } from './thread-card';
import { useAcceptsInput } from '../rounds/use-accepts-input';

interface OrphanedListProps {
  threads: readonly Thread[];
  round: Round;
  /** The version's paragraphs by key: an orphan whose paragraph is still there names its number. */
  paragraphs: ReadonlyMap<string, Paragraph>;
  /** The thread a link opened: highlighted and scrolled to, as in a paragraph's panel. */
  focusThread: string | null;
  onChanged: (annotation: Annotation) => void;
}

/** Nobody is told of typing in an orphaned thread; one function, so its cards are not drawn again for a new one. */
const noTyping = (): void => undefined;

/** Annotations whose words re-anchoring could not find in this version: listed, never dropped. */
export const OrphanedList = ({ threads, round, paragraphs, focusThread, onChanged }: OrphanedListProps) => {
  const { t } = useTranslation();
  const me = useMe();
  const accepting = useAcceptsInput(round);
  useScrollToThread(focusThread, threads);
  return (
    <Stack gap="sm" data-testid="orphaned-list">
      <Text size="sm" c="dimmed">
        {t('annotations.orphaned.hint')}
      </Text>
      {threads.length === 0 && <Text size="sm">{t('annotations.orphaned.empty')}</Text>}
      {threads.map((thread) => {
        // The key is an internal id: readers know paragraphs by their number in this version.
        const paragraph = paragraphs.get(thread.root.anchor.paragraphKey);
        return (
          <Stack key={thread.root.id} gap={4} data-testid="orphan">
            <Text size="xs" c="dimmed" data-testid="orphan-was">
              {paragraph
                ? t('annotations.orphaned.was', { number: bareNumber(paragraph.number) })
                : t('annotations.orphaned.wasRemoved')}
            </Text>
            <ThreadCard
              thread={thread}
              me={me}
              paragraphText={thread.root.anchor.selectors?.quote.exact ?? ''}
              roundId={round.id}
              open={accepting}
              highlighted={thread.root.id === focusThread}
              onChanged={onChanged}
              onTyping={noTyping}
            />
          </Stack>
        );
      })}
    </Stack>
  );
};
