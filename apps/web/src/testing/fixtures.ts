import type { Me, MembershipSummary, PlatformRole } from '@concordia/contracts';

/** A signed-in person for unit specs; only roles and memberships vary between tests. */
export const testMe = (platformRoles: PlatformRole[] = [], memberships: MembershipSummary[] = []): Me => ({
  user: {
    id: 'cccccccccccccccccccccccc',
    email: 'someone@example.test',
    name: 'Someone',
    language: 'en',
    timeZone: 'UTC',
    platformRoles,
    disabled: false,
    createdAt: '2025-01-01T00:00:00.000Z',
  },
  memberships,
});
