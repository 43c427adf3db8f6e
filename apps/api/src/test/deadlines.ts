/**
 * Deadlines in tests that run on loaded machines. A test's point is about the order of things
 * (before the deadline, after it), never about how fast the machine is: waits are measured from
 * the deadline the API stored, and a scenario that needs its steps done before a short deadline
 * gets a longer one when the machine did not keep up, instead of failing (or passing) by chance.
 */

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A deadline `ms` from now, as a chair's client would send it. */
export const inMs = (ms: number): string => new Date(Date.now() + ms).toISOString();

/** Resolves once the clock is past `deadline` (an ISO date the API returned). Same clock: API and test share the host. */
export const pastDeadline = async (deadline: string, marginMs = 250): Promise<void> => {
  const wait = Date.parse(deadline) + marginMs - Date.now();
  if (wait > 0) await sleep(wait);
};

/** How long to wait for what follows a deadline: the time left until it, plus `slackMs` after it. */
export const afterDeadline = (deadline: string, slackMs: number): number =>
  Math.max(0, Date.parse(deadline) - Date.now()) + slackMs;

/** What an attempt says when the machine was too slow for its notice. */
export const TOO_SLOW = Symbol('too slow for this notice');

/**
 * Runs `attempt` with a notice of `firstMs`, then twice as long each time it returns TOO_SLOW
 * (the machine did not get the steps done before the deadline), up to `maxMs`.
 */
export async function withNotice<T>(
  attempt: (noticeMs: number) => Promise<T | typeof TOO_SLOW>,
  firstMs = 3_000,
  maxMs = 48_000,
): Promise<T> {
  for (let notice = firstMs; ; notice *= 2) {
    const result = await attempt(notice);
    if (result !== TOO_SLOW) return result;
    if (notice * 2 > maxMs) throw new Error(`the machine did not keep up even with a notice of ${notice} ms`);
  }
}

/**
 * A spec's setup (the app, its fixtures, a worker process): jest's 30 s per test was measured on
 * an idle machine, and setup does the work of many tests at once.
 */
export const SETUP_TIMEOUT_MS = 120_000;

/** A test that starts a worker process and waits for a deadline job. */
export const WORKER_TEST_TIMEOUT_MS = 120_000;
