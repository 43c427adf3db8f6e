import type { Paragraph, ParagraphStatus, PublicAnnotation } from '@concordia/contracts';
import { Badge, Box, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../common/format';
import { ParagraphNumber } from '../drafts/draft-document';
import { ParagraphStatusBadge } from '../drafts/paragraph-status';
import type { Thread } from '../annotations/annotation-rules';

/** One paragraph of a public round: its number, text and status, then the threads on it. */
export const PublicParagraph = ({
  paragraph,
  status,
  threads,
  considered = false,
}: {
  paragraph: Paragraph;
  status: ParagraphStatus;
  threads: Thread<PublicAnnotation>[];
  /** The paragraph under consideration in the round's session. */
  considered?: boolean;
}) => {
  const { t } = useTranslation();
  return (
    <div
      id={`para-${paragraph.key}`}
      className={`draft-paragraph draft-paragraph--aside${considered ? ' is-considered' : ''}`}
      data-testid="paragraph"
      data-key={paragraph.key}
      data-number={paragraph.number}
    >
      <ParagraphNumber number={paragraph.number} />
      <div>
        <p className="draft-paragraph-text">{paragraph.text}</p>
        <PublicThreadList threads={threads} />
      </div>
      <div className="draft-paragraph-aside">
        <ParagraphStatusBadge status={status} />
        {considered && <VisuallyHidden data-testid="considered-mark">{t('session.consideration.mark')}</VisuallyHidden>}
      </div>
    </div>
  );
};

export const PublicThreadList = ({ threads }: { threads: Thread<PublicAnnotation>[] }) => {
  const { t } = useTranslation();
  if (threads.length === 0) return null;
  return (
    <Stack
      gap="xs"
      mt="xs"
      mb="sm"
      component="section"
      aria-label={t('publicRound.threads', { count: threads.length })}
    >
      {threads.map((thread) => (
        <Paper key={thread.root.id} withBorder p="sm" radius="sm" data-testid="public-thread">
          <PublicEntry annotation={thread.root} />
          {thread.replies.length > 0 && (
            <Stack gap="xs" mt="xs" pl="md" className="public-replies">
              {thread.replies.map((reply) => (
                <PublicEntry key={reply.id} annotation={reply} />
              ))}
            </Stack>
          )}
        </Paper>
      ))}
    </Stack>
  );
};

const PublicEntry = ({ annotation }: { annotation: PublicAnnotation }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const quote = annotation.anchor.selectors?.quote.exact;
  return (
    <Box data-testid="public-annotation" data-id={annotation.id}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600} size="sm" data-testid="public-speaker">
          {annotation.speaker.kind === 'delegation'
            ? annotation.speaker.name
            : t(`publicRound.speaker.${annotation.speaker.kind}`)}
        </Text>
        {annotation.parentId === null && (
          <Badge variant="light" size="sm">
            {t(`annotations.kind.${annotation.kind}`)}
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          {format.dateTime(annotation.createdAt)}
          {annotation.edited && ` · ${t('annotations.thread.edited')}`}
          {annotation.status === 'withdrawn' && ` · ${t('annotations.thread.withdrawn')}`}
        </Text>
      </Group>
      {quote && annotation.parentId === null && (
        <Text size="xs" c="dimmed" fs="italic">
          {t('annotations.thread.onWords', { quote })}
        </Text>
      )}
      {annotation.hidden ? (
        <Text size="sm" c="dimmed" fs="italic" data-testid="public-hidden">
          {t('session.moderation.hiddenByChair')}
        </Text>
      ) : (
        <Text
          size="sm"
          style={{ whiteSpace: 'pre-wrap' }}
          td={annotation.status === 'withdrawn' ? 'line-through' : undefined}
        >
          {annotation.body}
        </Text>
      )}
      {annotation.amendment && (
        <Text size="sm" mt={4}>
          {t('annotations.thread.proposal', {
            operation: t(`annotations.composer.operations.${annotation.amendment.operation}`),
          })}
          {annotation.amendment.text && <> — “{annotation.amendment.text}”</>}
        </Text>
      )}
      {annotation.sponsors.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('annotations.thread.sponsors', { names: annotation.sponsors.join(', ') })}
        </Text>
      )}
      {annotation.disposition && (
        <Text size="sm" mt={4} data-testid="public-disposition">
          {t('annotations.disposition.shown', {
            value: t(`annotations.disposition.${annotation.disposition.value}`),
            reason: annotation.disposition.reason,
          })}
        </Text>
      )}
    </Box>
  );
};
