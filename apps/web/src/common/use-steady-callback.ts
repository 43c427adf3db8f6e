import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function that keeps one identity for the component's life and calls the latest `fn`: handed to
 * a memoised child, it does not make the child draw again each time the page's state changes.
 * For events only: while rendering it would call the previous render's `fn`.
 */
export const useSteadyCallback = <A extends unknown[], R>(fn: (...args: A) => R): ((...args: A) => R) => {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
};
