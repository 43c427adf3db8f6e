/** A thread and the round's text it is read in. */
export interface ThreadPlace {
  processId: string;
  draftId: string;
  /** The version the round reads. */
  versionId: string;
  roundId: string;
  paragraphKey: string;
  /** The thread's first annotation. */
  threadId: string;
}

/**
 * The web page that opens a thread: the round's text scrolled to the paragraph, its threads in
 * the side panel and this one focused. Notifications, emails, the chair's moderation queue and
 * the secretariat's dispositions all link here, so a link reads the same wherever it was made.
 */
export function threadPath(place: ThreadPlace): string {
  const query = new URLSearchParams({
    version: place.versionId,
    round: place.roundId,
    paragraph: place.paragraphKey,
    thread: place.threadId,
  });
  return `/processes/${place.processId}/drafts/${place.draftId}?${query.toString()}`;
}
