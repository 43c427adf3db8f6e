import type { ImportPreview, PreviewParagraph } from '@concordia/contracts';

/** Hand corrections: imported paragraph index -> previous key, or null for "a new paragraph". */
export type Overrides = Readonly<Record<number, string | null>>;

export type PreviousParagraph = ImportPreview['previous'][number];

/** The key a paragraph will take: the hand correction when there is one, else the computed match. */
export const effectiveKey = (paragraph: PreviewParagraph, overrides: Overrides): string | null =>
  paragraph.index in overrides ? (overrides[paragraph.index] ?? null) : paragraph.matchedKey;

export const previewParagraphs = (preview: ImportPreview): PreviewParagraph[] =>
  preview.sections.flatMap((section) => section.paragraphs);

export interface MatchReview {
  matched: number;
  added: number;
  /** Previous paragraphs no imported paragraph takes the key of: they leave the text. */
  removed: PreviousParagraph[];
  /** Keys given to more than one paragraph: the API would refuse them; accepting waits for a fix. */
  duplicateKeys: Set<string>;
}

/** The matching as it stands with the corrections, recounted on the client as the user edits it. */
export const reviewMatches = (preview: ImportPreview, overrides: Overrides): MatchReview => {
  const uses = new Map<string, number>();
  let added = 0;
  for (const paragraph of previewParagraphs(preview)) {
    const key = effectiveKey(paragraph, overrides);
    if (key === null) added += 1;
    else uses.set(key, (uses.get(key) ?? 0) + 1);
  }
  return {
    matched: [...uses.values()].reduce((sum, n) => sum + n, 0),
    added,
    removed: preview.previous.filter((p) => !uses.has(p.key)),
    duplicateKeys: new Set([...uses].filter(([, n]) => n > 1).map(([key]) => key)),
  };
};

/** The accept request's corrections: only those that differ from what the server matched. */
export const overridesBody = (preview: ImportPreview, overrides: Overrides): Record<string, string | null> => {
  const body: Record<string, string | null> = {};
  for (const paragraph of previewParagraphs(preview)) {
    if (!(paragraph.index in overrides)) continue;
    const key = overrides[paragraph.index] ?? null;
    if (key !== paragraph.matchedKey) body[String(paragraph.index)] = key;
  }
  return body;
};

export type PreviewFilter = 'all' | 'review' | 'new' | 'corrected';

/** Below this similarity a match is worth a second look. */
export const LOW_SIMILARITY = 0.75;

export const matchesFilter = (paragraph: PreviewParagraph, overrides: Overrides, filter: PreviewFilter): boolean => {
  switch (filter) {
    case 'all':
      return true;
    case 'corrected':
      return paragraph.index in overrides;
    case 'new':
      return effectiveKey(paragraph, overrides) === null;
    case 'review':
      return (
        !(paragraph.index in overrides) && paragraph.matchedKey !== null && (paragraph.similarity ?? 0) < LOW_SIMILARITY
      );
  }
};
