import type { Annotation, PublicAnnotation, PublicSpeaker } from '@concordia/contracts';

/**
 * An annotation as the public reads it: attributed to its delegation, or to the chair or the
 * secretariat by function (no person's name or id), and emptied while the chair keeps it hidden.
 * Authors without a delegation who are not the round's chair are the process's secretariat.
 */
export function toPublicAnnotation(annotation: Annotation, chairUserId: string): PublicAnnotation {
  const hidden = annotation.moderation != null;
  return {
    id: annotation.id,
    parentId: annotation.parentId,
    kind: annotation.kind,
    body: hidden ? '' : annotation.body,
    amendment: hidden ? null : annotation.amendment,
    anchor: annotation.anchor,
    speaker: speakerOf(annotation, chairUserId),
    sponsors: annotation.sponsors.map((s) => s.delegationName),
    status: annotation.status,
    hidden,
    edited: annotation.editedAt !== null,
    disposition: annotation.disposition
      ? { value: annotation.disposition.value, reason: annotation.disposition.reason }
      : null,
    createdAt: annotation.createdAt,
  };
}

function speakerOf(annotation: Annotation, chairUserId: string): PublicSpeaker {
  if (annotation.delegationName !== null) return { kind: 'delegation', name: annotation.delegationName };
  return annotation.authorId === chairUserId ? { kind: 'chair' } : { kind: 'secretariat' };
}
