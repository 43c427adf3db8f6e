import type { ImportJob, ImportStatus } from '@concordia/contracts';
import { useEffect, useState } from 'react';
import { isApiError } from '../api/api-error';
import { api } from '../api/endpoints';

/** Statuses in which the worker is still at it, so the job is polled again. */
export const isRunning = (status: ImportStatus): boolean =>
  status === 'queued' || status === 'parsing' || status === 'matching';

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 3000;

export interface ImportJobState {
  job: ImportJob | undefined;
  /** The last failed poll; after an outage polling goes on, slower, so a blip heals by itself. */
  error: unknown;
  /** Replaces the job after an action on it (upload, accept, discard) answered with a new state. */
  setJob: (job: ImportJob) => void;
}

/**
 * Follows an import job until it settles (ready, failed, accepted, discarded): polled quickly at
 * first, then less often, so a long parse of a 200-page document does not hammer the API.
 */
export const useImportJob = (jobId: string | null): ImportJobState => {
  const [job, setJob] = useState<ImportJob | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [polled, setPolled] = useState(jobId);
  if (polled !== jobId) {
    setPolled(jobId);
    setJob(undefined);
    setError(undefined);
  }

  const settled = job !== undefined && job.id === jobId && !isRunning(job.status);
  useEffect(() => {
    if (jobId === null || settled) return undefined;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = FIRST_DELAY_MS;
    const poll = () => {
      api.imports.get(jobId, controller.signal).then(
        (next) => {
          if (controller.signal.aborted) return;
          setJob(next);
          setError(undefined);
          if (isRunning(next.status)) schedule();
        },
        (caught: unknown) => {
          if (controller.signal.aborted) return;
          setError(caught);
          // A refusal (gone, forbidden) will not change by asking again; an outage may.
          if (!(isApiError(caught) && caught.status >= 400 && caught.status < 500)) schedule();
        },
      );
    };
    const schedule = () => {
      timer = setTimeout(poll, delay);
      delay = Math.min(MAX_DELAY_MS, Math.round(delay * 1.5));
    };
    poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [jobId, settled]);

  return { job: job?.id === jobId ? job : undefined, error, setJob };
};
