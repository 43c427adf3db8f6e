import { Badge } from '@mantine/core';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { bareNumber } from '../drafts/document-rows';
import { NOTHING_NEW, statusItemId, type ChangeCounts, type NewSinceVisit } from './new-since-visit';

/** What is new or updated for the reader on this visit, for the marks drawn deep in the threads. */
export const NewSinceVisitContext = createContext<NewSinceVisit>(NOTHING_NEW);

/** The element a jump to a new item focuses. */
export const newItemElementId = (annotationId: string): string => `new-${annotationId}`;

/**
 * Marks are words as well as colour, read out in full: the short visible word is hidden from
 * screen readers, which read the whole sentence instead.
 */
const Mark = ({
  short,
  full,
  updated = false,
  ...rest
}: {
  short: string;
  full: string;
  /** Updated rather than new: another colour as well as other words. */
  updated?: boolean;
  id?: string;
  'data-testid': string;
}) => (
  <Badge
    size="sm"
    variant="light"
    color={updated ? 'grape' : 'orange'}
    // Beside a name that wraps, the mark keeps its whole word.
    style={{ flexShrink: 0 }}
    tabIndex={rest.id ? -1 : undefined}
    {...rest}
  >
    <span aria-hidden="true">{short}</span>
    <span className="visually-hidden">{full}</span>
  </Badge>
);

/** On an annotation (a thread's first one or a reply) that is new or updated for the reader: which, and what changed. */
export const NewItemMark = ({ annotationId }: { annotationId: string }) => {
  const { t } = useTranslation();
  const change = useContext(NewSinceVisitContext).annotations.get(annotationId);
  if (!change) return null;
  if (change.kind === 'updated') {
    return (
      <Mark
        updated
        id={newItemElementId(annotationId)}
        short={t('newSinceVisit.updated')}
        full={t(`newSinceVisit.updatedFull.${change.reason}`)}
        data-testid="updated-item"
      />
    );
  }
  return (
    <Mark
      id={newItemElementId(annotationId)}
      short={t('newSinceVisit.item')}
      full={t('newSinceVisit.itemFull')}
      data-testid="new-item"
    />
  );
};

/** On a thread holding new or updated annotations: how many of each. */
export const NewInThreadMark = ({ threadId }: { threadId: string }) => {
  const { t } = useTranslation();
  const counts = useContext(NewSinceVisitContext).perThread.get(threadId);
  if (!counts) return null;
  return (
    <>
      {counts.new > 0 && (
        <Mark
          short={t('newSinceVisit.count', { count: counts.new })}
          full={t('newSinceVisit.inThread', { count: counts.new })}
          data-testid="new-in-thread"
        />
      )}
      {counts.updated > 0 && (
        <Mark
          updated
          short={t('newSinceVisit.updatedCount', { count: counts.updated })}
          full={t('newSinceVisit.updatedInThread', { count: counts.updated })}
          data-testid="updated-in-thread"
        />
      )}
    </>
  );
};

/** Beside a paragraph: how many new and updated annotations its threads hold, and whether its status changed. */
export const NewInParagraphMark = ({
  counts,
  statusChanged,
  paragraphKey,
  number,
}: {
  counts: ChangeCounts | undefined;
  statusChanged: boolean;
  paragraphKey: string;
  number: string;
}) => {
  const { t } = useTranslation();
  const bare = bareNumber(number);
  return (
    <>
      {statusChanged && (
        <Mark
          updated
          id={statusItemId(paragraphKey)}
          short={t('newSinceVisit.statusChanged')}
          full={t('newSinceVisit.statusChangedFull', { number: bare })}
          data-testid="status-changed"
        />
      )}
      {counts && counts.new > 0 && (
        <Mark
          short={t('newSinceVisit.count', { count: counts.new })}
          full={t('newSinceVisit.inParagraph', { count: counts.new, number: bare })}
          data-testid="new-in-paragraph"
        />
      )}
      {counts && counts.updated > 0 && (
        <Mark
          updated
          short={t('newSinceVisit.updatedCount', { count: counts.updated })}
          full={t('newSinceVisit.updatedInParagraph', { count: counts.updated, number: bare })}
          data-testid="updated-in-paragraph"
        />
      )}
    </>
  );
};
