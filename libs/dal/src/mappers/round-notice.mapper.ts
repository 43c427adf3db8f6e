import type { RoundNoticeFields } from '@concordia/contracts';
import type { ProcessRecord } from '../schemas/process.schema';
import type { RoundRecord } from '../schemas/round.schema';

export interface RoundNotice {
  /**
   * The round the event happened in: its record, or (for an event about a record in the round)
   * that record's `roundId` and `processId` with the round's name.
   */
  round: Pick<RoundRecord, '_id' | 'processId' | 'name'>;
  /** Null when it was not found: the texts then name the round alone, as for events staged before titles. */
  process: Pick<ProcessRecord, 'title'> | null;
  /**
   * Who caused the event, never notified of it; `name` null when no text names them. Null for
   * what the worker does on its own at a set time (a reminder, a closing, a silence kept).
   */
  actor: { userId: string; name: string | null } | null;
}

/**
 * Where a round-level event happened and who caused it, as every such event says it (rounds,
 * silence procedures, speakers, threads). Shared by the API, which notifies what people do, and
 * the worker, which notifies what happens at a set time, so both send the same fields.
 */
export function roundNoticeFields({ round, process, actor }: RoundNotice): RoundNoticeFields {
  return {
    processId: round.processId.toHexString(),
    actorUserId: actor?.userId ?? null,
    actorName: actor?.name ?? null,
    ...(process ? { processTitle: process.title } : {}),
    roundId: round._id.toHexString(),
    roundName: round.name,
  };
}
