import type { Me } from '@concordia/contracts';
import type { HeadOf } from './record-position-form';

/** The delegation this user heads in the process, if any: only heads record positions. */
export const headOfDelegation = (me: Me, processId: string): HeadOf | null => {
  const membership = me.memberships.find(
    (m) => m.processId === processId && m.role === 'head_of_delegation' && m.delegationId !== null,
  );
  return membership?.delegationId
    ? { delegationId: membership.delegationId, delegationName: membership.delegationName ?? '' }
    : null;
};

/** The delegation this user belongs to in the process (head or delegate), if any. */
export const ownDelegationId = (me: Me, processId: string): string | null =>
  me.memberships.find((m) => m.processId === processId && m.delegationId !== null)?.delegationId ?? null;
