import { VERSION_LABELS, type Draft } from '@concordia/contracts';

export type VersionSummary = Draft['versions'][number];

/** Published versions oldest first (by publication), then the working version, if shown. */
export const orderedVersions = (versions: readonly VersionSummary[], withWorking: boolean): VersionSummary[] => {
  const published = versions
    .filter((v) => v.status === 'published')
    .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
  const working = withWorking ? versions.filter((v) => v.status === 'working') : [];
  return [...published, ...working];
};

export const workingVersion = (versions: readonly VersionSummary[]): VersionSummary | null =>
  versions.find((v) => v.status === 'working') ?? null;

/** What a reader opens first: the latest published text, else the working one when they may see it. */
export const defaultVersionId = (versions: readonly VersionSummary[], withWorking: boolean): string | null => {
  const ordered = orderedVersions(versions, withWorking);
  return (ordered.filter((v) => v.status === 'published').at(-1) ?? ordered.at(-1))?.id ?? null;
};

/**
 * The pair a comparison starts with: the last two published versions; with a single one, that
 * version against the working text (what is about to change).
 */
export const defaultComparePair = (
  versions: readonly VersionSummary[],
  withWorking: boolean,
): { from: string; to: string } | null => {
  const ordered = orderedVersions(versions, withWorking);
  const published = ordered.filter((v) => v.status === 'published');
  if (published.length >= 2) {
    const [from, to] = published.slice(-2);
    return from && to ? { from: from.id, to: to.id } : null;
  }
  const [first, second] = ordered;
  return first && second ? { from: first.id, to: second.id } : null;
};

/**
 * The label a publication most likely takes: the zero draft first, then the revision after the
 * latest one used. Past the named labels revisions keep counting ("Rev.6"); "Final" is never
 * guessed, the secretariat chooses it.
 */
export const suggestLabel = (publishedLabels: readonly string[]): string => {
  const revisions = publishedLabels
    .map((label) => /^rev\.?\s*(\d+)$/i.exec(label.trim())?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  const zero = VERSION_LABELS[0];
  if (publishedLabels.length === 0) return zero;
  const next = revisions.length === 0 ? 1 : Math.max(...revisions) + 1;
  return `Rev.${next}`;
};

/** The named labels offered in the publish dialog, the suggestion first and used ones left out. */
export const labelChoices = (publishedLabels: readonly string[]): string[] => {
  const used = new Set(publishedLabels.map((label) => label.trim().toLowerCase()));
  const suggestion = suggestLabel(publishedLabels);
  const named = VERSION_LABELS.filter((label) => !used.has(label.toLowerCase()) && label !== suggestion);
  return [suggestion, ...named];
};
