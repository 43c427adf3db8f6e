import { isOverTime, type SpeakerEntry, type SpeakersList, type SpeakerTurn } from '@concordia/contracts';
import type { SpeakerEntryRecord, SpeakersListRecord, SpeakerTurnLogRecord } from '@concordia/dal';

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
    speakingTimeMinutes: record.speakingTimeMinutes ?? null,
    revision: record.revision,
  };
}

export function toSpeakerTurn(record: SpeakerTurnLogRecord): SpeakerTurn {
  const elapsedMs = Math.max(0, record.endedAt.getTime() - record.givenAt.getTime());
  return {
    id: record.entryId,
    delegationId: record.delegationId.toHexString(),
    delegationName: record.delegationName,
    paragraphKey: record.paragraphKey,
    givenAt: record.givenAt.toISOString(),
    endedAt: record.endedAt.toISOString(),
    elapsedMs,
    speakingTimeMinutes: record.speakingTimeMinutes ?? null,
    overTime: isOverTime(elapsedMs, record.speakingTimeMinutes ?? null),
    givenByName: record.givenBy?.name ?? '',
    endedByName: record.endedBy?.name ?? '',
  };
}
