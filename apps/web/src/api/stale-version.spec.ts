import type { DraftVersion } from '@concordia/contracts';
import { ApiError } from './api-error';
import { staleCurrentVersion } from './stale-version';

const version: DraftVersion = {
  id: 'a'.repeat(24),
  draftId: 'b'.repeat(24),
  label: 'Working version',
  status: 'working',
  revision: 4,
  publishedAt: null,
  note: null,
  sections: [],
};

describe('staleCurrentVersion', () => {
  it('reads the current version out of a VERSION_STALE body', () => {
    const body = { code: 'VERSION_STALE', message: 'stale', requestId: 'r', current: version };
    const error = new ApiError(409, 'VERSION_STALE', 'stale', 'r', [], body);
    expect(staleCurrentVersion(error)).toEqual(version);
  });

  it('answers null for other errors and for a stale body without a usable version', () => {
    expect(staleCurrentVersion(new ApiError(409, 'VERSION_PUBLISHED', 'published', 'r'))).toBeNull();
    expect(
      staleCurrentVersion(new ApiError(409, 'VERSION_STALE', 'stale', 'r', [], { code: 'VERSION_STALE' })),
    ).toBeNull();
    expect(staleCurrentVersion(new Error('network'))).toBeNull();
  });
});
