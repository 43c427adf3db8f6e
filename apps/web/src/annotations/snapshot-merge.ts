import type { Annotation, StreamEvent } from '@concordia/contracts';
import { applyRoundEvent } from './moderation-merge';

/**
 * How long an applied event is also re-applied over a snapshot loaded after it. The server sends
 * a new annotation to the round while its insert is on its way (a few milliseconds), so a list
 * read in that moment may not hold an annotation this tab was already shown.
 */
export const RECENT_EVENTS_MS = 5000;

/** The events applied in the last `RECENT_EVENTS_MS`, oldest first. */
export class RecentEvents {
  private entries: { at: number; event: StreamEvent }[] = [];

  add(event: StreamEvent, now: number): void {
    this.entries.push({ at: now, event });
    this.prune(now);
  }

  since(now: number): StreamEvent[] {
    this.prune(now);
    return this.entries.map((entry) => entry.event);
  }

  private prune(now: number): void {
    const first = this.entries.findIndex((entry) => now - entry.at <= RECENT_EVENTS_MS);
    this.entries = first === -1 ? [] : this.entries.slice(first);
  }
}

/**
 * A freshly loaded list with the events that may be newer than it re-applied in their order: those
 * received while it loaded and the recent ones before (an event can then be applied twice, never missed).
 */
export const overSnapshot = (
  items: readonly Annotation[],
  events: readonly StreamEvent[],
): ReadonlyMap<string, Annotation> => {
  let next: ReadonlyMap<string, Annotation> = new Map(items.map((a) => [a.id, a] as const));
  for (const event of events) next = applyRoundEvent(next, event.event);
  return next;
};
