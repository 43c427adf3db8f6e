import { z } from 'zod';
import { objectIdSchema } from './common';

/**
 * The paragraph the room is on in a live session ("we now turn to paragraph 12"), set by the
 * round's chair or the secretariat. `revision` grows by one with every change, so a client that
 * gets an older state late (an answer after a live event) keeps the newer one.
 */
export const considerationSchema = z.object({
  roundId: objectIdSchema,
  /** null: no paragraph under consideration. */
  paragraphKey: z.string().nullable(),
  /** When it was last set or cleared; null while it never was. */
  changedAt: z.string().nullable(),
  revision: z.number().int().nonnegative(),
});
export type Consideration = z.infer<typeof considerationSchema>;

/** A paragraph key of the round's version, or null to clear. */
export const setConsiderationRequestSchema = z.strictObject({
  paragraphKey: z.string().min(1).max(100).nullable(),
});
export type SetConsiderationRequest = z.infer<typeof setConsiderationRequestSchema>;

/** The newer of two states of one round (the one with the higher revision; `next` on a tie). */
export const newerConsideration = (current: Consideration | null, next: Consideration): Consideration =>
  current !== null && current.roundId === next.roundId && current.revision > next.revision ? current : next;

/**
 * The paragraph `step` places before (-1) or after (+1) `current` in reading order, for the
 * chair's "previous" and "next"; from no paragraph, "next" starts at the first and "previous" at
 * the last. Null past either end.
 */
export const adjacentParagraph = (keys: readonly string[], current: string | null, step: -1 | 1): string | null => {
  if (keys.length === 0) return null;
  const index = current === null ? -1 : keys.indexOf(current);
  if (index === -1) return step === 1 ? keys[0] : keys[keys.length - 1];
  return keys[index + step] ?? null;
};
