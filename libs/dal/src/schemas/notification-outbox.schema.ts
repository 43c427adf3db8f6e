import { Schema, type Types } from 'mongoose';

/**
 * A job the API must enqueue because of a change it writes (transactional outbox without
 * transactions). The record is inserted BEFORE the change, naming the document that proves the
 * change happened (`commit`); the relay enqueues it only once that proof exists and drops it
 * when the proof never appears (the change failed). So a change never exists without its
 * record, and a record never reaches the queue without its change.
 */
export interface OutboxCommitCheck {
  collection: string;
  id: Types.ObjectId;
  /** Optionally a field the document must hold with this value (e.g. a round's new status). */
  field: string | null;
  value: string | null;
}

export type OutboxState = 'pending' | 'sent' | 'dropped';

export interface OutboxJobRecord {
  queue: string;
  job: string;
  /** BullMQ job id: enqueuing twice (relay crash after add, before marking) adds nothing. */
  jobId: string;
  /** Validated against the job's contract schema before insert. */
  payload: object;
}

export interface NotificationOutboxRecord {
  _id: Types.ObjectId;
  /** Every job of one change, so the change costs one insert however many it causes. */
  jobs: OutboxJobRecord[];
  commit: OutboxCommitCheck;
  state: OutboxState;
  createdAt: Date;
  /** When the relay enqueued (state sent) or gave up on (state dropped) the record. */
  settledAt: Date | null;
}

export const notificationOutboxSchema = new Schema<NotificationOutboxRecord>(
  {
    jobs: { type: Schema.Types.Mixed, required: true },
    commit: {
      collection: { type: String, required: true },
      id: { type: Schema.Types.ObjectId, required: true },
      field: { type: String, default: null },
      value: { type: String, default: null },
    },
    state: { type: String, required: true, enum: ['pending', 'sent', 'dropped'] },
    createdAt: { type: Date, required: true },
    settledAt: { type: Date, default: null },
  },
  { versionKey: false },
);
notificationOutboxSchema.index({ state: 1, _id: 1 });
