import type { ImportPreview, Section } from '@concordia/contracts';
import type { KeyMatch, ParsedDocument } from '@concordia/drafting';

/**
 * What the secretariat reviews before accepting: every imported paragraph (numbered as in the
 * document) with the previous key it was matched to, the keys left unmatched, and the previous
 * version's paragraphs so a match can be checked and corrected by hand.
 */
export function buildPreview(
  parsed: ParsedDocument,
  matches: readonly KeyMatch[],
  removedKeys: readonly string[],
  previous: readonly Section[] | null,
): ImportPreview {
  const byIndex = new Map(matches.map((m) => [m.index, m]));
  let index = 0;
  const sections = parsed.sections.map((section) => ({
    heading: section.heading,
    paragraphs: section.paragraphs.map((p) => {
      const match = byIndex.get(index);
      const key = match?.key ?? null;
      return {
        index: index++,
        number: p.number,
        text: p.text,
        matchedKey: key,
        similarity: key === null ? null : Math.min(1, Math.max(0, match?.similarity ?? 0)),
      };
    }),
  }));
  const paragraphs = sections.flatMap((s) => s.paragraphs);
  const matched = paragraphs.filter((p) => p.matchedKey !== null).length;
  return {
    sections,
    stats: {
      paragraphs: paragraphs.length,
      matched,
      added: paragraphs.length - matched,
      removedKeys: [...removedKeys],
    },
    previous: (previous ?? []).flatMap((s) =>
      s.paragraphs.map((p) => ({ key: p.key, number: p.number, text: p.text })),
    ),
    warnings: [...parsed.warnings],
  };
}
