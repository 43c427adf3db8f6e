import { type AuditQuery, ErrorCode, FieldIssueCode, objectIdSchema } from '@concordia/contracts';
import { Types } from 'mongoose';
import { BadRequestError } from '../errors/domain-errors';

/** The Mongo filter of an audit query within one process (the cursor is the last id seen). */
export function auditFilter(processId: Types.ObjectId, query: Omit<AuditQuery, 'limit'>): Record<string, unknown> {
  const filter: Record<string, unknown> = { processId };
  if (query.action) filter['action'] = query.action;
  if (query.actorId) filter['actorId'] = new Types.ObjectId(query.actorId);
  if (query.targetId) filter['targetId'] = query.targetId;
  if (query.from || query.to) {
    filter['at'] = {
      ...(query.from ? { $gte: new Date(query.from) } : {}),
      ...(query.to ? { $lte: new Date(query.to) } : {}),
    };
  }
  if (query.cursor !== undefined) {
    if (!objectIdSchema.safeParse(query.cursor).success) {
      throw new BadRequestError(ErrorCode.ValidationFailed, 'The cursor is not one this API returned', [
        { path: 'cursor', code: FieldIssueCode.Invalid, message: 'is not a valid cursor' },
      ]);
    }
    filter['_id'] = { $lt: new Types.ObjectId(query.cursor) };
  }
  return filter;
}
