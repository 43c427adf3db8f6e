import type { Page } from 'playwright-core';

/** Polls `probe` until it answers (not undefined): what arrives by mail or queue has no event to wait on. */
export const eventually = async <T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 15_000,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

/**
 * How many unread notifications the bell says the signed-in person has, once it knows: the count
 * is read over HTTP after the socket connects, and the bell carries no `data-unread` before it.
 */
export const unreadOf = async (page: Page): Promise<number> => {
  const bell = page.locator('[data-testid="notification-bell"][data-unread]');
  await bell.waitFor({ state: 'attached' });
  return Number(await bell.getAttribute('data-unread'));
};
