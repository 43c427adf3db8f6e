import type { Comparison, ParagraphComparison, Section } from '@concordia/contracts';
import { movedKeys } from './stable-order';
import { wordChanges } from './word-changes';

export type SectionsComparison = Omit<Comparison, 'from' | 'to'>;
type SectionComparison = Comparison['sections'][number];

interface Placed {
  key: string;
  number: string;
  text: string;
  sectionKey: string;
  /** Index in document order. */
  position: number;
}

/**
 * Two versions aligned by paragraph key: word-level changes in each paragraph kept, paragraphs
 * added and removed, moved (their order relative to the others changed) and renumbered. Output
 * follows the newer version, with each removed paragraph where it stood in the older one.
 */
export function compareSections(from: Section[], to: Section[]): SectionsComparison {
  const before = flatten(from);
  const after = flatten(to);
  const beforeByKey = new Map(before.map((p) => [p.key, p]));
  const afterIndex = new Map(after.map((p, i) => [p.key, i]));
  const moved = movedKeys(
    before.map((p) => p.key),
    after.map((p) => p.key),
  );

  const present = after.map((p): ParagraphComparison => {
    const old = beforeByKey.get(p.key);
    return old ? kept(old, p, moved.has(p.key)) : added(p);
  });
  const neighbours = stableNeighbours(before, (p) => afterIndex.has(p.key) && !moved.has(p.key));
  const removed = before
    .filter((p) => !afterIndex.has(p.key))
    .map((p) => ({ item: removedParagraph(p), slot: removedSlot(p, neighbours, afterIndex) }));
  const paragraphs = interleave(present, removed);

  return {
    sections: compareHeadings(from, to),
    paragraphs,
    stats: {
      unchanged: paragraphs.filter((p) => p.kind === 'unchanged').length,
      modified: paragraphs.filter((p) => p.kind === 'modified').length,
      added: paragraphs.filter((p) => p.kind === 'added').length,
      removed: paragraphs.filter((p) => p.kind === 'removed').length,
      moved: paragraphs.filter((p) => p.moved).length,
      renumbered: paragraphs.filter((p) => p.renumbered).length,
    },
  };
}

function flatten(sections: Section[]): Placed[] {
  const placed: Placed[] = [];
  for (const section of sections) {
    for (const p of section.paragraphs) {
      placed.push({ key: p.key, number: p.number, text: p.text, sectionKey: section.key, position: placed.length });
    }
  }
  return placed;
}

/**
 * A paragraph's number as read: "12.", "12)" and "12" are the same number (an imported or seeded
 * text writes the full stop, the renumbering after an edit does not), so none is "renumbered".
 */
const numberOf = (number: string): string => number.trim().replace(/\s*[.)]$/, '');

function kept(old: Placed, now: Placed, moved: boolean): ParagraphComparison {
  return {
    key: now.key,
    kind: old.text === now.text ? 'unchanged' : 'modified',
    moved,
    renumbered: numberOf(old.number) !== numberOf(now.number),
    fromNumber: old.number,
    toNumber: now.number,
    fromSectionKey: old.sectionKey,
    toSectionKey: now.sectionKey,
    fromText: old.text,
    toText: now.text,
    changes: wordChanges(old.text, now.text),
  };
}

function added(now: Placed): ParagraphComparison {
  return {
    key: now.key,
    kind: 'added',
    moved: false,
    renumbered: false,
    fromNumber: null,
    toNumber: now.number,
    fromSectionKey: null,
    toSectionKey: now.sectionKey,
    fromText: null,
    toText: now.text,
    changes: [],
  };
}

function removedParagraph(old: Placed): ParagraphComparison {
  return {
    key: old.key,
    kind: 'removed',
    moved: false,
    renumbered: false,
    fromNumber: old.number,
    toNumber: null,
    fromSectionKey: old.sectionKey,
    toSectionKey: null,
    fromText: old.text,
    toText: null,
    changes: [],
  };
}

/** For each older position, the nearest paragraphs before and after it that stayed in place. */
function stableNeighbours(
  before: Placed[],
  stable: (p: Placed) => boolean,
): { earlier: (Placed | undefined)[]; later: (Placed | undefined)[] } {
  const earlier = new Array<Placed | undefined>(before.length);
  const later = new Array<Placed | undefined>(before.length);
  let last: Placed | undefined;
  before.forEach((p, i) => {
    earlier[i] = last;
    if (stable(p)) last = p;
  });
  last = undefined;
  for (let i = before.length - 1; i >= 0; i -= 1) {
    later[i] = last;
    if (stable(before[i])) last = before[i];
  }
  return { earlier, later };
}

/**
 * Index in the newer order before which a removed paragraph is shown: after the nearest earlier
 * paragraph that stayed in place, unless that one lies in another section and a later one in the
 * removed paragraph's own section exists (then before that one), so removals stay in their section.
 */
function removedSlot(
  old: Placed,
  neighbours: ReturnType<typeof stableNeighbours>,
  afterIndex: Map<string, number>,
): number {
  const earlier = neighbours.earlier[old.position];
  const later = neighbours.later[old.position];
  const laterInSection = later !== undefined && later.sectionKey === old.sectionKey;
  if (earlier && (earlier.sectionKey === old.sectionKey || !laterInSection)) {
    return (afterIndex.get(earlier.key) as number) + 1;
  }
  return later ? (afterIndex.get(later.key) as number) : 0;
}

/** Items placed before index `slot` of `base`; equal slots keep their given order. */
function interleave<T>(base: T[], slotted: { item: T; slot: number }[]): T[] {
  const ordered = [...slotted].sort((a, b) => a.slot - b.slot);
  const result: T[] = [];
  let next = 0;
  base.forEach((item, i) => {
    while (next < ordered.length && ordered[next].slot <= i) result.push(ordered[next++].item);
    result.push(item);
  });
  while (next < ordered.length) result.push(ordered[next++].item);
  return result;
}

function compareHeadings(from: Section[], to: Section[]): SectionComparison[] {
  const fromByKey = new Map(from.map((s) => [s.key, s]));
  const toIndex = new Map(to.map((s, i) => [s.key, i]));
  const present = to.map((s): SectionComparison => {
    const old = fromByKey.get(s.key);
    if (!old) return { key: s.key, kind: 'added', fromHeading: null, toHeading: s.heading };
    return {
      key: s.key,
      kind: old.heading === s.heading ? 'unchanged' : 'modified',
      fromHeading: old.heading,
      toHeading: s.heading,
    };
  });
  const removed = from.flatMap((s, i) => {
    if (toIndex.has(s.key)) return [];
    const earlier = from
      .slice(0, i)
      .reverse()
      .find((e) => toIndex.has(e.key));
    const slot = earlier ? (toIndex.get(earlier.key) as number) + 1 : 0;
    const item: SectionComparison = { key: s.key, kind: 'removed', fromHeading: s.heading, toHeading: null };
    return [{ item, slot }];
  });
  return interleave(present, removed);
}
