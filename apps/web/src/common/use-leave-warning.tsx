import { useEffect } from 'react';

/** While `active` (typed or chosen words not yet sent), closing or reloading the tab asks first. */
export const useLeaveWarning = (active: boolean): void => {
  useEffect(() => {
    if (!active) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
};
