import type { Annotation } from '@concordia/contracts';
import type { CompiledAnnotation, CompiledWords } from './compilation-docx';

const byline = (a: Annotation) => (a.delegationName ? `${a.authorName} (${a.delegationName})` : a.authorName);

/**
 * The comments and amendments of a compilation, grouped by paragraph key, from the round's list
 * exactly as the exporter may read it (the visibility rules and the chair's hiding already
 * applied by that list). What the compilation leaves out is its own choice of content, not a
 * second visibility rule: withdrawn annotations (the author took them back), and the words of
 * a hidden one even for its author, since the document leaves the platform (the document says
 * in its reader's language that they were hidden).
 */
export function compiledAnnotations(items: readonly Annotation[]): Map<string, CompiledAnnotation[]> {
  const open = items.filter((a) => a.status === 'open');
  const words = (a: Annotation): CompiledWords =>
    a.moderation
      ? { hidden: true, body: '', amendment: null }
      : { hidden: false, body: a.body, amendment: a.amendment };
  const repliesOf = new Map<string, CompiledAnnotation['replies']>();
  for (const reply of open) {
    if (reply.parentId === null) continue;
    const { hidden, body } = words(reply);
    repliesOf.set(reply.parentId, [...(repliesOf.get(reply.parentId) ?? []), { author: byline(reply), hidden, body }]);
  }
  const byKey = new Map<string, CompiledAnnotation[]>();
  for (const root of open) {
    if (root.parentId !== null) continue;
    const compiled: CompiledAnnotation = {
      kind: root.kind,
      visibility: root.visibility,
      author: root.authorName,
      delegation: root.delegationName,
      ...words(root),
      disposition: root.disposition
        ? { value: root.disposition.value, reason: root.disposition.reason, by: root.disposition.byName }
        : null,
      sponsors: root.sponsors.map((s) => s.delegationName),
      appliedIn: root.appliedIn.map((v) => v.label),
      replies: repliesOf.get(root.id) ?? [],
    };
    const key = root.anchor.paragraphKey;
    byKey.set(key, [...(byKey.get(key) ?? []), compiled]);
  }
  return byKey;
}
