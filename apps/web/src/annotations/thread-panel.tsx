import type { Annotation, AnnotationVisibility, Paragraph, Round, SpanSelectors } from '@concordia/contracts';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/auth-context';
import { displayNumber } from '../drafts/document-rows';
import type { Target } from './annotated-reader';
import { takesPart, type Thread } from './annotation-rules';
import { Composer } from './composer';
import { useKeptComposers } from './kept-composers';
import { PresenceAvatars } from './presence-avatars';
import { ThreadCard, useScrollToThread } from './thread-card';
import type { Span } from './selectors';
import type { Reader } from './use-round-live';
import { useAcceptsInput } from '../rounds/use-accepts-input';

interface ThreadPanelProps {
  round: Round;
  paragraph: Paragraph;
  threads: readonly Thread[];
  target: Target | null;
  focusThread: string | null;
  /** The panel's heading, focused when the reader opens the panel from the text. */
  headingRef?: Ref<HTMLHeadingElement>;
  readers: readonly Reader[];
  typing: readonly Reader[];
  onCommentParagraph: () => void;
  /** "Comment on words…": the composer asks for words of the paragraph, for keyboard users. */
  onCommentWords: () => void;
  /** Opens the composer where the user left text unsent on this paragraph. */
  onContinue: (selectors: SpanSelectors | null) => void;
  onWordsSpan: (span: Span | null) => void;
  onCancel: () => void;
  onPosted: (annotation: Annotation) => void;
  onChanged: (annotation: Annotation) => void;
  onTyping: (typing: boolean, visibility: AnnotationVisibility) => void;
}

/** A button's worth of the words a text was on. */
const shortQuote = (quote: string): string => (quote.length > 40 ? `${quote.slice(0, 39).trimEnd()}…` : quote);

/** The threads of one paragraph, its readers, who is typing, and the composer. */
export const ThreadPanel = (props: ThreadPanelProps) => {
  const { round, paragraph, threads, target, focusThread, readers, typing } = props;
  const { t } = useTranslation();
  const me = useMe();
  const speaks = takesPart(me, round);
  // Turns false at the closing time: a composer already open stays, its text kept, but cannot send.
  const accepting = useAcceptsInput(round);
  const hasDelegation = me.memberships.some((m) => m.processId === round.processId && m.delegationId !== null);
  const kept = useKeptComposers(round.id, paragraph.key, target !== null);

  useScrollToThread(focusThread, threads);

  return (
    <Stack gap="sm" data-testid="thread-panel" data-key={paragraph.key}>
      <Group justify="space-between">
        <Title order={4} size="h5" ref={props.headingRef} tabIndex={-1} data-testid="thread-panel-heading">
          {t('annotations.paragraphHeading', { number: displayNumber(paragraph.number) })}
        </Title>
        <PresenceAvatars readers={readers} number={paragraph.number} />
      </Group>
      {speaks &&
        (target ? (
          <Composer
            key={target.serial}
            closed={!accepting}
            roundId={round.id}
            paragraphKey={paragraph.key}
            paragraphText={paragraph.text}
            selectors={target.selectors}
            pickWords={target.pickWords}
            onWordsSpan={props.onWordsSpan}
            hasDelegation={hasDelegation}
            onPosted={props.onPosted}
            onCancel={props.onCancel}
            onTyping={props.onTyping}
          />
        ) : (
          accepting && (
            <Group gap="xs">
              {kept.map(({ selectors }) => (
                <Button
                  key={selectors ? `${selectors.position.start}-${selectors.position.end}` : 'paragraph'}
                  variant="filled"
                  onClick={() => props.onContinue(selectors)}
                  data-testid="unsent-continue"
                >
                  {selectors
                    ? t('unsent.continueOnWords', { quote: shortQuote(selectors.quote.exact) })
                    : t('unsent.continue')}
                </Button>
              ))}
              <Button variant="light" onClick={props.onCommentParagraph} data-testid="comment-paragraph">
                {t('annotations.commentParagraph')}
              </Button>
              <Button variant="subtle" onClick={props.onCommentWords} data-testid="comment-words">
                {t('annotations.commentWords')}
              </Button>
            </Group>
          )
        ))}
      {threads.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('annotations.noThreads')}
        </Text>
      )}
      {threads.map((thread) => (
        <ThreadCard
          key={thread.root.id}
          thread={thread}
          me={me}
          paragraphText={paragraph.text}
          roundId={round.id}
          open={accepting}
          highlighted={thread.root.id === focusThread}
          onChanged={props.onChanged}
          onTyping={props.onTyping}
        />
      ))}
      <Text size="xs" c="dimmed" aria-live="polite" data-testid="typing" mih="1.2em">
        {typing.length > 0 ? t('annotations.thread.typing', { names: typing.map((r) => r.name).join(', ') }) : ''}
      </Text>
    </Stack>
  );
};
