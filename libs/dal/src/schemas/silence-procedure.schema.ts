import { Schema, type Types } from 'mongoose';
import type { SilenceStatus } from '@concordia/contracts';

export interface SilenceBreakRecord {
  delegationId: Types.ObjectId;
  delegationName: string;
  userId: Types.ObjectId;
  userName: string;
  statement: string;
  at: Date;
}

/**
 * One silence procedure of a round. Every write (change of deadline, break, cancel, conclusion
 * at the deadline by the worker) happens under the procedure's write lock, since FerretDB v1
 * loses concurrent conditional updates; `revision` names the deadline the scheduled job is for.
 */
export interface SilenceProcedureRecord {
  _id: Types.ObjectId;
  roundId: Types.ObjectId;
  processId: Types.ObjectId;
  paragraphKeys: string[];
  /** The paragraphs' numbers in the round's version (same order), for notifications; absent on older records. */
  paragraphNumbers?: string[];
  deadline: Date;
  revision: number;
  status: SilenceStatus;
  startedBy: Types.ObjectId;
  startedByName: string;
  startedAt: Date;
  broken: SilenceBreakRecord | null;
  endedAt: Date | null;
}

/** The paragraphs as readers know them: their numbers, or their keys on records older than the numbers. */
export const silenceParagraphs = (
  record: Pick<SilenceProcedureRecord, 'paragraphKeys' | 'paragraphNumbers'>,
): string[] => record.paragraphNumbers ?? record.paragraphKeys;

const silenceBreakSchema = new Schema<SilenceBreakRecord>(
  {
    delegationId: { type: Schema.Types.ObjectId, required: true },
    delegationName: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    userName: { type: String, required: true },
    statement: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

export const silenceProcedureSchema = new Schema<SilenceProcedureRecord>(
  {
    roundId: { type: Schema.Types.ObjectId, required: true },
    processId: { type: Schema.Types.ObjectId, required: true },
    paragraphKeys: { type: [String], required: true },
    paragraphNumbers: { type: [String], default: undefined },
    deadline: { type: Date, required: true },
    revision: { type: Number, required: true },
    status: { type: String, required: true, enum: ['running', 'broken', 'concluded', 'cancelled'] },
    startedBy: { type: Schema.Types.ObjectId, required: true },
    startedByName: { type: String, required: true },
    startedAt: { type: Date, required: true },
    broken: { type: silenceBreakSchema, default: null },
    endedAt: { type: Date, default: null },
  },
  { versionKey: false },
);
silenceProcedureSchema.index({ roundId: 1, startedAt: -1 });
