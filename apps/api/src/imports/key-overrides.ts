import { ErrorCode, type ImportPreview } from '@concordia/contracts';
import { BadRequestError } from '../errors/domain-errors';

const invalid = (message: string) => new BadRequestError(ErrorCode.ImportKeyOverrideInvalid, message);

type Preview = Pick<ImportPreview, 'sections' | 'previous'>;
type Overrides = Readonly<Record<string, string | null>>;

/**
 * The key of each imported paragraph (document order) with the corrections applied, each checked:
 * it must name a paragraph of the import and a key of the previous version (or null for "new").
 * A key may still sit on two paragraphs: a review in progress passes through such states.
 */
export function applyOverrides(preview: Preview, overrides: Overrides): (string | null)[] {
  const keys: (string | null)[] = [];
  for (const section of preview.sections) for (const p of section.paragraphs) keys[p.index] = p.matchedKey;
  const previousKeys = new Set(preview.previous.map((p) => p.key));

  for (const [indexText, key] of Object.entries(overrides)) {
    const index = Number(indexText);
    if (!Number.isSafeInteger(index) || index >= keys.length) {
      throw invalid(`There is no imported paragraph ${indexText} (the document has ${keys.length})`);
    }
    if (key !== null && !previousKeys.has(key)) {
      throw invalid(`"${key}" is not a paragraph key of the previous version`);
    }
    keys[index] = key;
  }
  return keys;
}

/**
 * The keys the accepted version takes: the matcher's choice, corrected by hand where the caller
 * says so (see applyOverrides), and no key on two paragraphs.
 */
export function resolveKeys(preview: Preview, overrides: Overrides): (string | null)[] {
  const keys = applyOverrides(preview, overrides);
  const seen = new Map<string, number>();
  keys.forEach((key, index) => {
    if (key === null) return;
    const first = seen.get(key);
    if (first !== undefined) {
      throw invalid(`Key "${key}" is given to paragraphs ${first} and ${index}; a key can follow one paragraph only`);
    }
    seen.set(key, index);
  });
  return keys;
}
