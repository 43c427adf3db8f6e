import { ErrorCode, type DraftVersion, type VersionOperation } from '@concordia/contracts';
import { useState } from 'react';
import { hasCode } from '../../api/api-error';
import { api } from '../../api/endpoints';
import { staleCurrentVersion } from '../../api/stale-version';
import { replacesOnScreen } from './version-on-screen';

/** An operation the server refused because someone else changed the version first. */
export interface Conflict {
  /** What was refused; null for a publication. */
  operation: VersionOperation | null;
  /** The version this user was looking at when they acted. */
  seen: DraftVersion;
  /** The version as it now is, already on screen. */
  current: DraftVersion;
}

export interface VersionEditor {
  version: DraftVersion;
  pending: boolean;
  conflict: Conflict | null;
  /** The last failure other than a conflict. */
  error: unknown;
  /** Sends one operation on the revision on screen; resolves true when it was applied. */
  apply: (operation: VersionOperation) => Promise<boolean>;
  /** Puts a version on screen that arrived another way (publish, a stale publish). */
  adopt: (version: DraftVersion) => void;
  /** Records a conflict met outside `apply`: publishing a stale revision. */
  publishConflict: (current: DraftVersion) => void;
  dismiss: () => void;
}

/**
 * Optimistic concurrency for one working version: every edit names the revision it was made on.
 * When another officer got there first the server answers 409 VERSION_STALE with the current
 * version; it goes on screen at once and the conflict is kept for the notice. Typed text lives
 * outside this hook (the editor's unsaved texts), so nothing the user wrote is lost.
 */
export const useVersionEditor = (initial: DraftVersion): VersionEditor => {
  const [version, setVersion] = useState(initial);
  const [pending, setPending] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [lastInitial, setLastInitial] = useState(initial);

  // A newer copy loaded by the page (another version chosen, or a reload) replaces ours.
  if (replacesOnScreen(initial, lastInitial, version)) {
    setVersion(initial);
    if (initial.id !== version.id) setConflict(null);
  }
  if (initial !== lastInitial) setLastInitial(initial);

  const apply = async (operation: VersionOperation): Promise<boolean> => {
    setPending(true);
    setError(undefined);
    const seen = version;
    try {
      const next = await api.versions.apply(seen.id, { revision: seen.revision, operation });
      setVersion(next);
      setConflict(null);
      return true;
    } catch (caught) {
      const current = staleCurrentVersion(caught) ?? (await refetchIfStale(caught, seen.id));
      if (current) {
        setVersion(current);
        setConflict({ operation, seen, current });
      } else {
        setError(caught);
      }
      return false;
    } finally {
      setPending(false);
    }
  };

  return {
    version,
    pending,
    conflict,
    error,
    apply,
    adopt: (next) => {
      setVersion(next);
      setError(undefined);
    },
    publishConflict: (current) => {
      setConflict({ operation: null, seen: version, current });
      setVersion(current);
    },
    dismiss: () => {
      setConflict(null);
      setError(undefined);
    },
  };
};

/** A stale answer without the current version in it: load it, so the user still sees what changed. */
const refetchIfStale = async (caught: unknown, id: string): Promise<DraftVersion | null> => {
  if (!hasCode(caught, ErrorCode.VersionStale)) return null;
  return api.versions.get(id).catch(() => null);
};
