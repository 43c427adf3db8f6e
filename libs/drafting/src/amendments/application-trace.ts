import type { ApplicationTrace, Section } from '@concordia/contracts';
import { firstNumber, renumber } from '../operations/renumber';

/*
 * What applying an amendment did to the working text (ApplicationTrace) is kept with the version
 * in the same write as the text: enough to tell later whether the change is still there, and to
 * take it back.
 */

const paragraphs = (sections: readonly Section[]) => sections.flatMap((s) => s.paragraphs);
const findParagraph = (sections: readonly Section[], key: string) => paragraphs(sections).find((p) => p.key === key);
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The trace of an application to the paragraph `paragraphKey`, from the text before it and after
 * it: that paragraph edited or removed, or else a paragraph added; null if it changed nothing.
 */
export function traceApplication(
  before: readonly Section[],
  after: readonly Section[],
  paragraphKey: string,
): ApplicationTrace | null {
  const old = findParagraph(before, paragraphKey);
  const now = findParagraph(after, paragraphKey);
  if (old && now && old.text !== now.text) return { kind: 'edit', paragraphKey, before: old.text, after: now.text };
  if (old && !now) {
    const section = before.find((s) => s.paragraphs.some((p) => p.key === paragraphKey));
    if (!section) return null;
    const index = section.paragraphs.findIndex((p) => p.key === paragraphKey);
    return {
      kind: 'delete',
      paragraphKey,
      sectionKey: section.key,
      afterKey: index > 0 ? (section.paragraphs[index - 1]?.key ?? null) : null,
      before: old.text,
    };
  }
  // A new paragraph: the one key in `after` that `before` did not have.
  const known = new Set(paragraphs(before).map((p) => p.key));
  for (const section of after) {
    const added = section.paragraphs.find((p) => !known.has(p.key));
    if (added) return { kind: 'add', paragraphKey: added.key, sectionKey: section.key, after: added.text };
  }
  return null;
}

/**
 * The words an edit wrote, with the word on either side of them: what the paragraph reads around
 * the change just after it. For a pure deletion it is the two words the deletion brought together.
 */
export function changedReading(before: string, after: string): string {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end++;
  }
  // Out to the word boundary, then one more word on each side.
  let from = start;
  while (from > 0 && !/\s/.test(after.charAt(from - 1))) from--;
  while (from > 0 && /\s/.test(after.charAt(from - 1))) from--;
  while (from > 0 && !/\s/.test(after.charAt(from - 1))) from--;
  let to = after.length - end;
  while (to < after.length && !/\s/.test(after.charAt(to))) to++;
  while (to < after.length && /\s/.test(after.charAt(to))) to++;
  while (to < after.length && !/\s/.test(after.charAt(to))) to++;
  return normalise(after.slice(from, to));
}

/**
 * Whether the application's effect is still in the text, so that "applied" may be claimed:
 * an added paragraph is still there with its words; a deleted one is still gone; an edited one
 * still reads, around the change, as the application left it (other changes elsewhere in the
 * paragraph do not matter; undoing it, by hand or otherwise, or rewriting those words does).
 */
export function applicationHolds(trace: ApplicationTrace, sections: readonly Section[]): boolean {
  const paragraph = findParagraph(sections, trace.paragraphKey);
  switch (trace.kind) {
    case 'delete':
      return paragraph === undefined;
    case 'add':
      return paragraph !== undefined && normalise(paragraph.text).includes(normalise(trace.after));
    case 'edit': {
      if (!paragraph) return false;
      if (paragraph.text === trace.after) return true;
      const reading = changedReading(trace.before, trace.after);
      return reading !== '' && normalise(paragraph.text).includes(reading);
    }
  }
}

/**
 * The text with the application taken back, when the paragraph still reads exactly as the
 * application left it (a deleted paragraph comes back with its key, after the paragraph it
 * followed); null otherwise, so nothing written since is overwritten. Renumbered as every edit is.
 */
export function undoApplication(trace: ApplicationTrace, sections: readonly Section[]): Section[] | null {
  const doc: Section[] = sections.map((section) => ({ ...section, paragraphs: [...section.paragraphs] }));
  const located = locate(doc, trace.paragraphKey);
  switch (trace.kind) {
    case 'edit': {
      if (!located || located.section.paragraphs[located.index]?.text !== trace.after) return null;
      const paragraph = located.section.paragraphs[located.index];
      if (!paragraph) return null;
      located.section.paragraphs[located.index] = { ...paragraph, text: trace.before };
      break;
    }
    case 'add':
      if (!located || located.section.paragraphs[located.index]?.text !== trace.after) return null;
      located.section.paragraphs.splice(located.index, 1);
      break;
    case 'delete': {
      if (located) return null;
      const section = doc.find((s) => s.key === trace.sectionKey);
      if (!section) return null;
      const at = trace.afterKey === null ? 0 : section.paragraphs.findIndex((p) => p.key === trace.afterKey) + 1;
      if (at === 0 && trace.afterKey !== null) return null;
      section.paragraphs.splice(at, 0, { key: trace.paragraphKey, number: '', text: trace.before });
      break;
    }
  }
  return renumber(doc, firstNumber(sections));
}

function locate(doc: Section[], key: string): { section: Section; index: number } | null {
  for (const section of doc) {
    const index = section.paragraphs.findIndex((p) => p.key === key);
    if (index >= 0) return { section, index };
  }
  return null;
}
