import { useEffect, useRef, type RefObject } from 'react';
import { TouchSelectionHub } from './touch-selection-hub';

/** The page's one hub: its listeners are on the document while any paragraph is shown. */
const hub = new TouchSelectionHub<Node>({
  selection: () => window.getSelection(),
  listen: (h) => {
    const onTouch = (event: TouchEvent) => {
      if (event.target instanceof Node) h.touch(event.target);
    };
    const onSelectionChange = () => h.selectionChanged();
    document.addEventListener('touchstart', onTouch, { passive: true, capture: true });
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      document.removeEventListener('touchstart', onTouch, { capture: true });
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  },
});

/**
 * Calls `read` when words of the container were selected by touch (a long press and the
 * selection's handles send no mouseup or keyup), once the selection settles.
 */
export const useTouchSelection = (container: RefObject<HTMLElement | null>, read: () => void): void => {
  const readRef = useRef(read);
  readRef.current = read;
  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    return hub.add(element, () => readRef.current());
  }, [container]);
};
