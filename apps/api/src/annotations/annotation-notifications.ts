import type { AnnotationRecord, ProcessRecord, RoundRecord } from '@concordia/dal';
import { Collections } from '@concordia/dal';
import type { PublishedParagraphsCache } from '../drafts/published-paragraphs.service';
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

/** The number of the annotation's paragraph in its version, for the event (none if unknown). */
export async function paragraphNumberField(
  paragraphs: PublishedParagraphsCache,
  record: Pick<AnnotationRecord, 'versionId' | 'paragraphKey'>,
): Promise<{ paragraphNumber?: string }> {
  const number = await paragraphs.numberOf(record.versionId, record.paragraphKey);
  return number === null ? {} : { paragraphNumber: number };
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
    processId: record.processId.toHexString(),
    actorUserId: record.authorId.toHexString(),
    actorName: record.authorName,
    processTitle: process.title,
    roundId: record.roundId.toHexString(),
    roundName: round.name,
    draftId: record.draftId.toHexString(),
    versionId: record.versionId.toHexString(),
    annotationId: record._id.toHexString(),
    threadId: (record.parentId ?? record._id).toHexString(),
    paragraphKey: record.paragraphKey,
    ...(paragraphNumber === null ? {} : { paragraphNumber }),
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
