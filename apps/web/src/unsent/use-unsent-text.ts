import { useDebouncedCallback, useWindowEvent } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { useOptionalMe } from '../auth/auth-context';
import { useHoldLeave } from '../common/leave-guards';
import { unsentStore } from './unsent-store';

/** Long enough not to write on every keystroke, short enough that a crash loses a few words at most. */
const SAVE_DELAY_MS = 400;

export interface UnsentText<T> {
  /** What was kept at this place when the form opened; null when there was nothing. */
  restored: T | null;
  /** The "restored your unsent text" notice is shown until discarded or sent. */
  noticeShown: boolean;
  /** Sent or discarded: nothing is kept any more, and nothing pending is written after. */
  clear: () => void;
  /** The form's current text, kept after a pause in typing; null when there is nothing to keep. */
  keep: ((value: T | null) => void) & { flush: () => void; cancel: () => void };
}

/**
 * Unsent text of one form, kept in this browser per signed-in user and per `place` (what is being
 * written where; null: nothing to keep, e.g. a form the user cannot open): read once when the
 * form opens, to start from. Pair with `useKeepWhileWriting`.
 */
export const useUnsentText = <S extends z.ZodType>(place: string | null, schema: S): UnsentText<z.output<S>> => {
  const userId = useOptionalMe()?.user.id ?? null;
  const [restored] = useState(() => (userId && place ? unsentStore.read(userId, place, schema) : null));
  const [noticeShown, setNoticeShown] = useState(restored !== null);
  const write = useCallback(
    (value: z.output<S> | null) => {
      if (!userId || !place) return;
      if (value === null) unsentStore.remove(userId, place);
      else unsentStore.write(userId, place, value);
    },
    [userId, place],
  );
  // Written on unmount too: a session that expires, a reload or another paragraph keeps the last words.
  const keep = useDebouncedCallback(write, { delay: SAVE_DELAY_MS, flushOnUnmount: true });
  const clear = useCallback(() => {
    keep.cancel();
    write(null);
    setNoticeShown(false);
  }, [keep, write]);
  return { restored, noticeShown, clear, keep };
};

/**
 * Keeps `value` (null: nothing written) as the user types, and arms the browser's leave-page
 * warning while there is something unsent. Signing out erases what is kept (a shared computer),
 * so the header's Sign out asks first too.
 */
export const useKeepWhileWriting = <T>(unsent: UnsentText<T>, value: T | null): void => {
  const serialized = value === null ? null : JSON.stringify(value);
  const latest = useRef(value);
  latest.current = value;
  const { keep } = unsent;
  const started = useRef(false);
  useEffect(() => {
    // The first render shows what was restored (or nothing): there is nothing new to write.
    if (!started.current) {
      started.current = true;
      return;
    }
    keep(latest.current);
  }, [serialized, keep]);
  useHoldLeave(value !== null);
  useWindowEvent('pagehide', () => keep.flush());
  useWindowEvent('beforeunload', (event) => {
    keep.flush();
    if (latest.current === null) return;
    // Kept or not, text that was never sent is worth a question before the page goes.
    event.preventDefault();
    event.returnValue = '';
  });
};
