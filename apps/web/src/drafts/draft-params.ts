/** What a link to a thread adds to a draft's address: applied once, when the link is followed. */
const LINK_ONLY = ['paragraph', 'thread', 'panel'] as const;

/**
 * The draft page's address after the reader chooses another version, round or mode. The linked
 * paragraph and thread are dropped: they pointed into the text as the link showed it, and kept
 * they would pull the reader back to that thread on every later choice.
 */
export function nextDraftParams(current: URLSearchParams, changes: Record<string, string | null>): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const name of LINK_ONLY) next.delete(name);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) next.delete(name);
    else next.set(name, value);
  }
  return next;
}
