import type { DraftVersion } from '@concordia/contracts';
import { replacesOnScreen } from './version-on-screen';

const working = (id: string, revision: number): DraftVersion => ({
  id: id.repeat(24),
  draftId: 'd'.repeat(24),
  label: 'Working version',
  status: 'working',
  revision,
  publishedAt: null,
  note: null,
  sections: [],
});

describe('replacesOnScreen', () => {
  it('keeps the new working version after publishing, though the page still holds the old copy', () => {
    // The page loaded revision 2; the editor saved up to revision 5, then published it.
    const pageCopy = working('a', 2);
    const next = working('b', 0);
    expect(replacesOnScreen(pageCopy, pageCopy, next)).toBe(false);
  });

  it('takes a copy the page loaded since when it is newer or another version', () => {
    const pageCopy = working('a', 2);
    expect(replacesOnScreen(working('a', 7), pageCopy, working('a', 5))).toBe(true);
    expect(replacesOnScreen(working('c', 1), pageCopy, working('a', 5))).toBe(true);
  });

  it('keeps the editor’s later revision over an older copy the page loaded since', () => {
    expect(replacesOnScreen(working('a', 3), working('a', 2), working('a', 5))).toBe(false);
  });
});
