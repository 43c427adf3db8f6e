import type { Annotation, Me, MembershipSummary, PlatformRole, Round } from '@concordia/contracts';

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

let serial = 0;

/**
 * An open comment by another person on paragraph p1, each with an id of its own, for unit specs;
 * `extra` gives what a test is about (its round, paragraph, kind, time, disposition).
 */
export const testAnnotation = (extra: Partial<Annotation> = {}): Annotation => {
  serial += 1;
  return {
    id: serial.toString(16).padStart(24, '0'),
    clientId: `client-${serial}`,
    processId: 'd'.repeat(24),
    roundId: 'e'.repeat(24),
    parentId: null,
    kind: 'comment',
    visibility: 'round',
    body: 'words',
    amendment: null,
    anchor: { status: 'anchored', method: 'original', versionId: 'f'.repeat(24), paragraphKey: 'p1', selectors: null },
    authorId: 'b'.repeat(24),
    authorName: 'Another Person',
    delegationId: null,
    delegationName: null,
    mentions: [],
    sponsors: [],
    status: 'open',
    editedAt: null,
    disposition: null,
    createdAt: '2025-05-05T10:00:00.000Z',
    moderation: null,
    restored: null,
    appliedIn: [],
    ...extra,
  };
};

/** An open round, long open, on the clock of UTC: what a component spec needs of one. */
export const testRound = (extra: Partial<Round> = {}): Round => ({
  id: 'e'.repeat(24),
  processId: 'd'.repeat(24),
  name: 'First reading',
  versionId: 'f'.repeat(24),
  chairUserId: 'b'.repeat(24),
  delegationIds: [],
  opensAt: '2020-01-01T00:00:00.000Z',
  closesAt: '2999-01-01T00:00:00.000Z',
  timeZone: 'UTC',
  confidentiality: 'delegations',
  status: 'open',
  ...extra,
});
