import type { ImportJob } from '@concordia/contracts';
import { type ReactNode, useCallback, useRef, useState } from 'react';
import { api } from '../api/endpoints';
import { useLeaveWarning } from '../common/use-leave-warning';
import type { Overrides } from './key-matching';

/** Where the corrections stand against the copy kept with the import. */
export type SaveState = 'saved' | 'saving' | 'failed';

export interface SavedCorrections {
  overrides: Overrides;
  /** Sets one paragraph's key (null: a new paragraph), or drops its correction (undefined). */
  override: (index: number, key: string | null | undefined) => void;
  save: SaveState;
  saveError: unknown;
  /** Sends the corrections again after a failed save. */
  retry: () => void;
  /** The question asked before an in-app move drops corrections not yet kept: the page renders it. */
  leaveWarning: ReactNode;
}

const fromSaved = (saved: ImportJob['keyOverrides']): Overrides =>
  Object.fromEntries(Object.entries(saved).map(([index, key]) => [Number(index), key]));

/**
 * The review's hand corrections, kept with the import on the server as they are made: the
 * officer who leaves the page (or reloads it, or moves to another computer) finds them as they
 * were. They start from the copy the job carries; saves go one at a time, the newest last, so a
 * slow answer never brings back an older set.
 */
export const useSavedCorrections = (job: ImportJob | undefined): SavedCorrections => {
  const readyId = job?.status === 'ready' ? job.id : null;
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<Overrides>({});
  const [save, setSave] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<unknown>(undefined);
  const queue = useRef<{ sending: boolean; next: Overrides | null }>({ sending: false, next: null });
  if (job && readyId !== null && loadedFor !== readyId) {
    setLoadedFor(readyId);
    setOverrides(fromSaved(job.keyOverrides));
    setSave('saved');
    setSaveError(undefined);
  }

  const send = useCallback((importId: string) => {
    const q = queue.current;
    if (q.sending || q.next === null) return;
    const keyOverrides = Object.fromEntries(Object.entries(q.next));
    q.next = null;
    q.sending = true;
    setSave('saving');
    api.imports.saveCorrections(importId, { keyOverrides }).then(
      () => {
        q.sending = false;
        if (q.next === null) setSave('saved');
        else send(importId);
      },
      (caught: unknown) => {
        q.sending = false;
        setSaveError(caught);
        setSave('failed');
      },
    );
  }, []);

  const keep = useCallback(
    (next: Overrides) => {
      if (readyId === null) return;
      queue.current.next = next;
      setSaveError(undefined);
      send(readyId);
    },
    [readyId, send],
  );

  const override = (index: number, key: string | null | undefined) => {
    const next: Record<number, string | null> = { ...overrides };
    if (key === undefined) delete next[index];
    else next[index] = key;
    setOverrides(next);
    keep(next);
  };

  // Leaving (the tab, or the page through the app) before the last corrections are kept asks first.
  const leaveWarning = useLeaveWarning(save !== 'saved');
  return { overrides, override, save, saveError, retry: () => keep(overrides), leaveWarning };
};
