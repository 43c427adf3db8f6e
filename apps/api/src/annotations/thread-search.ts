import { type Annotation, annotationMatches, isSearch, rootMatches, type SearchCriteria } from '@concordia/contracts';

/**
 * The threads of a round's list that match a search, whole and in the list's order. It takes
 * the list exactly as the caller may read it (visibility applied in the query, hidden words
 * already blanked), so a search can never find what the list would not show.
 *
 * It filters in memory: FerretDB v1 has no text index, its regex filters read the whole table,
 * and no query of it can ignore accents. The visible list is read anyway, and each annotation
 * is folded and tested once, so the cost stays linear in what the caller may read.
 */
export function matchingThreads(items: Annotation[], criteria: SearchCriteria): Annotation[] {
  if (!isSearch(criteria)) return items;
  const roots = new Map(items.filter((a) => a.parentId === null).map((a) => [a.id, a] as const));
  const found = new Set<string>();
  for (const annotation of items) {
    const rootId = annotation.parentId ?? annotation.id;
    const root = roots.get(rootId);
    if (found.has(rootId) || !root) continue;
    if (rootMatches(root, criteria) && annotationMatches(annotation, criteria)) found.add(rootId);
  }
  return items.filter((a) => found.has(a.parentId ?? a.id));
}
