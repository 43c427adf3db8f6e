import type { SilenceProcedure } from '@concordia/contracts';
import type { SilenceProcedureRecord } from '../schemas/silence-procedure.schema';

/** Shared by the API and the worker (which publishes the conclusion), so both send the same shape. */
export function toSilenceProcedure(record: SilenceProcedureRecord): SilenceProcedure {
  return {
    id: record._id.toHexString(),
    roundId: record.roundId.toHexString(),
    processId: record.processId.toHexString(),
    paragraphKeys: [...record.paragraphKeys],
    deadline: record.deadline.toISOString(),
    revision: record.revision,
    status: record.status,
    startedBy: record.startedBy.toHexString(),
    startedByName: record.startedByName,
    startedAt: record.startedAt.toISOString(),
    broken: record.broken
      ? {
          delegationId: record.broken.delegationId.toHexString(),
          delegationName: record.broken.delegationName,
          userId: record.broken.userId.toHexString(),
          userName: record.broken.userName,
          statement: record.broken.statement,
          at: record.broken.at.toISOString(),
        }
      : null,
    endedAt: record.endedAt?.toISOString() ?? null,
  };
}
