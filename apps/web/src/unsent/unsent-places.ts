import type { SpanSelectors } from '@concordia/contracts';

/*
 * Where unsent text belongs: what is written, on what. Coming back to the same place (after a
 * reload, another paragraph, a new sign-in) finds the text again; anywhere else starts blank.
 */

/** Every new annotation on a round's paragraph starts so, whatever it is on. */
export const newAnnotationPlaces = (roundId: string, paragraphKey: string): string =>
  `annotation:${roundId}:${paragraphKey}:`;

/** A new annotation on a round's paragraph: on the words selected, or on the whole paragraph. */
export const newAnnotationPlace = (roundId: string, paragraphKey: string, selectors: SpanSelectors | null): string =>
  `${newAnnotationPlaces(roundId, paragraphKey)}${
    selectors ? `${selectors.position.start}-${selectors.position.end}` : 'paragraph'
  }`;

export const replyPlace = (threadId: string): string => `reply:${threadId}`;

export const editPlace = (annotationId: string): string => `edit:${annotationId}`;

export const positionPlace = (roundId: string, paragraphKey: string): string => `position:${roundId}:${paragraphKey}`;

export const hideReasonPlace = (annotationId: string): string => `hide:${annotationId}`;

/** The note to circulate with a draft's next published version. */
export const publicationNotePlace = (draftId: string): string => `publication-note:${draftId}`;

/** A delegation's statement breaking a silence procedure. */
export const silenceStatementPlace = (procedureId: string): string => `silence-statement:${procedureId}`;

/** Invitation rows pasted or typed for a process, not yet sent. */
export const invitationSheetPlace = (processId: string): string => `invitation-sheet:${processId}`;
