import { ErrorCode } from '@concordia/contracts';
import { checkMembershipRule } from './membership-rules';

const state = { kind: 'member_state' as const };
const regionalOrg = { kind: 'regional_organisation' as const };
const ngo = { kind: 'ngo' as const };

describe('checkMembershipRule', () => {
  it('requires a delegation for heads of delegation, delegates and observers', () => {
    for (const role of ['head_of_delegation', 'delegate', 'observer'] as const) {
      expect(checkMembershipRule(role, null)?.code).toBe(ErrorCode.DelegationRequired);
    }
  });

  it('refuses a delegation for secretariat and chair', () => {
    expect(checkMembershipRule('secretariat', state)?.code).toBe(ErrorCode.DelegationNotAllowed);
    expect(checkMembershipRule('chair', regionalOrg)?.code).toBe(ErrorCode.DelegationNotAllowed);
    expect(checkMembershipRule('secretariat', null)).toBeNull();
    expect(checkMembershipRule('chair', null)).toBeNull();
  });

  it('accepts observers only from non-State delegations', () => {
    expect(checkMembershipRule('observer', regionalOrg)).toBeNull();
    expect(checkMembershipRule('observer', ngo)).toBeNull();
    expect(checkMembershipRule('observer', state)?.code).toBe(ErrorCode.DelegationNotAllowed);
  });

  it('accepts heads of delegation and delegates only from member States', () => {
    expect(checkMembershipRule('head_of_delegation', state)).toBeNull();
    expect(checkMembershipRule('delegate', state)).toBeNull();
    expect(checkMembershipRule('delegate', ngo)?.code).toBe(ErrorCode.DelegationNotAllowed);
    expect(checkMembershipRule('head_of_delegation', regionalOrg)?.code).toBe(ErrorCode.DelegationNotAllowed);
  });
});
