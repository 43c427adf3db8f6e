import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs` while `active`: countdowns tick on their own. */
export const useNow = (active: boolean, everyMs = 1000): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs]);
  return now;
};
