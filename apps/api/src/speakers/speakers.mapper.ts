import type { SpeakerEntry, SpeakersList } from '@concordia/contracts';
import type { SpeakerEntryRecord, SpeakersListRecord } from '@concordia/dal';

const entryOf = (e: SpeakerEntryRecord): SpeakerEntry => ({
  id: e.id,
  delegationId: e.delegationId.toHexString(),
  delegationName: e.delegationName,
  paragraphKey: e.paragraphKey,
  requestedBy: e.requestedBy.toHexString(),
  requestedByName: e.requestedByName,
  requestedAt: e.requestedAt.toISOString(),
});

export function toSpeakersList(record: Omit<SpeakersListRecord, '_id'>): SpeakersList {
  return {
    roundId: record.roundId.toHexString(),
    queue: record.queue.map(entryOf),
    floor: record.floor ? { ...entryOf(record.floor), givenAt: record.floor.givenAt.toISOString() } : null,
    lastTurn: record.lastTurn
      ? {
          ...entryOf(record.lastTurn),
          givenAt: record.lastTurn.givenAt.toISOString(),
          endedAt: record.lastTurn.endedAt.toISOString(),
          elapsedMs: record.lastTurn.endedAt.getTime() - record.lastTurn.givenAt.getTime(),
        }
      : null,
    revision: record.revision,
  };
}
