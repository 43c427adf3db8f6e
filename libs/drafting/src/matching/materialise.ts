import { ErrorCode, type Section } from '@concordia/contracts';
import { DraftingError } from '../drafting-error';
import type { ParsedDocument, ParsedSection } from '../import/structure';
import { textSimilarity, tokenize } from './similarity';

/** Makes a key that is new to the draft (the server's id generator). */
export type KeyFactory = () => string;

/** Headings at least this similar (after their enumerators are removed) are the same section. */
const HEADING_THRESHOLD = 0.5;

/**
 * The sections of a version built from an imported document. Paragraph i (document order) gets
 * keysByIndex[i], or a new key when that is null or missing; numbers and texts are the
 * document's. A section inherits a previous section's key when its heading is the same, the same
 * once the enumerator is ignored ("C. Context" / "D. Context"), when most of its paragraphs come
 * from that section, or when the headings are similar; otherwise it gets a new key.
 * Throws OperationInvalid when a key would be used twice.
 */
export function materialise(
  doc: Pick<ParsedDocument, 'sections'>,
  keysByIndex: readonly (string | null)[],
  previous: Section[] | null,
  newKey: KeyFactory,
): Section[] {
  const paragraphCount = doc.sections.reduce((n, section) => n + section.paragraphs.length, 0);
  if (keysByIndex.length > paragraphCount) {
    throw new DraftingError(
      ErrorCode.OperationInvalid,
      `There are keys for ${keysByIndex.length} paragraphs but the document has ${paragraphCount}.`,
      { keys: keysByIndex.length, paragraphs: paragraphCount },
    );
  }

  const paragraphKeys = new UniqueKeys('paragraph');
  keysByIndex.forEach((key) => {
    if (key !== null) paragraphKeys.claim(key);
  });
  const keys = Array.from({ length: paragraphCount }, (_, i) => keysByIndex[i] ?? paragraphKeys.claim(newKey()));

  let next = 0;
  const keyed = doc.sections.map((section) => section.paragraphs.map(() => keys[next++]));
  const inherited = inheritSectionKeys(doc.sections, keyed, previous ?? []);
  const sectionKeys = new UniqueKeys('section');
  inherited.forEach((key) => {
    if (key !== null) sectionKeys.claim(key);
  });

  return doc.sections.map((section, s) => ({
    key: inherited[s] ?? sectionKeys.claim(newKey()),
    heading: section.heading,
    paragraphs: section.paragraphs.map((paragraph, i) => ({
      key: keyed[s][i],
      number: paragraph.number,
      text: paragraph.text,
    })),
  }));
}

class UniqueKeys {
  private readonly used = new Set<string>();

  constructor(private readonly kind: 'paragraph' | 'section') {}

  claim(key: string): string {
    if (key === '' || this.used.has(key)) {
      throw new DraftingError(
        ErrorCode.OperationInvalid,
        key === '' ? `A ${this.kind} key is empty.` : `The ${this.kind} key "${key}" is used more than once.`,
        { key },
      );
    }
    this.used.add(key);
    return key;
  }
}

/** "II. Migration and development" -> "migration and development". */
export function headingCore(heading: string): string {
  return tokenize(heading.replace(/^\s*(?:[IVXLCDM]+|[A-Za-z]|\d+)\s*[.)]\s+/, '')).join(' ');
}

function inheritSectionKeys(sections: ParsedSection[], keyed: string[][], previous: Section[]): (string | null)[] {
  const result = sections.map((): string | null => null);
  const free = new Set(previous.map((section) => section.key));
  const assign = (s: number, key: string): void => {
    if (result[s] !== null || !free.has(key)) return;
    result[s] = key;
    free.delete(key);
  };

  sections.forEach((section, s) => {
    const same = previous.find((old) => free.has(old.key) && old.heading === section.heading);
    if (same) assign(s, same.key);
  });
  sections.forEach((section, s) => {
    if (result[s] !== null) return;
    const core = headingCore(section.heading);
    const same = previous.find((old) => free.has(old.key) && headingCore(old.heading) === core);
    if (same) assign(s, same.key);
  });

  // A renamed section still holds most of its paragraphs.
  const sectionOf = new Map(previous.flatMap((old) => old.paragraphs.map((p) => [p.key, old.key] as const)));
  const majorities: { s: number; key: string; count: number }[] = [];
  keyed.forEach((keys, s) => {
    if (result[s] !== null) return;
    const counts = new Map<string, number>();
    for (const key of keys) {
      const from = sectionOf.get(key);
      if (from !== undefined) counts.set(from, (counts.get(from) ?? 0) + 1);
    }
    for (const [key, count] of counts) if (count * 2 > keys.length) majorities.push({ s, key, count });
  });
  majorities.sort((a, b) => b.count - a.count || a.s - b.s);
  for (const { s, key } of majorities) assign(s, key);

  const similar: { s: number; key: string; score: number }[] = [];
  sections.forEach((section, s) => {
    if (result[s] !== null) return;
    for (const old of previous) {
      if (!free.has(old.key)) continue;
      const score = textSimilarity(headingCore(section.heading), headingCore(old.heading));
      if (score >= HEADING_THRESHOLD) similar.push({ s, key: old.key, score });
    }
  });
  similar.sort((a, b) => b.score - a.score || a.s - b.s);
  for (const { s, key } of similar) assign(s, key);
  return result;
}
