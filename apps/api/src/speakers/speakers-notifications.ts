import type { RoundRecord } from '@concordia/dal';
import type { Principal } from '../authz/principal';
import { notify, type OutboxJob } from '../notifications/outbox.service';
import { newlyNext, type SpeakersState } from './speakers-rules';

/** "Your turn is next" for the delegation a change put first in the queue (the chair's, or a withdrawal). */
export const nextTurnJobs =
  (round: Pick<RoundRecord, '_id' | 'processId' | 'name'>, actor: Principal) =>
  (before: SpeakersState, after: SpeakersState): OutboxJob[] => {
    const next = newlyNext(before, after);
    if (!next) return [];
    return [
      notify('next', {
        type: 'speakers.next',
        processId: round.processId.toHexString(),
        actorUserId: actor.userId,
        actorName: actor.name,
        roundId: round._id.toHexString(),
        roundName: round.name,
        delegationId: next.delegationId.toHexString(),
        delegationName: next.delegationName,
        paragraphKey: next.paragraphKey,
      }),
    ];
  };
