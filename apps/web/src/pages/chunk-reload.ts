/**
 * A page's code goes missing when a release replaces the chunks while a tab stays open (delegates
 * keep the reading page open for days). One reload fetches the new release's, so the first such
 * failure on a page reloads by itself; a second within a minute shows the error page with Reload,
 * so a chunk that is really unreachable (offline, a broken release) cannot loop.
 */

const KEY = 'concordia.chunkReload';
const GUARD_MS = 60_000;

/** The messages browsers and Vite give when a module or its preloaded dependency cannot be fetched. */
const CHUNK_FAILURES = [
  /dynamically imported module/i, // Chromium, Firefox
  /Importing a module script failed/i, // Safari
  /Unable to preload CSS/i, // Vite's preload helper
];

export const isChunkLoadError = (error: unknown): boolean =>
  error instanceof Error && CHUNK_FAILURES.some((pattern) => pattern.test(error.message));

interface Attempt {
  path: string;
  at: number;
}

const lastAttempt = (storage: Storage): Attempt | null => {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { path, at } = parsed as Partial<Attempt>;
    return typeof path === 'string' && typeof at === 'number' ? { path, at } : null;
  } catch {
    return null;
  }
};

/** The tab's session storage; reading it throws where the browser disables storage. */
const sessionStore = (): Storage | null => {
  try {
    return globalThis.sessionStorage;
  } catch {
    return null;
  }
};

/**
 * Whether this failure earns the automatic reload, recording it when it does. Without storage
 * (disabled, full) there is no guard against a loop, so no automatic reload either.
 */
export const claimChunkReload = (
  error: unknown,
  path: string,
  now: number = Date.now(),
  storage: Storage | null = sessionStore(),
): boolean => {
  if (!isChunkLoadError(error) || !storage) return false;
  const last = lastAttempt(storage);
  if (last && last.path === path && now - last.at < GUARD_MS) return false;
  try {
    storage.setItem(KEY, JSON.stringify({ path, at: now } satisfies Attempt));
    return true;
  } catch {
    return false;
  }
};
