/** A button a viewer may press on one waiting entry, wherever the entry is drawn. */
export type EntryAction = 'give' | 'remove' | 'withdraw';

interface Viewer {
  /** The round's chair. */
  chair: boolean;
  /** The round takes input now: giving the floor stops at the closing time, clearing the list does not. */
  live: boolean;
  /** The viewer's participating delegation, if any. */
  mine: string | null;
}

/**
 * What a viewer may do with an entry, as the API allows it: the chair gives the floor (while the
 * round is live) and removes anyone; a delegation withdraws its own request. The same list drives
 * the card's next line and the whole queue, so the two never offer different things.
 */
export const entryActions = ({ chair, live, mine }: Viewer, delegationId: string): EntryAction[] => {
  const actions: EntryAction[] = chair && live ? ['give'] : [];
  if (mine !== null && delegationId === mine) actions.push('withdraw');
  else if (chair) actions.push('remove');
  return actions;
};
