import type { Paragraph, PositionChange } from '@concordia/contracts';
import { Badge, Stack, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bareNumber } from '../drafts/document-rows';
import { ParagraphFrame } from '../drafts/draft-document';
import { ParagraphStatusCell, type StatusCell } from '../drafts/paragraph-status';
import { descriptionId, AnnotatedText } from './annotated-text';
import type { Thread } from './annotation-rules';
import { NewInParagraphMark } from './new-marks';
import type { ChangeCounts } from './new-since-visit';
import { PresenceAvatars } from './presence-avatars';
import type { Span } from './selectors';
import type { Reader } from './use-round-live';

interface AnnotatedRowProps extends StatusCell {
  paragraph: Paragraph;
  /** The document's find box is on this paragraph. */
  found: boolean;
  /** Its open threads: the same array as long as none of them changes. */
  threads: readonly Thread[];
  /** Its threads are the ones open in the panel. */
  active: boolean;
  /** The chair has the room on it. */
  considered: boolean;
  /** Words typed in the composer, found in this paragraph. */
  preview: Span | null;
  /** Who is reading it now, the reader among them or not. */
  readers: readonly Reader[];
  readerId: string;
  /** What is new in it since the reader's previous visit. */
  newCounts: ChangeCounts | undefined;
  statusChanged: boolean;
  newPositions: readonly PositionChange[] | undefined;
  onSelect: (paragraph: Paragraph, span: Span | null) => void;
  onOpen: (paragraphKey: string, threadId: string | null) => void;
  /** Its count was activated: its threads open and the panel takes the focus. */
  onOpenPanel: (paragraphKey: string) => void;
}

const NO_ONE: readonly Reader[] = [];

/**
 * One paragraph of the reading page with its highlights, thread count, marks of what is new and
 * who is reading it. Memoised on every prop, all of them this paragraph's own or steady: a live
 * event, a typing or presence message, draws again the rows it changed and skips the others.
 */
export const AnnotatedRow = memo(function AnnotatedRow({
  paragraph,
  found,
  threads,
  active,
  considered,
  preview,
  readers,
  readerId,
  newCounts,
  statusChanged,
  newPositions,
  onSelect,
  onOpen,
  onOpenPanel,
  ...status
}: AnnotatedRowProps) {
  const { t } = useTranslation();
  const marked = useMemo(() => threads.map((th) => th.root).filter((a) => a.anchor.selectors !== null), [threads]);
  const others = useMemo(() => {
    const list = readers.filter((r) => r.userId !== readerId);
    return list.length === 0 ? NO_ONE : list;
  }, [readers, readerId]);
  const className = [active ? 'is-active' : '', considered ? 'is-considered' : ''].filter(Boolean).join(' ');
  // The status cell above the reading page's own marks, as on the other pages' rows.
  const side = (
    <Stack gap={4} align="flex-end">
      <ParagraphStatusCell paragraph={paragraph} {...status} />
      <Stack gap={4} align="flex-end">
        {considered && <VisuallyHidden data-testid="considered-mark">{t('session.consideration.mark')}</VisuallyHidden>}
        <UnstyledButton
          onClick={() => onOpenPanel(paragraph.key)}
          aria-label={t('annotations.count', { n: String(threads.length), number: bareNumber(paragraph.number) })}
          aria-expanded={active}
          aria-controls="annotation-panel"
          className="annotation-count"
          data-testid="annotation-count"
          data-count={threads.length}
        >
          <Badge
            variant={threads.length > 0 ? 'filled' : 'outline'}
            color="indigo"
            size="sm"
            leftSection={<BubbleIcon />}
          >
            {threads.length}
          </Badge>
        </UnstyledButton>
        <NewInParagraphMark
          counts={newCounts}
          statusChanged={statusChanged}
          positions={newPositions}
          paragraphKey={paragraph.key}
          number={paragraph.number}
        />
        <PresenceAvatars readers={others} number={paragraph.number} />
        <span className="visually-hidden">
          {threads.map((th) => (
            <span key={th.root.id} id={descriptionId(th.root.id)}>
              {t('annotations.markDescription', {
                kind: t(`annotations.kind.${th.root.kind}`),
                author: th.root.delegationName ?? th.root.authorName,
              })}
            </span>
          ))}
        </span>
      </Stack>
    </Stack>
  );
  return (
    <ParagraphFrame paragraph={paragraph} found={found} className={className || undefined} side={side}>
      <AnnotatedText
        text={paragraph.text}
        annotations={marked}
        onSelect={(span) => onSelect(paragraph, span)}
        onOpen={(id) => onOpen(paragraph.key, id)}
        preview={preview}
      />
    </ParagraphFrame>
  );
});

/** A speech bubble drawn inline: no icon font or emoji font is assumed on the reader's machine. */
const BubbleIcon = () => (
  <svg width="11" height="11" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path fill="currentColor" d="M2 2h12a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H6l-3.5 3V12H2a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z" />
  </svg>
);
