import { Badge } from '@mantine/core';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { bareNumber } from '../drafts/document-rows';
import { NOTHING_NEW, type NewSinceVisit } from './new-since-visit';

/** What is new to the reader on this visit, for the marks drawn deep in the threads. */
export const NewSinceVisitContext = createContext<NewSinceVisit>(NOTHING_NEW);

/** The element a jump to a new item focuses. */
export const newItemElementId = (annotationId: string): string => `new-${annotationId}`;

/**
 * Marks are words as well as colour, read out in full: the short visible word is hidden from
 * screen readers, which read the whole sentence instead.
 */
const Mark = ({ short, full, ...rest }: { short: string; full: string; id?: string; 'data-testid': string }) => (
  <Badge
    size="sm"
    variant="light"
    color="orange"
    // Beside a name that wraps, the mark keeps its whole word.
    style={{ flexShrink: 0 }}
    tabIndex={rest.id ? -1 : undefined}
    {...rest}
  >
    <span aria-hidden="true">{short}</span>
    <span className="visually-hidden">{full}</span>
  </Badge>
);

/** On an annotation (a thread's first one or a reply) that is new to the reader. */
export const NewItemMark = ({ annotationId }: { annotationId: string }) => {
  const { t } = useTranslation();
  const { ids } = useContext(NewSinceVisitContext);
  if (!ids.has(annotationId)) return null;
  return (
    <Mark
      id={newItemElementId(annotationId)}
      short={t('newSinceVisit.item')}
      full={t('newSinceVisit.itemFull')}
      data-testid="new-item"
    />
  );
};

/** On a thread holding new annotations: how many. */
export const NewInThreadMark = ({ threadId }: { threadId: string }) => {
  const { t } = useTranslation();
  const count = useContext(NewSinceVisitContext).perThread.get(threadId) ?? 0;
  if (count === 0) return null;
  return (
    <Mark
      short={t('newSinceVisit.count', { count })}
      full={t('newSinceVisit.inThread', { count })}
      data-testid="new-in-thread"
    />
  );
};

/** Beside a paragraph whose threads hold new annotations: how many. */
export const NewInParagraphMark = ({ count, number }: { count: number; number: string }) => {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Mark
      short={t('newSinceVisit.count', { count })}
      full={t('newSinceVisit.inParagraph', { count, number: bareNumber(number) })}
      data-testid="new-in-paragraph"
    />
  );
};
