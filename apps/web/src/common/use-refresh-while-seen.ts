import { useEffect } from 'react';
import { RefreshSchedule } from './refresh-schedule';

const seen = () => document.visibilityState === 'visible';

/** Calls `reload` as RefreshSchedule says, from the page's visibility; `enabled` false: never. */
export const useRefreshWhileSeen = (reload: () => void, enabled: boolean): void => {
  useEffect(() => {
    if (!enabled) return undefined;
    const schedule = new RefreshSchedule(reload, seen());
    const onChange = () => schedule.visibility(seen());
    document.addEventListener('visibilitychange', onChange);
    return () => {
      document.removeEventListener('visibilitychange', onChange);
      schedule.stop();
    };
  }, [reload, enabled]);
};
