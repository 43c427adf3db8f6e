import type { Me, Process } from '@concordia/contracts';
import { EmptyState, Select, Stack } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useProcessList } from '../api/list-queries';
import { useMe } from '../auth/auth-context';
import { isAdmin } from '../auth/navigation';
import { ErrorAlert } from './error-alert';

/** Processes this user may administer: all for platform staff, else those they run as secretariat. */
export const manageableProcesses = (me: Me, processes: Process[]): Process[] => {
  if (isAdmin(me) || me.user.platformRoles.includes('secretariat')) return processes;
  const mine = new Set(me.memberships.filter((m) => m.role === 'secretariat').map((m) => m.processId));
  return processes.filter((process) => mine.has(process.id));
};

/** The page's search parameters with ?process= set; the others are kept. */
const withProcess =
  (processId: string) =>
  (current: URLSearchParams): URLSearchParams => {
    const next = new URLSearchParams(current);
    next.set('process', processId);
    return next;
  };

export interface ProcessSelection {
  processes: Process[];
  processId: string | null;
  setProcessId: (id: string) => void;
  loading: boolean;
  error: unknown;
}

/**
 * The process a management page works on, kept in the URL (?process=) so the page can be
 * bookmarked and shared; the first manageable process is chosen when none is given.
 */
export const useSelectedProcess = (): ProcessSelection => {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const query = useProcessList();
  const processes = manageableProcesses(me, query.data?.items ?? []);
  const requested = params.get('process');
  const processId = processes.some((p) => p.id === requested) ? requested : (processes[0]?.id ?? null);

  useEffect(() => {
    if (processId && processId !== requested) {
      setParams(withProcess(processId), { replace: true });
    }
  }, [processId, requested, setParams]);

  const setProcessId = (id: string) => setParams(withProcess(id));
  return { processes, processId, setProcessId, loading: query.loading, error: query.error };
};

export const ProcessPicker = ({ selection }: { selection: ProcessSelection }) => {
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

interface ProcessScopedProps {
  selection: ProcessSelection;
  /** The page's content for the chosen process. */
  children: (processId: string) => ReactNode;
}

/** The picker above a management page's content, or a note when this user manages no process. */
export const ProcessScoped = ({ selection, children }: ProcessScopedProps) => {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <ProcessPicker selection={selection} />
      {!selection.loading && !selection.processId && <EmptyState title={t('common.noProcess')} align="left" />}
      {selection.processId && children(selection.processId)}
    </Stack>
  );
};
