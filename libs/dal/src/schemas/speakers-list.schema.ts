import { Schema, type Types } from 'mongoose';

export interface SpeakerEntryRecord {
  id: string;
  delegationId: Types.ObjectId;
  delegationName: string;
  paragraphKey: string;
  requestedBy: Types.ObjectId;
  requestedByName: string;
  requestedAt: Date;
}

/** Who gave or ended a turn (absent on turns given before it was kept). */
export interface FloorActor {
  userId: Types.ObjectId;
  name: string;
}

export interface SpeakerTurnRecord extends SpeakerEntryRecord {
  givenAt: Date;
  givenBy?: FloorActor;
}

export interface FinishedTurnRecord extends SpeakerTurnRecord {
  endedAt: Date;
  endedBy?: FloorActor;
}

/**
 * The speakers' list of one round: one document, always rewritten whole under the round's
 * speakers lock (FerretDB v1 has no positional updates and loses concurrent ones), so any
 * number of API processes share it and it survives their restarts.
 */
export interface SpeakersListRecord {
  _id: Types.ObjectId;
  roundId: Types.ObjectId;
  queue: SpeakerEntryRecord[];
  floor: SpeakerTurnRecord | null;
  lastTurn: FinishedTurnRecord | null;
  /** Minutes per turn; null (or absent on lists stored before it existed): no limit. */
  speakingTimeMinutes: number | null;
  revision: number;
}

const entryFields = {
  id: { type: String, required: true },
  delegationId: { type: Schema.Types.ObjectId, required: true },
  delegationName: { type: String, required: true },
  paragraphKey: { type: String, required: true },
  requestedBy: { type: Schema.Types.ObjectId, required: true },
  requestedByName: { type: String, required: true },
  requestedAt: { type: Date, required: true },
};

export const floorActorSchema = new Schema<FloorActor>(
  { userId: { type: Schema.Types.ObjectId, required: true }, name: { type: String, required: true } },
  { _id: false },
);
const givenFields = { givenAt: { type: Date, required: true }, givenBy: { type: floorActorSchema, required: false } };

export const speakersListSchema = new Schema<SpeakersListRecord>(
  {
    roundId: { type: Schema.Types.ObjectId, required: true },
    queue: { type: [new Schema<SpeakerEntryRecord>(entryFields, { _id: false })], default: [] },
    floor: {
      type: new Schema<SpeakerTurnRecord>({ ...entryFields, ...givenFields }, { _id: false }),
      default: null,
    },
    lastTurn: {
      type: new Schema<FinishedTurnRecord>(
        {
          ...entryFields,
          ...givenFields,
          endedAt: { type: Date, required: true },
          endedBy: { type: floorActorSchema, required: false },
        },
        { _id: false },
      ),
      default: null,
    },
    speakingTimeMinutes: { type: Number, default: null },
    revision: { type: Number, required: true },
  },
  { versionKey: false, minimize: false },
);
speakersListSchema.index({ roundId: 1 }, { unique: true });
