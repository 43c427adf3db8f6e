import { Schema } from 'mongoose';

/**
 * A one-time data migration that has completed, so later start-ups skip it: `_id` names it.
 * Written only once the migration has finished, so one interrupted midway runs again.
 */
export interface MigrationMarkRecord {
  _id: string;
  doneAt: Date;
}

export const migrationMarkSchema = new Schema<MigrationMarkRecord>(
  { _id: { type: String, required: true }, doneAt: { type: Date, required: true } },
  { versionKey: false },
);
