import { type BlockerFunction, NavigationType } from 'react-router';

/**
 * Navigation state of a move that already reckons with the page's unsaved changes (publishing
 * the text the officer was editing, after the publish dialog said what stays out): it goes unasked.
 */
export const LEAVES_KNOWINGLY = { leavesKnowingly: true } as const;

const saysKnowingly = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && 'leavesKnowingly' in state && state.leavesKnowingly === true;

/**
 * Whether a move drops what the page holds unsaved: any other address (path or query: on the
 * draft page another version or mode unmounts the editor), not a jump within it (#fragment).
 * Back and forward carry the state of the entry they return to, never a knowing move: they ask.
 */
export const dropsUnsaved: BlockerFunction = ({ currentLocation, nextLocation, historyAction }) => {
  const elsewhere =
    currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search;
  return elsewhere && (historyAction === NavigationType.Pop || !saysKnowingly(nextLocation.state));
};
