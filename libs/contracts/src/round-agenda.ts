import { z } from 'zod';
import { isoDateTimeSchema, objectIdSchema } from './common';
import { paragraphStatusSchema } from './rounds';

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

const count = z.number().int().nonnegative();

const byDisposition = z.object({ accepted: count, partly_accepted: count, not_retained: count, none: count });

/**
 * The caller's own delegation's proposals in the round: the threads its members started for the
 * round or the secretariat (never internal notes, replies or withdrawn ones, only those the caller
 * may read), by the secretariat's disposition. The annotation list's `proposedBy` and
 * `sponsoredBy` filters list the same threads (annotation-search.ts).
 */
export const agendaOwnProposalsSchema = z.object({
  delegationId: objectIdSchema,
  /** `none`: still awaiting a disposition (the annotation list's filter calls it so too). */
  byDisposition,
  /**
   * Other delegations' open amendments the delegation co-sponsors, by disposition: counted apart,
   * since the delegation did not write them (and a sponsorship can be withdrawn).
   */
  sponsoredByDisposition: byDisposition,
  /**
   * When the caller last left (or last opened) the round's reading page; null if never, and then
   * nothing is counted as new, as on the reading page's first visit.
   */
  lastVisit: isoDateTimeSchema.nullable(),
  /** Of those threads, how many got their disposition after lastVisit. */
  disposedSinceVisit: count,
  /** Replies after lastVisit in those threads by anyone outside the delegation (other delegations, secretariat, chair). */
  repliesSinceVisit: count,
  /** Of the amendments it co-sponsors, how many got their disposition after lastVisit. */
  sponsoredDisposedSinceVisit: count,
  /** Replies after lastVisit in those amendments by anyone outside the delegation (their author's too). */
  sponsoredRepliesSinceVisit: count,
});
export type AgendaOwnProposals = z.infer<typeof agendaOwnProposalsSchema>;

/**
 * What a round waits for from the caller, by their role: the home page's "Waiting for you".
 * A part is null when it is not the caller's to do (or not now: positions and the floor only
 * while the round is open).
 */
export const roundAgendaSchema = z.object({
  roundId: objectIdSchema,
  /** How many of the round's paragraphs have each status: where the negotiation stands. */
  paragraphStatuses: z.record(paragraphStatusSchema, z.number().int().nonnegative()),
  /** Silence procedures under way, the soonest deadline first. */
  silences: z.array(agendaSilenceSchema),
  /**
   * A head of a participating delegation: paragraphs with the delegation's position, of all, and
   * the first in the text without one (null when every paragraph has one), where recording resumes.
   */
  positions: z
    .object({
      recorded: z.number().int().nonnegative(),
      paragraphs: z.number().int().nonnegative(),
      nextKey: z.string().nullable(),
    })
    .nullable(),
  /**
   * The secretariat, the chair and an admin (who reads every position): of the round's
   * participating delegations, how many have a position on every paragraph (`complete`) and how
   * many on some but not all (`started`).
   */
  delegationPositions: z
    .object({
      complete: z.number().int().nonnegative(),
      started: z.number().int().nonnegative(),
      delegations: z.number().int().nonnegative(),
    })
    .nullable(),
  /** The secretariat (and an admin): comments and amendments of the round still without a disposition. */
  withoutDisposition: z.number().int().nonnegative().nullable(),
  /** The chair and the secretariat: requests for the floor waiting. */
  floorRequests: z.number().int().nonnegative().nullable(),
  /** A member of a delegation (participating or observer) who may read the round's annotations. */
  ownProposals: agendaOwnProposalsSchema.nullable(),
});
export type RoundAgenda = z.infer<typeof roundAgendaSchema>;
