import type { Annotation, AnnotationListQuery, DispositionFilter } from './annotations';
import { awaitsDisposition } from './dispositions';
import { foldForSearch } from './search-fold';

/*
 * How a search in a round's annotations matches, shared by the API (which filters) and the web
 * (which shows the words found): one definition, so the excerpt shown is the match the server made.
 */

/**
 * The folded text and, for each of its characters, the index in `text` of the character it
 * came from: what a highlight needs to mark the original words.
 */
export const foldWithOrigins = (text: string): { folded: string; origins: number[] } => {
  let folded = '';
  const origins: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldForSearch(char);
    folded += piece;
    for (let i = 0; i < piece.length; i += 1) origins.push(index);
    index += char.length;
  }
  return { folded, origins };
};

/** The terms of a search, folded: "quoted phrases" and single words, each once. */
export const searchTerms = (q: string): string[] => {
  const terms = new Set<string>();
  for (const match of foldForSearch(q).matchAll(/"([^"]*)"|([^\s"]+)/g)) {
    const term = (match[1] ?? match[2] ?? '').trim().replace(/ +/g, ' ');
    if (term !== '') terms.add(term);
  }
  return [...terms];
};

/** A search as the matching functions take it; an empty list or set means "any". */
export interface SearchCriteria {
  terms: string[];
  kinds: ReadonlySet<string>;
  dispositions: ReadonlySet<DispositionFilter>;
  delegationIds: ReadonlySet<string>;
  authorIds: ReadonlySet<string>;
  proposedBy: ReadonlySet<string>;
  sponsoredBy: ReadonlySet<string>;
}

export const searchCriteria = (query: AnnotationListQuery): SearchCriteria => ({
  terms: searchTerms(query.q ?? ''),
  kinds: new Set(query.kind ?? []),
  dispositions: new Set(query.disposition ?? []),
  delegationIds: new Set(query.delegationId ?? []),
  authorIds: new Set(query.authorId ?? []),
  proposedBy: new Set(query.proposedBy ?? []),
  sponsoredBy: new Set(query.sponsoredBy ?? []),
});

export const isSearch = (c: SearchCriteria): boolean =>
  c.terms.length > 0 ||
  c.kinds.size > 0 ||
  c.dispositions.size > 0 ||
  c.delegationIds.size > 0 ||
  c.authorIds.size > 0 ||
  c.proposedBy.size > 0 ||
  c.sponsoredBy.size > 0;

type Root = Pick<Annotation, 'parentId' | 'delegationId' | 'status' | 'visibility' | 'sponsors'>;

/**
 * A delegation's proposal: an open thread one of its members started for the round or the
 * secretariat (its internal notes are put to no one). The home page counts these, and Find's
 * `proposedBy` lists the same.
 */
export const isProposalOf = (root: Root, delegationId: string): boolean =>
  root.parentId === null &&
  root.delegationId === delegationId &&
  root.status === 'open' &&
  root.visibility !== 'delegation';

/** An open amendment the delegation co-sponsors (always another delegation's). */
export const isSponsoredBy = (root: Root, delegationId: string): boolean =>
  root.parentId === null && root.status === 'open' && root.sponsors.some((s) => s.delegationId === delegationId);

const anyOf = (ids: ReadonlySet<string>, holds: (id: string) => boolean) => ids.size === 0 || [...ids].some(holds);

/**
 * Where a search looks in one annotation: its text; for a thread's first annotation also its
 * proposed text and the words it is anchored to (replies share those, and did not write them).
 */
export const searchedTexts = (a: Pick<Annotation, 'parentId' | 'body' | 'amendment' | 'anchor'>): string[] =>
  a.parentId !== null ? [a.body] : [a.body, a.amendment?.text ?? '', a.anchor.selectors?.quote.exact ?? ''];

/** Whether one annotation, first or reply, has the author and the words asked for. */
export const annotationMatches = (a: Annotation, c: SearchCriteria): boolean => {
  if (c.authorIds.size > 0 && !c.authorIds.has(a.authorId)) return false;
  if (c.delegationIds.size > 0 && (a.delegationId === null || !c.delegationIds.has(a.delegationId))) return false;
  if (c.terms.length === 0) return true;
  const texts = searchedTexts(a).map(foldForSearch);
  return c.terms.every((term) => texts.some((text) => text.includes(term)));
};

/** Whether a thread's first annotation has the kind and the disposition asked for, and is the proposal asked for. */
export const rootMatches = (root: Annotation, c: SearchCriteria): boolean =>
  (c.kinds.size === 0 || c.kinds.has(root.kind)) &&
  (c.dispositions.size === 0 ||
    (root.disposition
      ? c.dispositions.has(root.disposition.value)
      : c.dispositions.has('none') && awaitsDisposition(root))) &&
  anyOf(c.proposedBy, (id) => isProposalOf(root, id)) &&
  anyOf(c.sponsoredBy, (id) => isSponsoredBy(root, id));

/**
 * The threads of a reader's list that match a search, whole and in the list's order: a thread
 * is kept when its first annotation has the kind, disposition and proposal asked for and one of its
 * annotations, first or reply, has the words and author. It takes the list exactly as the
 * reader may read it (visibility applied, hidden words already blanked), so a search never finds
 * what the list would not show. The API filters its list with it; the web filters the list it
 * keeps current over the live stream with the same function.
 */
export const matchingThreads = <T extends Annotation>(items: readonly T[], criteria: SearchCriteria): T[] => {
  if (!isSearch(criteria)) return [...items];
  const roots = new Map(items.filter((a) => a.parentId === null).map((a) => [a.id, a] as const));
  const found = new Set<string>();
  for (const annotation of items) {
    const rootId = annotation.parentId ?? annotation.id;
    const root = roots.get(rootId);
    if (found.has(rootId) || !root) continue;
    if (rootMatches(root, criteria) && annotationMatches(annotation, criteria)) found.add(rootId);
  }
  return items.filter((a) => found.has(a.parentId ?? a.id));
};
