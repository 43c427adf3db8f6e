import { Schema, type Types } from 'mongoose';
import { type FloorActor, floorActorSchema } from './speakers-list.schema';

/**
 * One finished turn on the floor, kept for the meeting report: written once when the turn ends
 * (by the chair ending it or giving the floor to the next speaker), never changed after. The
 * speakers' list keeps only the last turn; this is the whole record.
 */
export interface SpeakerTurnLogRecord {
  _id: Types.ObjectId;
  roundId: Types.ObjectId;
  /** The request's id: one turn per request, so a retried write cannot record it twice. */
  entryId: string;
  delegationId: Types.ObjectId;
  delegationName: string;
  paragraphKey: string;
  givenAt: Date;
  endedAt: Date;
  /** The speaking time in force when the turn ended; null: none. */
  speakingTimeMinutes: number | null;
  givenBy: FloorActor | null;
  endedBy: FloorActor | null;
}

export const speakerTurnSchema = new Schema<SpeakerTurnLogRecord>(
  {
    roundId: { type: Schema.Types.ObjectId, required: true },
    entryId: { type: String, required: true },
    delegationId: { type: Schema.Types.ObjectId, required: true },
    delegationName: { type: String, required: true },
    paragraphKey: { type: String, required: true },
    givenAt: { type: Date, required: true },
    endedAt: { type: Date, required: true },
    speakingTimeMinutes: { type: Number, default: null },
    givenBy: { type: floorActorSchema, default: null },
    endedBy: { type: floorActorSchema, default: null },
  },
  { versionKey: false },
);
speakerTurnSchema.index({ entryId: 1 }, { unique: true });
speakerTurnSchema.index({ roundId: 1, givenAt: 1 });
