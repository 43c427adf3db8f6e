/** How often a page without a live link reloads what it shows, while it is seen. */
export const REFRESH_EVERY_MS = 60_000;
/** Coming back to the page reloads it at once, unless it was loaded more recently than this. */
export const FRESH_ENOUGH_MS = 15_000;

/**
 * When a page that cannot follow a live stream (a visitor's, not signed in) reloads: every
 * minute while it is seen, and on coming back to it; never while hidden, so a tab left in the
 * background asks nothing. At most one reload per FRESH_ENOUGH_MS however often the reader
 * switches tabs: the API's public routes are rate limited per address.
 */
export class RefreshSchedule {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastAt: number;

  /** `visible`: whether the page is seen now; it was just loaded. */
  constructor(
    private readonly reload: () => void,
    visible: boolean,
    private readonly clock: () => number = () => Date.now(),
  ) {
    this.lastAt = clock();
    if (visible) this.arm(REFRESH_EVERY_MS);
  }

  /** The page was hidden (another tab, a minimised window) or shown again. */
  visibility(visible: boolean): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!visible) return;
    const age = this.clock() - this.lastAt;
    if (age >= FRESH_ENOUGH_MS) this.fire();
    else this.arm(REFRESH_EVERY_MS - age);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private fire(): void {
    this.lastAt = this.clock();
    this.reload();
    this.arm(REFRESH_EVERY_MS);
  }

  private arm(delay: number): void {
    this.timer = setTimeout(() => this.fire(), delay);
  }
}
