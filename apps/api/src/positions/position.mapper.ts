import type { Position } from '@concordia/contracts';
import type { PositionRecord } from '@concordia/dal';

export interface DelegationLabel {
  code: string;
  name: string;
}

export function toPosition(record: PositionRecord, delegation: DelegationLabel | undefined): Position {
  return {
    id: record._id.toHexString(),
    roundId: record.roundId.toHexString(),
    paragraphKey: record.paragraphKey,
    delegationId: record.delegationId.toHexString(),
    delegationCode: delegation?.code ?? '',
    delegationName: delegation?.name ?? 'unknown delegation',
    value: record.value,
    statement: record.statement,
    amendmentIds: record.amendmentIds.map((id) => id.toHexString()),
    authorId: record.authorId.toHexString(),
    authorName: record.authorName,
    seq: record.seq,
    recordedAt: record.recordedAt.toISOString(),
  };
}
