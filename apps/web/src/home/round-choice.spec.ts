import type { MembershipSummary, Round } from '@concordia/contracts';
import { currentRound, roundsFor } from './round-choice';

const MEXICO = 'a'.repeat(24);
const PERU = 'b'.repeat(24);
const CHAIR = 'c'.repeat(24);
const OTHER_CHAIR = 'd'.repeat(24);

const round = (name: string, overrides: Partial<Round> = {}): Round => ({
  id: name.padEnd(24, '0').slice(0, 24),
  processId: 'e'.repeat(24),
  name,
  versionId: 'f'.repeat(24),
  chairUserId: CHAIR,
  delegationIds: [MEXICO, PERU],
  opensAt: '2026-11-01T09:00:00.000Z',
  closesAt: '2026-12-01T17:00:00.000Z',
  timeZone: 'Europe/Geneva',
  confidentiality: 'delegations',
  status: 'open',
  ...overrides,
});

const member = (role: MembershipSummary['role'], delegationId: string | null): MembershipSummary => ({
  processId: 'e'.repeat(24),
  processTitle: 'Watercourses',
  role,
  delegationId,
  delegationName: delegationId ? 'Mexico' : null,
});

describe('the round a home card speaks of', () => {
  it('is the open round closing first, when a process negotiates two texts at once', () => {
    const declaration = round('declaration', { closesAt: '2026-12-10T17:00:00.000Z' });
    const plan = round('plan', { opensAt: '2026-11-05T09:00:00.000Z', closesAt: '2026-12-03T17:00:00.000Z' });
    expect(currentRound([declaration, plan])?.name).toBe('plan');
  });

  it('is the next scheduled one when none is open, else the latest', () => {
    const closed = round('closed', { status: 'closed' });
    const later = round('later', { status: 'scheduled', opensAt: '2027-02-01T09:00:00.000Z' });
    const sooner = round('sooner', { status: 'scheduled', opensAt: '2027-01-10T09:00:00.000Z' });
    expect(currentRound([closed, later, sooner])?.name).toBe('sooner');
    expect(currentRound([closed])?.name).toBe('closed');
    expect(currentRound([])).toBeNull();
  });

  it('is one of its delegation’s rounds for a delegate, of their own for a chair, any for the secretariat', () => {
    const withoutMexico = round('without', { delegationIds: [PERU] });
    const withMexico = round('with', { closesAt: '2026-12-20T17:00:00.000Z', chairUserId: OTHER_CHAIR });
    const rounds = [withoutMexico, withMexico];
    expect(roundsFor(rounds, member('delegate', MEXICO), 'u'.repeat(24)).map((r) => r.name)).toEqual(['with']);
    expect(roundsFor(rounds, member('head_of_delegation', MEXICO), 'u'.repeat(24)).map((r) => r.name)).toEqual([
      'with',
    ]);
    expect(roundsFor(rounds, member('chair', null), CHAIR).map((r) => r.name)).toEqual(['without']);
    expect(roundsFor(rounds, member('chair', null), 'u'.repeat(24))).toHaveLength(2);
    expect(roundsFor(rounds, member('secretariat', null), 'u'.repeat(24))).toHaveLength(2);
    // An observer reads what each round's confidentiality allows, whatever its delegations.
    expect(roundsFor(rounds, member('observer', PERU), 'u'.repeat(24))).toHaveLength(2);
  });
});
