import { z } from 'zod';

/** Platform-wide roles, held by a user independently of any process. */
export const platformRoleSchema = z.enum(['admin', 'secretariat']);
export type PlatformRole = z.infer<typeof platformRoleSchema>;

/** Roles a user holds inside one consultative process. */
export const processRoleSchema = z.enum(['secretariat', 'chair', 'head_of_delegation', 'delegate', 'observer']);
export type ProcessRole = z.infer<typeof processRoleSchema>;

/** Roles that act on behalf of a delegation and so must name one. */
export const DELEGATION_ROLES: readonly ProcessRole[] = ['head_of_delegation', 'delegate', 'observer'];

export const roleNeedsDelegation = (role: ProcessRole): boolean => DELEGATION_ROLES.includes(role);

export const delegationKindSchema = z.enum([
  'member_state',
  'intergovernmental_organisation',
  'regional_organisation',
  'ngo',
  'expert',
]);
export type DelegationKind = z.infer<typeof delegationKindSchema>;

/** Observers are every kind of delegation that is not a State. */
export const isObserverKind = (kind: DelegationKind): boolean => kind !== 'member_state';
