import type { PositionChange } from '@concordia/contracts';
import { Badge } from '@mantine/core';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { bareNumber } from '../drafts/document-rows';
import { NOTHING_NEW, positionsMarkId, statusItemId, type ChangeCounts, type NewSinceVisit } from './new-since-visit';

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
  withdrawn = false,
  ...rest
}: {
  short: string;
  full: string;
  /** Updated rather than new: another colour as well as other words. */
  updated?: boolean;
  /** Withdrawn by its author: grey, as the withdrawn annotation itself. */
  withdrawn?: boolean;
  id?: string;
  'data-testid': string;
  'data-delegations'?: string;
}) => (
  <Badge
    size="sm"
    variant="light"
    color={withdrawn ? 'gray' : updated ? 'grape' : 'orange'}
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
  if (change.kind === 'withdrawn') {
    return (
      <Mark
        withdrawn
        id={newItemElementId(annotationId)}
        short={t('newSinceVisit.withdrawn')}
        full={t('newSinceVisit.withdrawnFull')}
        data-testid="withdrawn-item"
      />
    );
  }
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
      {counts.withdrawn > 0 && (
        <Mark
          withdrawn
          short={t('newSinceVisit.withdrawnCount', { count: counts.withdrawn })}
          full={t('newSinceVisit.withdrawnInThread', { count: counts.withdrawn })}
          data-testid="withdrawn-in-thread"
        />
      )}
    </>
  );
};

/**
 * Beside a paragraph: how many new, updated and withdrawn annotations its threads hold, whether
 * its status changed, and which delegations recorded a position on it.
 */
export const NewInParagraphMark = ({
  counts,
  statusChanged,
  positions = [],
  paragraphKey,
  number,
}: {
  counts: ChangeCounts | undefined;
  statusChanged: boolean;
  positions?: readonly PositionChange[];
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
      {positions.length > 0 && (
        <Mark
          updated
          id={positionsMarkId(paragraphKey)}
          short={t('newSinceVisit.positions', { codes: positions.map((p) => p.delegationCode).join(', ') })}
          full={t('newSinceVisit.positionsFull', {
            count: positions.length,
            number: bare,
            delegations: positions.map((p) => p.delegationName).join(', '),
          })}
          data-testid="positions-changed"
          data-delegations={positions.map((p) => p.delegationCode).join(',')}
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
      {counts && counts.withdrawn > 0 && (
        <Mark
          withdrawn
          short={t('newSinceVisit.withdrawnCount', { count: counts.withdrawn })}
          full={t('newSinceVisit.withdrawnInParagraph', { count: counts.withdrawn, number: bare })}
          data-testid="withdrawn-in-paragraph"
        />
      )}
    </>
  );
};

/** On a delegation's position in the positions panel, recorded since the reader's last visit. */
export const PositionChangedMark = ({ paragraphKey, delegationId }: { paragraphKey: string; delegationId: string }) => {
  const { t } = useTranslation();
  const changed = useContext(NewSinceVisitContext)
    .positions.get(paragraphKey)
    ?.some((change) => change.delegationId === delegationId);
  if (!changed) return null;
  return (
    <Mark
      updated
      short={t('newSinceVisit.positionChanged')}
      full={t('newSinceVisit.positionChangedFull')}
      data-testid="position-changed"
    />
  );
};
