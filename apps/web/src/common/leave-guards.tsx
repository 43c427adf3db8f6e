import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';

/**
 * Which pages hold unsaved changes right now, for what leaves them other than a navigation the
 * page's own blocker sees: signing out from the header drops the page with the session.
 */
interface LeaveGuards {
  /** Marks one page's changes unsaved until the returned function is called. */
  hold: () => () => void;
  anyHeld: () => boolean;
}

/** Outside a provider (signed-out pages) nothing asks, and nothing is held. */
const LeaveGuardsContext = createContext<LeaveGuards>({ hold: () => () => undefined, anyHeld: () => false });

export const LeaveGuardsProvider = ({ children }: { children: ReactNode }) => {
  // A set, not state: holding or releasing re-renders nobody; the header asks when it needs to know.
  const guards = useMemo<LeaveGuards>(() => {
    const held = new Set<symbol>();
    return {
      hold: () => {
        const token = Symbol('unsaved changes');
        held.add(token);
        return () => {
          held.delete(token);
        };
      },
      anyHeld: () => held.size > 0,
    };
  }, []);
  return <LeaveGuardsContext.Provider value={guards}>{children}</LeaveGuardsContext.Provider>;
};

/** While `active`, the page counts as holding unsaved changes. */
export const useHoldLeave = (active: boolean): void => {
  const { hold } = useContext(LeaveGuardsContext);
  useEffect(() => (active ? hold() : undefined), [active, hold]);
};

/** Asks, when called, whether any page holds unsaved changes. */
export const useUnsavedChanges = (): (() => boolean) => useContext(LeaveGuardsContext).anyHeld;
