import type { Section } from '@concordia/contracts';

/**
 * The number a document's paragraphs count from: its first paragraph's number when that is a
 * plain integer (an excerpt may start at 47), otherwise 1.
 */
export function firstNumber(sections: readonly Section[]): number {
  const first = sections.find((section) => section.paragraphs.length > 0)?.paragraphs[0];
  const value = first && /^\d+$/.test(first.number) ? Number(first.number) : 0;
  return value >= 1 ? value : 1;
}

/**
 * Numbers every paragraph 1, 2, 3... (or from `start`) continuously across sections. Returns new
 * objects; keys, texts and headings are untouched. Applied after every edit of a working version,
 * so "12 bis" style numbers of an import become plain integers at the first edit.
 */
export function renumber(sections: Section[], start: number = firstNumber(sections)): Section[] {
  let next = start;
  return sections.map((section) => ({
    ...section,
    paragraphs: section.paragraphs.map((paragraph) => ({ ...paragraph, number: String(next++) })),
  }));
}
