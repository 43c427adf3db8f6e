import { comparisonUnchanged, type Section } from '@concordia/contracts';
import { compareSections } from './compare-sections';

/**
 * Whether `to` reads exactly as `from`: the comparison of the two finds no change (paragraph
 * keys, text, order and sections, headings) and the sections, empty ones included, keep their order.
 */
export function sectionsUnchanged(from: Section[], to: Section[]): boolean {
  const sameSectionOrder = from.length === to.length && from.every((section, i) => section.key === to[i]?.key);
  return sameSectionOrder && comparisonUnchanged(compareSections(from, to));
}
