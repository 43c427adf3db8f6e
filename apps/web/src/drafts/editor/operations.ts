import type { DraftVersion, Section, VersionOperation } from '@concordia/contracts';

/*
 * The editor's buttons expressed as the API's operations, from the version on screen. Each
 * builder answers null when the move is impossible (first paragraph moving up, last one merging),
 * so the button can be disabled instead of sending something the server would refuse.
 */

export type Direction = 'up' | 'down';

interface Place {
  sectionIndex: number;
  index: number;
  section: Section;
}

const locate = (sections: readonly Section[], key: string): Place | null => {
  for (const [sectionIndex, section] of sections.entries()) {
    const index = section.paragraphs.findIndex((p) => p.key === key);
    if (index >= 0) return { sectionIndex, index, section };
  }
  return null;
};

const lastKey = (section: Section, except?: string): string | null =>
  section.paragraphs.filter((p) => p.key !== except).at(-1)?.key ?? null;

/** One place up or down; at a section's edge the paragraph crosses into the neighbouring section. */
export const moveParagraph = (
  sections: readonly Section[],
  key: string,
  direction: Direction,
): VersionOperation | null => {
  const place = locate(sections, key);
  if (!place) return null;
  const { sectionIndex, index, section } = place;
  if (direction === 'up') {
    if (index > 0) {
      return {
        type: 'move_paragraph',
        key,
        toSectionKey: section.key,
        afterKey: section.paragraphs[index - 2]?.key ?? null,
      };
    }
    const previous = sections[sectionIndex - 1];
    return previous ? { type: 'move_paragraph', key, toSectionKey: previous.key, afterKey: lastKey(previous) } : null;
  }
  const next = section.paragraphs[index + 1];
  if (next) return { type: 'move_paragraph', key, toSectionKey: section.key, afterKey: next.key };
  const following = sections[sectionIndex + 1];
  return following ? { type: 'move_paragraph', key, toSectionKey: following.key, afterKey: null } : null;
};

/** To the end of another section. */
export const moveToSection = (
  sections: readonly Section[],
  key: string,
  sectionKey: string,
): VersionOperation | null => {
  const target = sections.find((s) => s.key === sectionKey);
  const place = locate(sections, key);
  if (!target || !place || place.section.key === sectionKey) return null;
  return { type: 'move_paragraph', key, toSectionKey: sectionKey, afterKey: lastKey(target, key) };
};

/** With the paragraph that follows it in the same section. */
export const mergeWithNext = (sections: readonly Section[], key: string): VersionOperation | null => {
  const place = locate(sections, key);
  const next = place?.section.paragraphs[place.index + 1];
  return next ? { type: 'merge_paragraphs', key, nextKey: next.key } : null;
};

export const moveSection = (
  sections: readonly Section[],
  sectionKey: string,
  direction: Direction,
): VersionOperation | null => {
  const index = sections.findIndex((s) => s.key === sectionKey);
  if (index < 0) return null;
  if (direction === 'up') {
    return index > 0 ? { type: 'move_section', sectionKey, afterSectionKey: sections[index - 2]?.key ?? null } : null;
  }
  const next = sections[index + 1];
  return next ? { type: 'move_section', sectionKey, afterSectionKey: next.key } : null;
};

/** A caret position that leaves text on both sides; null at either end or inside blank space only. */
export const splitOffset = (text: string, caret: number): number | null => {
  if (caret <= 0 || caret >= text.length) return null;
  return text.slice(0, caret).trim() && text.slice(caret).trim() ? caret : null;
};

export type VersionChange =
  | { kind: 'edited' | 'added' | 'removed' | 'renumbered'; key: string; number: string; wasNumber?: string }
  | { kind: 'section-added' | 'section-removed' | 'section-renamed'; key: string; heading: string };

const paragraphsByKey = (version: Pick<DraftVersion, 'sections'>) =>
  new Map(version.sections.flatMap((s) => s.paragraphs.map((p) => [p.key, p] as const)));

/**
 * What someone else changed between the version this user last saw and the current one, so the
 * conflict notice can say it instead of just "reload".
 */
export const versionChanges = (
  seen: Pick<DraftVersion, 'sections'>,
  current: Pick<DraftVersion, 'sections'>,
): VersionChange[] => {
  const before = paragraphsByKey(seen);
  const after = paragraphsByKey(current);
  const changes: VersionChange[] = [];
  const seenSections = new Map(seen.sections.map((s) => [s.key, s]));
  const currentSections = new Map(current.sections.map((s) => [s.key, s]));
  for (const section of current.sections) {
    const old = seenSections.get(section.key);
    if (!old) changes.push({ kind: 'section-added', key: section.key, heading: section.heading });
    else if (old.heading !== section.heading)
      changes.push({ kind: 'section-renamed', key: section.key, heading: section.heading });
  }
  for (const section of seen.sections) {
    if (!currentSections.has(section.key))
      changes.push({ kind: 'section-removed', key: section.key, heading: section.heading });
  }
  for (const [key, paragraph] of after) {
    const old = before.get(key);
    if (!old) changes.push({ kind: 'added', key, number: paragraph.number });
    else if (old.text !== paragraph.text) changes.push({ kind: 'edited', key, number: paragraph.number });
    else if (old.number !== paragraph.number) {
      changes.push({ kind: 'renumbered', key, number: paragraph.number, wasNumber: old.number });
    }
  }
  for (const [key, paragraph] of before) {
    if (!after.has(key)) changes.push({ kind: 'removed', key, number: paragraph.number });
  }
  return changes;
};
