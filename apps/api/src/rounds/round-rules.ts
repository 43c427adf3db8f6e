import { ErrorCode, ROUND_TRANSITIONS, type RoundStatus } from '@concordia/contracts';
import { BadRequestError, ConflictError } from '../errors/domain-errors';

/** The window is two instants; closing must come strictly after opening. */
export function assertWindow(opensAt: Date, closesAt: Date): void {
  if (closesAt.getTime() <= opensAt.getTime()) {
    throw new BadRequestError(ErrorCode.RoundWindowInvalid, 'The round must close after it opens', [
      { path: 'closesAt', code: ErrorCode.RoundWindowInvalid, message: 'must be after opensAt' },
    ]);
  }
}

export function assertTransition(from: RoundStatus, to: RoundStatus): void {
  if (!ROUND_TRANSITIONS[from].includes(to)) {
    const allowed = ROUND_TRANSITIONS[from];
    throw new ConflictError(
      ErrorCode.RoundTransitionInvalid,
      `A ${from} round cannot become ${to}` + (allowed.length > 0 ? ` (it can become: ${allowed.join(', ')})` : ''),
    );
  }
}

/** A new closing time must still be ahead: a time already past would close the round at once. */
export function assertClosingAhead(closesAt: Date, now: Date): void {
  if (closesAt.getTime() <= now.getTime()) {
    throw new BadRequestError(ErrorCode.RoundClosingTimePast, 'The new closing time has already passed', [
      { path: 'closesAt', code: ErrorCode.RoundClosingTimePast, message: 'must be in the future' },
    ]);
  }
}

/**
 * The closing time a round opens (or reopens) with: the one the request sets, else its current
 * one, which must not have passed — the emails would announce a time already gone.
 */
export function openingClosesAt(round: { opensAt: Date; closesAt: Date }, requested: Date | null, now: Date): Date {
  if (requested) {
    assertClosingAhead(requested, now);
    assertWindow(round.opensAt, requested);
    return requested;
  }
  if (round.closesAt.getTime() <= now.getTime()) {
    throw new ConflictError(
      ErrorCode.RoundDeadlinePassed,
      `The round's closing time (${round.closesAt.toISOString()}) has passed; set a new closing time to open it`,
    );
  }
  return round.closesAt;
}

/** A closing time is a field of open business: a scheduled, open or closed round; never a concluded one. */
export function assertClosingMovable(status: RoundStatus): void {
  if (status === 'concluded') {
    throw new ConflictError(
      ErrorCode.RoundNotEditable,
      'The round is concluded; its closing time can no longer change',
    );
  }
}

/** How a refusal names a round that takes no contributions: its status, or its passed closing time. */
export function closedState(round: { status: RoundStatus; closesAt: Date }): string {
  return round.status === 'open' ? `past its closing time (${round.closesAt.toISOString()})` : round.status;
}

/** Round settings can change only before it opens; afterwards participants rely on them. */
export function assertEditable(status: RoundStatus): void {
  if (status !== 'scheduled') {
    throw new ConflictError(ErrorCode.RoundNotEditable, `The round is ${status}; only a scheduled round can be edited`);
  }
}
