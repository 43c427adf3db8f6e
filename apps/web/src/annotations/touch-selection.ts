import { useEffect, useRef, type RefObject } from 'react';

/** How long the selection must rest before it is read: the reader may still drag its handles. */
const SETTLE_MS = 600;

/**
 * On a touch screen words are selected by a long press and the selection's handles, which send
 * no mouseup or keyup: after a touch in the container, the selection is read once it settles.
 */
export const useTouchSelection = (container: RefObject<HTMLElement | null>, read: () => void): void => {
  const readRef = useRef(read);
  readRef.current = read;
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let touched = false;
    let timer: number | undefined;
    const onTouch = () => {
      touched = true;
    };
    const onSelectionChange = () => {
      if (!touched) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const selection = window.getSelection();
        // Only a selection in this paragraph is its; one elsewhere belongs to the next touch.
        if (!selection || selection.isCollapsed || !selection.anchorNode || !element.contains(selection.anchorNode)) {
          return;
        }
        touched = false;
        readRef.current();
      }, SETTLE_MS);
    };
    element.addEventListener('touchstart', onTouch, { passive: true });
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      window.clearTimeout(timer);
      element.removeEventListener('touchstart', onTouch);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [container]);
};
