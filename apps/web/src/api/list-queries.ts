import { useApiQuery } from '../common/use-api-query';
import { api } from './endpoints';

/*
 * The list endpoints screens load, each under one query key: screens that show the same list name
 * it the same way. A null process id loads nothing (no process chosen yet); `enabled` likewise.
 */

export const useDelegationList = () => useApiQuery('delegations', (signal) => api.delegations.list(signal));

export const useProcessList = () => useApiQuery('processes', (signal) => api.processes.list(signal));

export const useUserList = (enabled = true) =>
  useApiQuery(enabled ? 'users' : null, (signal) => api.users.list(signal));

export const useMemberList = (processId: string | null) =>
  useApiQuery(processId ? `members:${processId}` : null, (signal) => api.processes.members(processId ?? '', signal));

export const useRoundList = (processId: string) =>
  useApiQuery(`rounds:${processId}`, (signal) => api.processes.rounds(processId, signal));

export const useDraftList = (processId: string) =>
  useApiQuery(`drafts:${processId}`, (signal) => api.processes.drafts(processId, signal));

export const useInvitationList = (processId: string | null) =>
  useApiQuery(processId ? `invitations:${processId}` : null, (signal) => api.invitations.list(processId ?? '', signal));

export const useDraft = (draftId: string) =>
  useApiQuery(`draft:${draftId}`, (signal) => api.drafts.get(draftId, signal));

export const useVersion = (versionId: string | null) =>
  useApiQuery(versionId ? `version:${versionId}` : null, (signal) => api.versions.get(versionId ?? '', signal));

export const useRound = (roundId: string) =>
  useApiQuery(`round:${roundId}`, (signal) => api.rounds.get(roundId, signal));

export const useParagraphStatuses = (roundId: string | null) =>
  useApiQuery(roundId ? `paragraph-statuses:${roundId}` : null, (signal) =>
    api.rounds.paragraphStatuses(roundId ?? '', signal),
  );
