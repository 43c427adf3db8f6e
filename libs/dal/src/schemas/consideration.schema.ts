import { Schema, type Types } from 'mongoose';
import { type FloorActor, floorActorSchema } from './speakers-list.schema';

/**
 * The paragraph under consideration in one round: a document of its own, `_id` the round's id
 * (a cheap `_id` lookup on FerretDB), never a field of the round, which other writers rewrite
 * whole. Every change reads the revision and rewrites the document under the round's
 * consideration lock, so no concurrent change is lost.
 */
export interface ConsiderationRecord {
  _id: Types.ObjectId;
  paragraphKey: string | null;
  changedAt: Date;
  changedBy: FloorActor;
  revision: number;
}

export const considerationSchema = new Schema<ConsiderationRecord>(
  {
    paragraphKey: { type: String, default: null },
    changedAt: { type: Date, required: true },
    changedBy: { type: floorActorSchema, required: true },
    revision: { type: Number, required: true },
  },
  { versionKey: false, minimize: false },
);
