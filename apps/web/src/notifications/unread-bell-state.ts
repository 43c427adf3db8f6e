/**
 * Which unread count the bell shows when the HTTP answer and the live pushes cross. Pushes are
 * ordered (the server publishes a count only while it is still current, in Redis, see
 * libs/dal/src/unread-counts.ts), and every change is followed by one; an HTTP answer is not:
 * it may have been counted before a push that arrives first. So an answer counts only if no
 * push arrived while it was on its way, and a push always does.
 */
export class UnreadBellState {
  private pushes = 0;
  private current: number | null = null;

  get unread(): number | null {
    return this.current;
  }

  /** A count was asked over HTTP: pass the returned ticket to `answered`. */
  asked(): number {
    return this.pushes;
  }

  /** Whether the answer changed the count (false when a push overtook it). */
  answered(ticket: number, unread: number): boolean {
    if (ticket !== this.pushes) return false;
    this.current = unread;
    return true;
  }

  pushed(unread: number): void {
    this.pushes += 1;
    this.current = unread;
  }
}
