import type { Annotation, RoundEvent } from '@concordia/contracts';
import { applyToAnnotations } from './stream-cursor';

/**
 * Applies an annotation from the round stream, where a hidden one always travels emptied (the
 * stream is shared by all its readers). When this reader already holds the same moderation with
 * its reason — the author, or the chair who hid it, got it from the server — it keeps the words
 * and reason it was given instead of the emptied copy. A reader never given them keeps nothing.
 */
export const applyFromStream = (
  current: ReadonlyMap<string, Annotation>,
  incoming: Annotation,
): Map<string, Annotation> => {
  const known = current.get(incoming.id);
  const moderation = incoming.moderation;
  if (
    moderation &&
    moderation.reason === null &&
    known?.moderation &&
    known.moderation.at === moderation.at &&
    known.moderation.reason !== null
  ) {
    return applyToAnnotations(current, {
      ...incoming,
      body: known.body,
      amendment: known.amendment,
      mentions: known.mentions,
      moderation: known.moderation,
    });
  }
  return applyToAnnotations(current, incoming);
};

/**
 * The annotations after one round event: an event carrying an annotation applies it, and a
 * retraction (an announced annotation that was not stored after all) drops it.
 */
export const applyRoundEvent = (
  current: ReadonlyMap<string, Annotation>,
  event: RoundEvent,
): ReadonlyMap<string, Annotation> => {
  if ('annotation' in event) return applyFromStream(current, event.annotation);
  if (event.type !== 'annotation.retracted' || !current.has(event.annotationId)) return current;
  const next = new Map(current);
  next.delete(event.annotationId);
  return next;
};
