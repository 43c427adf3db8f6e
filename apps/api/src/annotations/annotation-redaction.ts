import type { Annotation } from '@concordia/contracts';

/**
 * What a reader other than the author gets of an annotation the chair hid: its place in the
 * thread and the fact that it was hidden, but neither its words nor the chair's reason. Pass
 * `viewerUserId` null for a broadcast (every reader of a stream is treated as a non-author).
 */
export function redactFor(
  annotation: Annotation,
  viewerUserId: string | null,
  options: { seesReason?: boolean } = {},
): Annotation {
  if (!annotation.moderation || annotation.authorId === viewerUserId) return annotation;
  return {
    ...annotation,
    body: '',
    amendment: null,
    mentions: [],
    // The round's chair wrote the reason and keeps reading it in the moderation queue.
    moderation: { ...annotation.moderation, reason: options.seesReason ? annotation.moderation.reason : null },
  };
}
