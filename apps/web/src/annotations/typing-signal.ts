import { useCallback, useEffect, useRef } from 'react';

/** After this long without a keystroke the writer is no longer shown as typing. */
const IDLE_MS = 4000;
/** A "still typing" signal is repeated at most this often while keys keep coming. */
const REPEAT_MS = 2500;

/**
 * Turns keystrokes into few typing:update messages: one when typing starts, a reminder now and
 * then (the server forgets silent typists), one when it stops (idle, sent or unmounted).
 */
export const useTypingSignal = (send: (typing: boolean) => void): { onKey: () => void; stop: () => void } => {
  const sendRef = useRef(send);
  const lastSent = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    sendRef.current = send;
  });

  const stop = useCallback(() => {
    clearTimeout(idle.current);
    idle.current = undefined;
    if (lastSent.current !== 0) {
      lastSent.current = 0;
      sendRef.current(false);
    }
  }, []);

  const onKey = useCallback(() => {
    const now = Date.now();
    if (now - lastSent.current > REPEAT_MS) {
      lastSent.current = now;
      sendRef.current(true);
    }
    clearTimeout(idle.current);
    idle.current = setTimeout(stop, IDLE_MS);
  }, [stop]);

  useEffect(() => stop, [stop]);
  return { onKey, stop };
};
