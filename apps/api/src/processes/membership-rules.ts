import {
  ErrorCode,
  isObserverKind,
  roleNeedsDelegation,
  type DelegationKind,
  type ProcessRole,
} from '@concordia/contracts';

export interface MembershipRuleViolation {
  code: typeof ErrorCode.DelegationRequired | typeof ErrorCode.DelegationNotAllowed;
  message: string;
}

/**
 * Which delegation a role may hold:
 * - secretariat and chair serve the process, not a delegation: none allowed;
 * - head of delegation and delegate speak for a State: a member-state delegation is required;
 * - observer: a delegation that is not a State (organisation, NGO, expert) is required.
 */
export function checkMembershipRule(
  role: ProcessRole,
  delegation: { kind: DelegationKind } | null,
): MembershipRuleViolation | null {
  if (!roleNeedsDelegation(role)) {
    return delegation === null
      ? null
      : { code: ErrorCode.DelegationNotAllowed, message: `The ${role} role does not belong to a delegation` };
  }
  if (delegation === null) {
    return { code: ErrorCode.DelegationRequired, message: `The ${role} role needs a delegation` };
  }
  const observerDelegation = isObserverKind(delegation.kind);
  if (role === 'observer' && !observerDelegation) {
    return {
      code: ErrorCode.DelegationNotAllowed,
      message: 'Observers belong to a delegation that is not a member State',
    };
  }
  if (role !== 'observer' && observerDelegation) {
    return {
      code: ErrorCode.DelegationNotAllowed,
      message: 'Members of a non-State delegation take part as observers',
    };
  }
  return null;
}
