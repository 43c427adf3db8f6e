import { threadPath, type Annotation } from '@concordia/contracts';

/** The round's text an annotation is read in: its draft and the version the round reads. */
export interface RoundText {
  processId: string;
  draftId: string;
  versionId: string;
}

/**
 * Where the web opens the thread of an annotation, a reply opening its thread; the same link as
 * a notification's, so the round's text opens at the paragraph with that thread focused.
 */
export const annotationThreadPath = (
  text: RoundText,
  annotation: Pick<Annotation, 'id' | 'parentId' | 'roundId' | 'anchor'>,
): string =>
  threadPath({
    ...text,
    roundId: annotation.roundId,
    paragraphKey: annotation.anchor.paragraphKey,
    threadId: annotation.parentId ?? annotation.id,
  });
