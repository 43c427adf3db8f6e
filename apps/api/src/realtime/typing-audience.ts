import { streams, type AnnotationVisibility } from '@concordia/contracts';

export interface TypingAudience {
  /** Names the set of typists this audience sees, so states of different audiences never mix. */
  scope: string;
  /** The stream rooms told about it. */
  rooms: string[];
}

/**
 * Who learns that a user types in a thread of the given visibility, following the audiences of
 * the thread's own events (see annotation-audiences): the round; the typist's delegation; or
 * that delegation and the secretariat. Someone without a delegation writing a delegation-only
 * thread has nobody to tell (null). A typist in another delegation's secretariat thread (the
 * secretariat replying) is shown to the secretariat only: no wider than what the typist knows.
 */
export function typingAudience(
  roundId: string,
  visibility: AnnotationVisibility,
  delegationId: string | null,
): TypingAudience | null {
  switch (visibility) {
    case 'round':
      return { scope: 'round', rooms: [streams.round(roundId)] };
    case 'delegation':
      return delegationId
        ? { scope: `delegation:${delegationId}`, rooms: [streams.delegation(roundId, delegationId)] }
        : null;
    case 'secretariat':
      return delegationId
        ? {
            scope: `secretariat:${delegationId}`,
            rooms: [streams.secretariat(roundId), streams.delegation(roundId, delegationId)],
          }
        : { scope: 'secretariat', rooms: [streams.secretariat(roundId)] };
  }
}
