import { roundAcceptsInput, type Round } from '@concordia/contracts';
import { useEffect, useState } from 'react';
import { serverNow, useServerOffset } from '../common/server-clock';
import { watchInputWindow } from './input-window';

/**
 * Whether the round takes comments, positions and replies now, as the API decides: open and
 * before its closing time. Turns false at the closing time itself, without waiting for the
 * worker's automatic close (seconds later, or longer if the worker is down). On the server's
 * clock, whatever the browser's says; re-armed when the measured offset moves.
 */
export const useAcceptsInput = (round: Pick<Round, 'status' | 'closesAt'>): boolean => {
  const { status, closesAt } = round;
  const [, setStopped] = useState(0);
  const offset = useServerOffset();
  useEffect(() => watchInputWindow({ status, closesAt }, () => setStopped((n) => n + 1)), [status, closesAt, offset]);
  return roundAcceptsInput({ status, closesAt }, new Date(serverNow()));
};
