import type { DraftVersion } from '@concordia/contracts';

/**
 * Whether the page's copy of the working version replaces the one the editor shows. Only a copy
 * the page loaded since the last look counts (a reload, another version chosen), and only when it
 * is another version or a newer revision. The page's old copy, still held after a publication
 * moved the editor to the new working version, must not bring back the version just published:
 * its working amendments would be asked for, and the server refuses them for a published version.
 */
export const replacesOnScreen = (initial: DraftVersion, lastInitial: DraftVersion, onScreen: DraftVersion): boolean =>
  initial !== lastInitial && (initial.id !== onScreen.id || initial.revision > onScreen.revision);
