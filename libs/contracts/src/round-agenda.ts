import { z } from 'zod';
import { objectIdSchema } from './common';

/** A silence procedure under way in the round, as the home page lists it. */
export const agendaSilenceSchema = z.object({
  id: objectIdSchema,
  /** The paragraphs' numbers as the procedure names them. */
  paragraphNumbers: z.array(z.string()),
  deadline: z.string(),
  /** The caller may break silence on behalf of their delegation. */
  mayBreak: z.boolean(),
});
export type AgendaSilence = z.infer<typeof agendaSilenceSchema>;

/**
 * What a round waits for from the caller, by their role: the home page's "Waiting for you".
 * A part is null when it is not the caller's to do (or not now: positions and the floor only
 * while the round is open).
 */
export const roundAgendaSchema = z.object({
  roundId: objectIdSchema,
  /** Silence procedures under way, the soonest deadline first. */
  silences: z.array(agendaSilenceSchema),
  /** A head of a participating delegation: paragraphs with the delegation's position, of all. */
  positions: z
    .object({ recorded: z.number().int().nonnegative(), paragraphs: z.number().int().nonnegative() })
    .nullable(),
  /** The secretariat: comments and amendments of the round still without a disposition. */
  withoutDisposition: z.number().int().nonnegative().nullable(),
  /** The chair and the secretariat: requests for the floor waiting. */
  floorRequests: z.number().int().nonnegative().nullable(),
});
export type RoundAgenda = z.infer<typeof roundAgendaSchema>;
