import type { Annotation } from '@concordia/contracts';
import type { CompiledAnnotation } from './compilation-docx';

/** Stands in the compilation for the words of an annotation the chair hid. */
export const HIDDEN_BY_CHAIR = '[Hidden by the chair]';

const byline = (a: Annotation) => (a.delegationName ? `${a.authorName} (${a.delegationName})` : a.authorName);

/**
 * The comments and amendments of a compilation, grouped by paragraph key, from the round's list
 * exactly as the exporter may read it (the visibility rules and the chair's hiding already
 * applied by that list). What the compilation leaves out is its own choice of content, not a
 * second visibility rule: withdrawn annotations (the author took them back), and the words of
 * a hidden one even for its author, since the document leaves the platform.
 */
export function compiledAnnotations(items: readonly Annotation[]): Map<string, CompiledAnnotation[]> {
  const open = items.filter((a) => a.status === 'open');
  const words = (a: Annotation) =>
    a.moderation ? { body: HIDDEN_BY_CHAIR, amendment: null } : { body: a.body, amendment: a.amendment };
  const repliesOf = new Map<string, { author: string; body: string }[]>();
  for (const reply of open) {
    if (reply.parentId === null) continue;
    repliesOf.set(reply.parentId, [
      ...(repliesOf.get(reply.parentId) ?? []),
      { author: byline(reply), body: words(reply).body },
    ]);
  }
  const byKey = new Map<string, CompiledAnnotation[]>();
  for (const root of open) {
    if (root.parentId !== null) continue;
    const compiled: CompiledAnnotation = {
      kind: root.kind,
      author: root.authorName,
      delegation: root.delegationName,
      ...words(root),
      disposition: root.disposition
        ? { value: root.disposition.value, reason: root.disposition.reason, by: root.disposition.byName }
        : null,
      replies: repliesOf.get(root.id) ?? [],
    };
    const key = root.anchor.paragraphKey;
    byKey.set(key, [...(byKey.get(key) ?? []), compiled]);
  }
  return byKey;
}
