import { ErrorCode } from '@concordia/contracts';
import type { FloorActor, SpeakerEntryRecord, SpeakersListRecord } from '@concordia/dal';
import { BadRequestError, ConflictError, NotFoundError } from '../errors/domain-errors';

/** The list without its storage identity: what the rules below transform. */
export type SpeakersState = Omit<SpeakersListRecord, '_id' | 'roundId' | 'revision'>;

export const emptySpeakers = (): SpeakersState => ({
  queue: [],
  floor: null,
  lastTurn: null,
  speakingTimeMinutes: null,
});

const notFound = () => new NotFoundError('This request for the floor is not on the list', ErrorCode.SpeakerNotFound);

/** One place per delegation: waiting or speaking. */
export function requestFloor(state: SpeakersState, entry: SpeakerEntryRecord): SpeakersState {
  const mine = (e: { delegationId: SpeakerEntryRecord['delegationId'] } | null) =>
    e !== null && e.delegationId.equals(entry.delegationId);
  if (state.queue.some(mine) || mine(state.floor)) {
    throw new ConflictError(ErrorCode.SpeakerAlreadyQueued, 'Your delegation is already on the speakers list');
  }
  return { ...state, queue: [...state.queue, entry] };
}

export function withdraw(state: SpeakersState, entryId: string): SpeakersState {
  if (!state.queue.some((e) => e.id === entryId)) throw notFound();
  return { ...state, queue: state.queue.filter((e) => e.id !== entryId) };
}

/** The chair's new order must name every waiting entry exactly once (a stale screen is refused). */
export function reorder(state: SpeakersState, entryIds: readonly string[]): SpeakersState {
  const byId = new Map(state.queue.map((e) => [e.id, e]));
  const unique = new Set(entryIds);
  if (unique.size !== entryIds.length || entryIds.length !== byId.size || entryIds.some((id) => !byId.has(id))) {
    throw new BadRequestError(
      ErrorCode.SpeakersOrderInvalid,
      'The new order must list every waiting speaker exactly once',
      [
        {
          path: 'entryIds',
          code: ErrorCode.SpeakersOrderInvalid,
          message: 'must be a permutation of the waiting entries',
        },
      ],
    );
  }
  return { ...state, queue: entryIds.map((id) => byId.get(id)!) };
}

/** Gives the floor to a waiting entry; whoever held it finishes their turn now. */
export function giveFloor(state: SpeakersState, entryId: string, now: Date, by: FloorActor): SpeakersState {
  const entry = state.queue.find((e) => e.id === entryId);
  if (!entry) throw notFound();
  const ended = state.floor ? endFloor(state, now, by) : state;
  return {
    ...ended,
    queue: ended.queue.filter((e) => e.id !== entryId),
    floor: { ...entry, givenAt: now, givenBy: by },
  };
}

export function endFloor(state: SpeakersState, now: Date, by: FloorActor): SpeakersState {
  if (!state.floor) throw new ConflictError(ErrorCode.SpeakerNotFound, 'Nobody has the floor');
  return { ...state, floor: null, lastTurn: { ...state.floor, endedAt: now, endedBy: by } };
}

/** The speaking time applies to the turn under way too: the countdown follows the new limit. */
export function setSpeakingTime(state: SpeakersState, minutes: number | null): SpeakersState {
  return { ...state, speakingTimeMinutes: minutes };
}

/** The turn a change finished (ending the floor, or giving it to someone else), if any. */
export function endedTurn(before: SpeakersState, after: SpeakersState) {
  if (!before.floor || after.floor?.id === before.floor.id || after.lastTurn?.id !== before.floor.id) return null;
  return after.lastTurn;
}

/**
 * The entry whose turn is now next, when a change put a different entry first in the queue;
 * null when the head of the queue is the same (or the queue is empty), so nobody is told twice.
 */
export function newlyNext(before: SpeakersState, after: SpeakersState): SpeakerEntryRecord | null {
  const head = after.queue[0];
  if (!head || head.id === before.queue[0]?.id) return null;
  return head;
}
