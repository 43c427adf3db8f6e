import type { AuditAutomatic, AuditContext } from '@concordia/contracts';
import { Schema, type Types } from 'mongoose';

/**
 * One state-changing action. Append-only: written once with insertOne and never updated, which
 * also suits FerretDB v1 (no transactions, lossy concurrent updates of one document).
 */
export interface AuditEntryRecord {
  _id: Types.ObjectId;
  processId: Types.ObjectId | null;
  actorId: Types.ObjectId;
  actorName: string;
  /** Absent on entries a person's action wrote. */
  automatic?: AuditAutomatic | null;
  action: string;
  targetType: string;
  targetId: string;
  at: Date;
  before: unknown;
  after: unknown;
  summary: string;
  /** Names for a summary in the reader's language; absent on older entries. */
  context?: AuditContext | null;
}

export const auditEntrySchema = new Schema<AuditEntryRecord>(
  {
    processId: { type: Schema.Types.ObjectId, default: null },
    actorId: { type: Schema.Types.ObjectId, required: true },
    actorName: { type: String, required: true },
    automatic: { type: String, default: null },
    action: { type: String, required: true },
    targetType: { type: String, required: true },
    targetId: { type: String, required: true },
    at: { type: Date, required: true },
    before: { type: Schema.Types.Mixed, default: null },
    after: { type: Schema.Types.Mixed, default: null },
    summary: { type: String, default: '' },
    context: { type: Schema.Types.Mixed, default: null },
  },
  { versionKey: false, minimize: false },
);
// Listing is by process, newest first, with the id as a stable cursor.
auditEntrySchema.index({ processId: 1, _id: -1 });
auditEntrySchema.index({ processId: 1, action: 1, _id: -1 });
