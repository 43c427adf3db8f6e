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

/**
 * The speakers' list of a round's live session. `floor.givenAt` is stored, not a running
 * timer: every client counts the elapsed time itself from it.
 */
export const speakersListSchema = z.object({
  roundId: objectIdSchema,
  queue: z.array(speakerEntrySchema),
  floor: speakerEntrySchema.extend({ givenAt: z.string() }).nullable(),
  /** The last finished turn, with how long it lasted. */
  lastTurn: speakerEntrySchema.extend({ givenAt: z.string(), endedAt: z.string(), elapsedMs: z.number() }).nullable(),
  revision: z.number().int().nonnegative(),
});
export type SpeakersList = z.infer<typeof speakersListSchema>;

export const requestFloorRequestSchema = z.strictObject({ paragraphKey: z.string().min(1).max(100) });
export type RequestFloorRequest = z.infer<typeof requestFloorRequestSchema>;

/** The whole queue in its new order: every waiting entry exactly once. */
export const reorderSpeakersRequestSchema = z.strictObject({ entryIds: z.array(z.string().max(64)).max(500) });
export type ReorderSpeakersRequest = z.infer<typeof reorderSpeakersRequestSchema>;
