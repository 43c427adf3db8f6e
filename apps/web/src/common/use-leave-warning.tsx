import { type ReactNode, useCallback, useEffect } from 'react';
import { type BlockerFunction, useBlocker } from 'react-router';
import { useHoldLeave } from './leave-guards';
import { dropsUnsaved } from './leaving-page';
import { UnsavedChangesDialog } from './unsaved-changes-dialog';

/**
 * While `active` (changes made on the page and not yet saved), leaving asks first: closing or
 * reloading the tab through the browser's own prompt, a link or the back button in the app
 * through a dialog, signing out through the header's (leave-guards.tsx). Returns that dialog,
 * for the page to render.
 */
export const useLeaveWarning = (active: boolean): ReactNode => {
  useEffect(() => {
    if (!active) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
  useHoldLeave(active);

  const shouldBlock = useCallback<BlockerFunction>((move) => active && dropsUnsaved(move), [active]);
  const blocker = useBlocker(shouldBlock);
  return (
    <UnsavedChangesDialog
      opened={blocker.state === 'blocked'}
      onStay={() => blocker.reset?.()}
      onLeave={() => blocker.proceed?.()}
    />
  );
};
