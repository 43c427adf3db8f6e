import type { ThreadNoticeFields } from '@concordia/contracts';
import {
  Collections,
  roundNoticeFields,
  type AnnotationRecord,
  type ProcessRecord,
  type RoundRecord,
} from '@concordia/dal';
import { notify, type CommitProof, type OutboxJob } from '../notifications/outbox.service';

const EXCERPT_MAX = 200;

/** The first words of a body, without Markdown marks, for a bell entry or an email line. */
export function excerptOf(body: string): string {
  const flat = body
    .replace(/[*_`>#~[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length <= EXCERPT_MAX ? flat : `${flat.slice(0, EXCERPT_MAX - 1)}…`;
}

export interface ThreadNotice {
  /** The annotation concerned: a thread's root, or a reply in it. */
  record: Pick<
    AnnotationRecord,
    '_id' | 'parentId' | 'processId' | 'roundId' | 'draftId' | 'versionId' | 'paragraphKey'
  >;
  /** The annotation's own round (its `roundId`), for its name. */
  round: Pick<RoundRecord, 'name'>;
  process: Pick<ProcessRecord, 'title'>;
  /** The paragraph's number in the annotation's version; null when unknown (left out). */
  paragraphNumber: string | null;
  /** Who caused the notice (never notified of it); `name` null when the texts need not name them. */
  actor: { userId: string; name: string | null };
}

/**
 * Where a thread is and who acted on it, as every notification about a thread says it (reply,
 * mention, disposition, co-sponsorship): one list, so the web opens each of them the same way.
 */
export function threadNoticeFields({
  record,
  round,
  process,
  paragraphNumber,
  actor,
}: ThreadNotice): ThreadNoticeFields {
  return {
    ...roundNoticeFields({
      round: { _id: record.roundId, processId: record.processId, name: round.name },
      process,
      actor,
    }),
    draftId: record.draftId.toHexString(),
    versionId: record.versionId.toHexString(),
    annotationId: record._id.toHexString(),
    threadId: (record.parentId ?? record._id).toHexString(),
    paragraphKey: record.paragraphKey,
    ...(paragraphNumber === null ? {} : { paragraphNumber }),
  };
}

/** The annotation's own document proves it was written. */
export const annotationProof = (record: Pick<AnnotationRecord, '_id'>): CommitProof => ({
  collection: Collections.annotations,
  id: record._id,
});

/**
 * What a new annotation notifies: the thread's author of a reply, and the delegations it
 * mentions. Who of them may read it is the worker's decision (it applies the visibility).
 */
export function newAnnotationEvents(
  record: AnnotationRecord,
  round: Pick<RoundRecord, 'name'>,
  process: Pick<ProcessRecord, 'title'>,
  paragraphNumber: string | null,
): OutboxJob[] {
  const base = {
    ...threadNoticeFields({
      record,
      round,
      process,
      paragraphNumber,
      actor: { userId: record.authorId.toHexString(), name: record.authorName },
    }),
    excerpt: excerptOf(record.body),
  };
  const jobs: OutboxJob[] = [];
  if (record.parentId) jobs.push(notify('reply', { type: 'annotation.replied', ...base }));
  if (record.mentions.length > 0) {
    jobs.push(
      notify('mention', {
        type: 'delegation.mentioned',
        ...base,
        delegationIds: record.mentions.map((id) => id.toHexString()),
      }),
    );
  }
  return jobs;
}
