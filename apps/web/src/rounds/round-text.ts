import type { Draft, Round } from '@concordia/contracts';

/** The draft a version belongs to. */
export const draftOf = (drafts: readonly Draft[], versionId: string) =>
  drafts.find((draft) => draft.versions.some((v) => v.id === versionId));

/**
 * The reading page of a round's text, straight on its draft: its version, read in the round (its
 * threads, its live session). Contracts' `roundTextPath` is the round's own address for it, which
 * redirects here once the drafts are loaded: links that know the draft skip that step.
 */
export const roundReadingPath = (round: Pick<Round, 'id' | 'processId' | 'versionId'>, draft: Pick<Draft, 'id'>) =>
  `/processes/${round.processId}/drafts/${draft.id}?version=${round.versionId}&round=${round.id}`;

/** The reading page a round's text may be read on now: none while scheduled, nor before its draft is known. */
export const readableTextPath = (round: Round, drafts: readonly Draft[]): string | null => {
  const draft = draftOf(drafts, round.versionId);
  return draft && round.status !== 'scheduled' ? roundReadingPath(round, draft) : null;
};
