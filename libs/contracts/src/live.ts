import { z } from 'zod';
import { annotationSchema, annotationVisibilitySchema } from './annotations';
import { objectIdSchema } from './common';
import { considerationSchema } from './consideration';
import { positionSchema } from './positions';
import { paragraphStatusSchema, roundStatusSchema } from './rounds';
import { silenceProcedureSchema } from './silence';
import { speakersListSchema } from './speakers';

/**
 * Live events of a round travel on streams, each with its own sequence number that increases by
 * one: the round's public stream, one per delegation (internal notes) and one for the
 * secretariat. A client sees only the streams it may read, so a gap in a sequence always means a
 * missed event, never a hidden one.
 */
export const streams = {
  round: (roundId: string) => `round:${roundId}`,
  delegation: (roundId: string, delegationId: string) => `round:${roundId}:delegation:${delegationId}`,
  secretariat: (roundId: string) => `round:${roundId}:secretariat`,
} as const;

export const roundEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('annotation.created'), annotation: annotationSchema }),
  z.object({ type: z.literal('annotation.updated'), annotation: annotationSchema }),
  z.object({ type: z.literal('paragraph.status'), paragraphKey: z.string(), status: paragraphStatusSchema }),
  z.object({ type: z.literal('round.status'), status: roundStatusSchema }),
  /** The round's closing time moved (extended or brought forward). */
  z.object({ type: z.literal('round.closing'), closesAt: z.string() }),
  z.object({ type: z.literal('position.recorded'), position: positionSchema }),
  z.object({ type: z.literal('silence.started'), procedure: silenceProcedureSchema }),
  z.object({ type: z.literal('silence.changed'), procedure: silenceProcedureSchema }),
  z.object({ type: z.literal('silence.broken'), procedure: silenceProcedureSchema }),
  z.object({ type: z.literal('silence.concluded'), procedure: silenceProcedureSchema }),
  z.object({ type: z.literal('silence.cancelled'), procedure: silenceProcedureSchema }),
  z.object({ type: z.literal('speakers.updated'), speakers: speakersListSchema }),
  /** The chair set or cleared the paragraph under consideration. */
  z.object({ type: z.literal('paragraph.considered'), consideration: considerationSchema }),
  /** Carries the annotation as non-authors see it (emptied); the author reloads it for the reason. */
  z.object({ type: z.literal('annotation.hidden'), annotation: annotationSchema }),
  z.object({ type: z.literal('annotation.unhidden'), annotation: annotationSchema }),
  /**
   * An announced annotation was not stored after all (its insert failed, or it was a retry of one
   * stored before): the API logs a creation beside its insert to save a round trip, and takes it
   * back with this. Readers drop the annotation; one they never saw is ignored.
   */
  z.object({ type: z.literal('annotation.retracted'), annotationId: objectIdSchema }),
]);
export type RoundEvent = z.infer<typeof roundEventSchema>;

export const streamEventSchema = z.object({
  stream: z.string(),
  seq: z.number().int().positive(),
  at: z.string(),
  event: roundEventSchema,
});
export type StreamEvent = z.infer<typeof streamEventSchema>;

export const joinRoundSchema = z.strictObject({
  roundId: objectIdSchema,
  /** Last sequence number seen per stream; absent streams start from now. */
  lastSeq: z.record(z.string(), z.number().int().nonnegative()).default({}),
});
export type JoinRound = z.infer<typeof joinRoundSchema>;

export const roundJoinedSchema = z.object({
  roundId: objectIdSchema,
  /** The streams this user reads, with their current sequence number. */
  streams: z.record(z.string(), z.number().int().nonnegative()),
});
export type RoundJoined = z.infer<typeof roundJoinedSchema>;

/** The gap is older than the retained log: reload the snapshot over HTTP, then rejoin. */
export const streamResetSchema = z.object({ roundId: objectIdSchema, stream: z.string(), seq: z.number().int() });
export type StreamReset = z.infer<typeof streamResetSchema>;

export const leaveRoundSchema = z.strictObject({ roundId: objectIdSchema });

export const presenceUpdateSchema = z.strictObject({
  roundId: objectIdSchema,
  paragraphKey: z.string().max(100).nullable(),
});
export type PresenceUpdate = z.infer<typeof presenceUpdateSchema>;

export const presenceUserSchema = z.object({
  userId: objectIdSchema,
  name: z.string(),
  delegationName: z.string().nullable(),
});
export const presenceStateSchema = z.object({
  roundId: objectIdSchema,
  /** paragraphKey -> who is reading it now. */
  readers: z.record(z.string(), z.array(presenceUserSchema)),
});
export type PresenceState = z.infer<typeof presenceStateSchema>;

/**
 * "Is typing" lapses unless repeated: the typist's client resends `typing: true` while keys come,
 * and a reader's client drops a typing state not renewed within this time (the typist may have
 * lost the network without a word).
 */
export const TYPING_TTL_MS = 8_000;

export const typingUpdateSchema = z.strictObject({
  roundId: objectIdSchema,
  paragraphKey: z.string().max(100),
  typing: z.boolean(),
  /**
   * The visibility of the thread being written: who may learn that the user is typing. A
   * delegation-only thread tells the typist's delegation only; a secretariat thread tells the
   * delegation and the secretariat.
   */
  visibility: annotationVisibilitySchema.default('round'),
});
export type TypingUpdate = z.infer<typeof typingUpdateSchema>;
export const typingStateSchema = z.object({
  roundId: objectIdSchema,
  paragraphKey: z.string(),
  /**
   * Which audience's typists these are ('round', or one delegation's internal or secretariat
   * threads): a paragraph may have several, and a state replaces only the one it names.
   */
  scope: z.string().default('round'),
  users: z.array(presenceUserSchema),
});
export type TypingState = z.infer<typeof typingStateSchema>;
