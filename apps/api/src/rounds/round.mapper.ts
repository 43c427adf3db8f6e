import type { Round } from '@concordia/contracts';
import type { RoundRecord } from '@concordia/dal';

export function toRound(record: RoundRecord): Round {
  return {
    id: record._id.toHexString(),
    processId: record.processId.toHexString(),
    name: record.name,
    versionId: record.versionId.toHexString(),
    chairUserId: record.chairUserId.toHexString(),
    delegationIds: record.delegationIds.map((id) => id.toHexString()),
    opensAt: record.opensAt.toISOString(),
    closesAt: record.closesAt.toISOString(),
    timeZone: record.timeZone,
    confidentiality: record.confidentiality,
    status: record.status,
  };
}
