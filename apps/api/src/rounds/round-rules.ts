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

/** Round settings can change only before it opens; afterwards participants rely on them. */
export function assertEditable(status: RoundStatus): void {
  if (status !== 'scheduled') {
    throw new ConflictError(ErrorCode.RoundNotEditable, `The round is ${status}; only a scheduled round can be edited`);
  }
}
