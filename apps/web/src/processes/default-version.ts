import type { Draft, Round } from '@concordia/contracts';

export interface VersionOption {
  value: string;
  label: string;
}

/** `nameOf` names a version for people (drafts/version-label: the working one in their language). */
export const versionOptions = (
  drafts: Draft[],
  nameOf: (version: Draft['versions'][number]) => string,
): VersionOption[] =>
  drafts.flatMap((draft) =>
    draft.versions.map((version) => ({
      value: version.id,
      label: drafts.length > 1 ? `${draft.title} — ${nameOf(version)}` : nameOf(version),
    })),
  );

/**
 * The version a reader most likely wants: the one under discussion in an open round, else the most
 * recently published, else the newest working version.
 */
export const defaultVersionId = (drafts: Draft[], rounds: Round[]): string | null => {
  const known = new Set(drafts.flatMap((draft) => draft.versions.map((version) => version.id)));
  const open = rounds.find((round) => round.status === 'open' && known.has(round.versionId));
  if (open) return open.versionId;
  const versions = drafts.flatMap((draft) => draft.versions);
  const published = versions
    .filter((version) => version.publishedAt !== null)
    .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
  return published.at(-1)?.id ?? versions.at(-1)?.id ?? null;
};
