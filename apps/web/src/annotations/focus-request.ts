import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves the keyboard focus to an element once it is on the page: a thread opened from the Find
 * tab is rendered by another tab first. Asking again replaces the previous request. The caller
 * changes what is shown when it asks, so a render follows.
 */
export const useFocusRequest = (): ((elementId: string) => void) => {
  const wanted = useRef<string | null>(null);
  // No dependency list: the element may appear after any render (a tab switch, a list loaded).
  useEffect(() => {
    if (wanted.current === null) return;
    const element = document.getElementById(wanted.current);
    if (!element) return;
    element.focus();
    wanted.current = null;
  });
  return useCallback((elementId: string) => {
    wanted.current = elementId;
  }, []);
};
