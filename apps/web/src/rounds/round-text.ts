import type { Draft, Round } from '@concordia/contracts';

/** The draft a version belongs to. */
export const draftOf = (drafts: readonly Draft[], versionId: string) =>
  drafts.find((draft) => draft.versions.some((v) => v.id === versionId));

/** The reading page of a round's text: its version, read in the round (its threads, its live session). */
export const roundTextPath = (round: Pick<Round, 'id' | 'processId' | 'versionId'>, draft: Pick<Draft, 'id'>): string =>
  `/processes/${round.processId}/drafts/${draft.id}?version=${round.versionId}&round=${round.id}`;
