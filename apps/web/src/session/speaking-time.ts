import { formatDuration } from './durations';

/** Where the turn under way stands against the speaking time. */
export type SpeakingClock =
  | { state: 'unlimited' }
  | { state: 'left'; ms: number }
  /** Past the limit: nothing happens on its own, the chair ends the turn. */
  | { state: 'over'; ms: number };

/** Counted from the server's `givenAt` with the server's time (`serverNow()`), like the elapsed time. */
export function speakingClock(givenAt: string, speakingTimeMinutes: number | null, now: number): SpeakingClock {
  if (speakingTimeMinutes === null) return { state: 'unlimited' };
  // A clock estimate behind the server's (a first exchange slowed down) must not show more than the limit.
  const elapsed = Math.max(0, now - new Date(givenAt).getTime());
  const left = speakingTimeMinutes * 60_000 - elapsed;
  return left >= 0 ? { state: 'left', ms: left } : { state: 'over', ms: -left };
}

/**
 * The time left as a speaker reads it: rounded up, so a 3-minute turn starts on "3:00" and
 * "0:00" is the moment it runs out; over time counts whole seconds past it.
 */
export const formatSpeakingClock = (clock: SpeakingClock): string => {
  if (clock.state === 'unlimited') return '';
  return formatDuration(clock.state === 'left' ? Math.ceil(clock.ms / 1000) * 1000 : clock.ms);
};

/**
 * What a screen reader is told, and only when it changes: one minute left (when the turn is
 * longer than that), then time up. Announcing every second would drown the speaker.
 */
export type SpeakingAlert = 'oneMinute' | 'timeUp' | null;

export function speakingAlert(clock: SpeakingClock, speakingTimeMinutes: number | null): SpeakingAlert {
  if (clock.state === 'unlimited') return null;
  if (clock.state === 'over' || clock.ms < 1000) return 'timeUp';
  return clock.ms <= 60_000 && (speakingTimeMinutes ?? 0) > 1 ? 'oneMinute' : null;
}
