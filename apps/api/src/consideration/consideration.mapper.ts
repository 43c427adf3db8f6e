import type { Consideration } from '@concordia/contracts';
import type { ConsiderationRecord } from '@concordia/dal';
import type { Types } from 'mongoose';

export const toConsideration = (roundId: Types.ObjectId, record: ConsiderationRecord | null): Consideration => ({
  roundId: roundId.toHexString(),
  paragraphKey: record?.paragraphKey ?? null,
  changedAt: record?.changedAt.toISOString() ?? null,
  revision: record?.revision ?? 0,
});
