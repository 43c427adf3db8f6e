import { roundAcceptsInput, type Round } from '@concordia/contracts';
import { serverNow } from '../common/server-clock';

/** setTimeout fires at once for longer delays (a signed 32-bit count of milliseconds). */
export const MAX_TIMER_MS = 2 ** 31 - 1;

type InputWindow = Pick<Round, 'status' | 'closesAt'>;

/**
 * Milliseconds until the round stops taking input by itself, at its closing time: the API then
 * answers 409 ROUND_NOT_OPEN although the round is still "open" until the worker closes it.
 * Null when nothing changes by the clock alone (not open, or the closing time has passed). On the
 * server's clock: the API decides.
 */
export const untilInputStops = (round: InputWindow, now = serverNow()): number | null => {
  if (!roundAcceptsInput(round, new Date(now))) return null;
  return new Date(round.closesAt).getTime() - now;
};

/**
 * Calls `onStop` once, at the round's closing time, if the round takes input until then. A
 * closing time weeks away is waited for in steps, each within what setTimeout can hold.
 * Returns the cancellation, for when the round (its status or closing time) changes.
 */
export const watchInputWindow = (round: InputWindow, onStop: () => void, clock = serverNow): (() => void) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    const delay = untilInputStops(round, clock());
    if (delay === null) {
      onStop();
      return;
    }
    timer = setTimeout(arm, Math.min(delay, MAX_TIMER_MS));
  };
  if (untilInputStops(round, clock()) !== null) arm();
  return () => clearTimeout(timer);
};
