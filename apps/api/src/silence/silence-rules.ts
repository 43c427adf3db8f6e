import { ErrorCode, SILENCE_MAX_NOTICE_MS, SILENCE_MIN_NOTICE_MS, type SilenceStatus } from '@concordia/contracts';
import { BadRequestError, ConflictError } from '../errors/domain-errors';

/** A deadline must leave delegations time to react, and not park a procedure for months. */
export function assertDeadline(deadline: Date, now: Date): void {
  const notice = deadline.getTime() - now.getTime();
  if (notice < SILENCE_MIN_NOTICE_MS || notice > SILENCE_MAX_NOTICE_MS) {
    throw new BadRequestError(
      ErrorCode.SilenceDeadlineInvalid,
      `The deadline must be between ${SILENCE_MIN_NOTICE_MS / 1000} seconds and ${SILENCE_MAX_NOTICE_MS / 86_400_000} days from now`,
      [{ path: 'deadline', code: ErrorCode.SilenceDeadlineInvalid, message: 'out of range' }],
    );
  }
}

/**
 * Whether the procedure can still be broken, moved or cancelled. After the deadline it is the
 * worker's to conclude, even if the job has not run yet: the deadline, not the job, decides.
 */
export function assertStillRunning(procedure: { status: SilenceStatus; deadline: Date }, now: Date): void {
  if (procedure.status !== 'running') {
    throw new ConflictError(ErrorCode.SilenceNotRunning, `The silence procedure is already ${procedure.status}`);
  }
  if (now.getTime() >= procedure.deadline.getTime()) {
    throw new ConflictError(ErrorCode.SilenceDeadlinePassed, 'The deadline of the silence procedure has passed');
  }
}

/** The deadline job of one revision: a moved deadline gets a new job id, so the old one is told apart. */
export function silenceJobId(procedureId: string, revision: number): string {
  return `silence:${procedureId}:${revision}`;
}
