import type { Me, Process } from '@concordia/contracts';
import { Select } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../api/endpoints';
import { useMe } from '../auth/auth-context';
import { isAdmin } from '../auth/navigation';
import { ErrorAlert } from './error-alert';
import { useApiQuery } from './use-api-query';

/** Processes this user may administer: all for platform staff, else those they run as secretariat. */
export const manageableProcesses = (me: Me, processes: Process[]): Process[] => {
  if (isAdmin(me) || me.user.platformRoles.includes('secretariat')) return processes;
  const mine = new Set(me.memberships.filter((m) => m.role === 'secretariat').map((m) => m.processId));
  return processes.filter((process) => mine.has(process.id));
};

/**
 * The process a management page works on, kept in the URL (?process=) so the page can be
 * bookmarked and shared; the first manageable process is chosen when none is given.
 */
export const useSelectedProcess = (): {
  processes: Process[];
  processId: string | null;
  setProcessId: (id: string) => void;
  loading: boolean;
  error: unknown;
} => {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const query = useApiQuery('processes', (signal) => api.processes.list(signal));
  const processes = manageableProcesses(me, query.data?.items ?? []);
  const requested = params.get('process');
  const processId = processes.some((p) => p.id === requested) ? requested : (processes[0]?.id ?? null);

  useEffect(() => {
    if (processId && processId !== requested) {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('process', processId);
          return next;
        },
        { replace: true },
      );
    }
  }, [processId, requested, setParams]);

  const setProcessId = (id: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set('process', id);
      return next;
    });
  return { processes, processId, setProcessId, loading: query.loading, error: query.error };
};

export const ProcessPicker = ({ selection }: { selection: ReturnType<typeof useSelectedProcess> }) => {
  const { t } = useTranslation();
  if (selection.error !== undefined) return <ErrorAlert error={selection.error} />;
  return (
    <Select
      label={t('common.process')}
      data={selection.processes.map((process) => ({ value: process.id, label: process.title }))}
      value={selection.processId}
      onChange={(value) => value && selection.setProcessId(value)}
      allowDeselect={false}
      placeholder={selection.loading ? t('common.loading') : t('common.noProcess')}
      disabled={selection.processes.length === 0}
      maw={480}
      data-testid="process-picker"
    />
  );
};
