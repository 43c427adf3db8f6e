import {
  type Annotation,
  annotationMatches,
  type DraftVersion,
  foldForSearch,
  foldWithOrigins,
  matchingThreads,
  searchedTexts,
  type SearchCriteria,
} from '@concordia/contracts';
import { type Thread, threadsByParagraph } from './annotation-rules';

/** A thread found, with the number of its paragraph in this version (null: orphaned). */
export interface FoundThread {
  thread: Thread;
  number: string | null;
}

/** The threads of a search's answer in the order of the document, orphans last. */
export const foundThreads = (
  items: readonly Annotation[],
  version: Pick<DraftVersion, 'id' | 'sections'>,
): FoundThread[] => {
  const { byParagraph, orphaned } = threadsByParagraph(items, version.id);
  const placed = version.sections
    .flatMap((s) => s.paragraphs)
    .flatMap((p) => (byParagraph.get(p.key) ?? []).map((thread) => ({ thread, number: p.number })));
  return [...placed, ...orphaned.map((thread) => ({ thread, number: null }))];
};

/**
 * What a search finds in the reader's annotations as they stand now: the list the reader keeps
 * current over the round's live stream (already only what they may read, hidden words already
 * blanked), filtered with the server's own matching rules. A comment that arrives, an edit, a
 * withdrawal, a hiding or a disposition changes the results the moment it changes that list.
 */
export const findThreads = (
  annotations: Iterable<Annotation>,
  criteria: SearchCriteria,
  version: Pick<DraftVersion, 'id' | 'sections'>,
): FoundThread[] => foundThreads(matchingThreads([...annotations], criteria), version);

/** The delegations that wrote something the reader can see, by name: those a filter can find. */
export const delegationOptions = (annotations: Iterable<Annotation>): Array<{ value: string; label: string }> => {
  const names = new Map<string, string>();
  for (const a of annotations) if (a.delegationId && a.delegationName) names.set(a.delegationId, a.delegationName);
  return [...names]
    .map(([value, label]) => ({ value, label }))
    .sort((x, y) => x.label.localeCompare(y.label) || x.value.localeCompare(y.value));
};

/** A delegation's name as the list gives it, as an author's or as a co-sponsor's; null if it names none. */
export const delegationName = (annotations: Iterable<Annotation>, id: string): string | null => {
  for (const a of annotations) {
    if (a.delegationId === id && a.delegationName) return a.delegationName;
    const sponsor = a.sponsors.find((s) => s.delegationId === id);
    if (sponsor) return sponsor.delegationName;
  }
  return null;
};

export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/** The annotation of a thread that the search found (the first one that matches) and its words around the hit. */
export const searchHit = (
  thread: Thread,
  criteria: SearchCriteria,
  width = 160,
): { annotation: Annotation; parts: ExcerptPart[] } => {
  const annotation = [thread.root, ...thread.replies].find((a) => annotationMatches(a, criteria)) ?? thread.root;
  const texts = searchedTexts(annotation).filter((text) => text !== '');
  const text =
    texts.find((candidate) => criteria.terms.some((term) => foldForSearch(candidate).includes(term))) ?? texts[0];
  return { annotation, parts: excerpt(text ?? '', criteria.terms, width) };
};

/**
 * About `width` characters of `text` around the first term found, every term found in them
 * marked, with an ellipsis where the text was cut. Terms are folded; the marks fall on the
 * original letters, accents and capitals included.
 */
export const excerpt = (text: string, terms: readonly string[], width = 160): ExcerptPart[] => {
  const hits = hitRanges(text, terms);
  const first = hits[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width));
  let end = Math.min(text.length, start + width);
  // Cut between words when one ends close by, and never a letter written with two UTF-16 units in half.
  const space = text.indexOf(' ', start);
  if (start > 0 && space !== -1 && space < Math.min(first, start + 20)) start = space + 1;
  const lastSpace = text.lastIndexOf(' ', end);
  if (end < text.length && lastSpace > Math.max(hits[0]?.[1] ?? 0, end - 20)) end = lastSpace;
  if (isLowSurrogate(text.charCodeAt(start))) start += 1;
  if (isLowSurrogate(text.charCodeAt(end))) end += 1;
  const parts: ExcerptPart[] = [];
  let at = start;
  for (const [from, to] of hits) {
    if (to <= at || from >= end) continue;
    if (from > at) parts.push({ text: text.slice(at, from), hit: false });
    parts.push({ text: text.slice(Math.max(from, at), Math.min(to, end)), hit: true });
    at = Math.min(to, end);
  }
  if (at < end) parts.push({ text: text.slice(at, end), hit: false });
  if (start > 0) parts.unshift({ text: '…', hit: false });
  if (end < text.length) parts.push({ text: '…', hit: false });
  return parts;
};

/** Where the terms occur in `text`, as [start, end) of the original text, sorted and merged. */
const hitRanges = (text: string, terms: readonly string[]): Array<[number, number]> => {
  const { folded, origins } = foldWithOrigins(text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1 && term !== ''; at = folded.indexOf(term, at + term.length)) {
      const last = origins[at + term.length - 1] ?? 0;
      ranges.push([origins[at] ?? 0, last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1)]);
    }
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of ranges) {
    const previous = merged.at(-1);
    if (previous && from <= previous[1]) previous[1] = Math.max(previous[1], to);
    else merged.push([from, to]);
  }
  return merged;
};

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
