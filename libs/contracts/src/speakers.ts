import { z } from 'zod';
import { objectIdSchema } from './common';

/** One delegation waiting for (or holding) the floor on a paragraph. */
export const speakerEntrySchema = z.object({
  id: z.string(),
  delegationId: objectIdSchema,
  delegationName: z.string(),
  paragraphKey: z.string(),
  requestedBy: objectIdSchema,
  requestedByName: z.string(),
  requestedAt: z.string(),
});
export type SpeakerEntry = z.infer<typeof speakerEntrySchema>;

/** The speaking time a chair may set per turn, in whole minutes. */
export const SPEAKING_TIME_MINUTES = { min: 1, max: 30 } as const;
const speakingTimeMinutesSchema = z.number().int().min(SPEAKING_TIME_MINUTES.min).max(SPEAKING_TIME_MINUTES.max);

/**
 * The speakers' list of a round's live session. `floor.givenAt` is stored, not a running
 * timer: every client counts the elapsed time (and the time left of the speaking time) itself
 * from it. Nothing happens at the limit: the chair ends the turn.
 */
export const speakersListSchema = z.object({
  roundId: objectIdSchema,
  queue: z.array(speakerEntrySchema),
  floor: speakerEntrySchema.extend({ givenAt: z.string() }).nullable(),
  /** The last finished turn, with how long it lasted. */
  lastTurn: speakerEntrySchema.extend({ givenAt: z.string(), endedAt: z.string(), elapsedMs: z.number() }).nullable(),
  /** Minutes per turn set by the chair or the secretariat; null: no limit. */
  speakingTimeMinutes: speakingTimeMinutesSchema.nullable(),
  revision: z.number().int().nonnegative(),
});
export type SpeakersList = z.infer<typeof speakersListSchema>;

export const requestFloorRequestSchema = z.strictObject({ paragraphKey: z.string().min(1).max(100) });
export type RequestFloorRequest = z.infer<typeof requestFloorRequestSchema>;

/** The whole queue in its new order: every waiting entry exactly once. */
export const reorderSpeakersRequestSchema = z.strictObject({ entryIds: z.array(z.string().max(64)).max(500) });
export type ReorderSpeakersRequest = z.infer<typeof reorderSpeakersRequestSchema>;

export const setSpeakingTimeRequestSchema = z.strictObject({
  speakingTimeMinutes: speakingTimeMinutesSchema.nullable(),
});
export type SetSpeakingTimeRequest = z.infer<typeof setSpeakingTimeRequestSchema>;

/** One finished turn of the record of the floor, as the meeting report needs it. */
export const speakerTurnSchema = z.object({
  id: z.string(),
  delegationId: objectIdSchema,
  delegationName: z.string(),
  paragraphKey: z.string(),
  givenAt: z.string(),
  endedAt: z.string(),
  elapsedMs: z.number().int().nonnegative(),
  /** The speaking time in force when the turn ended; null: none. */
  speakingTimeMinutes: z.number().int().nullable(),
  overTime: z.boolean(),
  givenByName: z.string(),
  endedByName: z.string(),
});
export type SpeakerTurn = z.infer<typeof speakerTurnSchema>;

/** A round's finished turns, oldest first (the chair's and the secretariat's record). */
export const speakerTurnsSchema = z.object({ roundId: objectIdSchema, turns: z.array(speakerTurnSchema) });
export type SpeakerTurns = z.infer<typeof speakerTurnsSchema>;

/** Over the speaking time: more than the limit elapsed (never without a limit). */
export const isOverTime = (elapsedMs: number, speakingTimeMinutes: number | null): boolean =>
  speakingTimeMinutes !== null && elapsedMs > speakingTimeMinutes * 60_000;
