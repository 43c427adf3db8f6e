import { roundNoticeFields, type ProcessRecord, type RoundRecord } from '@concordia/dal';
import type { PublishedParagraphs } from '../drafts/published-paragraphs.service';
import type { Principal } from '../authz/principal';
import { notify, type OutboxJob } from '../notifications/outbox.service';
import { newlyNext, type SpeakersState } from './speakers-rules';

/** "Your turn is next" for the delegation a change put first in the queue (the chair's, or a withdrawal). */
export const nextTurnJobs =
  (
    round: Pick<RoundRecord, '_id' | 'processId' | 'name'>,
    process: Pick<ProcessRecord, 'title'>,
    actor: Principal,
    version: PublishedParagraphs | null,
  ) =>
  (before: SpeakersState, after: SpeakersState): OutboxJob[] => {
    const next = newlyNext(before, after);
    if (!next) return [];
    const paragraphNumber = version?.byKey.get(next.paragraphKey)?.number;
    return [
      notify('next', {
        type: 'speakers.next',
        ...roundNoticeFields({ round, process, actor }),
        delegationId: next.delegationId.toHexString(),
        delegationName: next.delegationName,
        paragraphKey: next.paragraphKey,
        ...(paragraphNumber === undefined ? {} : { paragraphNumber }),
      }),
    ];
  };
