import { useEffect, useState } from 'react';
import { serverNow } from '../common/server-clock';

/**
 * The current time on the server's clock, refreshed every `everyMs` while `active`: countdowns
 * tick on their own, towards deadlines (and from floor turns) the server set.
 */
export const useNow = (active: boolean, everyMs = 1000): number => {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    if (!active) return undefined;
    setNow(serverNow());
    const timer = setInterval(() => setNow(serverNow()), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs]);
  return now;
};
