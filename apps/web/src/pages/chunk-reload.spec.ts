/**
 * @jest-environment ./tools/test/jsdom-environment.js
 */
import { claimChunkReload, isChunkLoadError } from './chunk-reload';

const gone = new TypeError('Failed to fetch dynamically imported module: https://x.test/assets/admin-pages-B1x.js');

beforeEach(() => sessionStorage.clear());

describe('a page whose code is gone reloads by itself, once', () => {
  it('recognises a missing chunk as Chromium, Firefox, Safari and Vite report it, and nothing else', () => {
    expect(isChunkLoadError(gone)).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: /a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Unable to preload CSS for /assets/a.css'))).toBe(true);
    expect(isChunkLoadError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
    expect(isChunkLoadError('dynamically imported module')).toBe(false);
  });

  it('reloads the first time, not again on the same page within a minute, and again after it', () => {
    expect(claimChunkReload(gone, '/audit', 1_000)).toBe(true);
    expect(claimChunkReload(gone, '/audit', 20_000)).toBe(false);
    expect(claimChunkReload(gone, '/audit?process=p1', 20_000)).toBe(true);
    expect(claimChunkReload(gone, '/audit?process=p1', 90_000)).toBe(true);
  });

  it('does not reload for other errors, or where it could not tell a loop', () => {
    expect(claimChunkReload(new Error('boom'), '/audit', 1_000)).toBe(false);
    expect(claimChunkReload(gone, '/audit', 1_000, null)).toBe(false);
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect(claimChunkReload(gone, '/audit', 1_000, full)).toBe(false);
  });
});
