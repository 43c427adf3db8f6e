import type { MembershipSummary, ProcessRole, Round } from '@concordia/contracts';
import { testMe } from '../testing/fixtures';
import {
  canChangeRoundStatus,
  canSetParagraphStatus,
  exportsPositions,
  managesProcess,
  seesWorkingVersions,
  takesDelegationReport,
} from './permissions';

const PROCESS = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const OTHER = 'dddddddddddddddddddddddd';
const ME = 'cccccccccccccccccccccccc'; // testMe's user id

const membership = (role: ProcessRole, processId = PROCESS): MembershipSummary => ({
  processId,
  processTitle: 'Regional consultation',
  role,
  delegationId: null,
  delegationName: null,
});

const round = (chairUserId: string): Round => ({
  id: 'eeeeeeeeeeeeeeeeeeeeeeee',
  processId: PROCESS,
  name: 'First round',
  versionId: 'ffffffffffffffffffffffff',
  chairUserId,
  delegationIds: [],
  opensAt: '2025-01-01T09:00:00.000Z',
  closesAt: '2025-01-02T17:00:00.000Z',
  timeZone: 'UTC',
  confidentiality: 'delegations',
  status: 'scheduled',
});

describe('process permissions', () => {
  it('lets the secretariat of this process manage it, not of another one', () => {
    expect(managesProcess(testMe([], [membership('secretariat')]), PROCESS)).toBe(true);
    expect(managesProcess(testMe([], [membership('secretariat', OTHER)]), PROCESS)).toBe(false);
    expect(managesProcess(testMe(['admin'], []), PROCESS)).toBe(true);
  });

  it('offers the exports to the secretariat of this process only, not to an admin', () => {
    expect(exportsPositions(testMe([], [membership('secretariat')]), PROCESS)).toBe(true);
    expect(exportsPositions(testMe(['admin'], []), PROCESS)).toBe(false);
    expect(exportsPositions(testMe(['admin'], [membership('delegate')]), PROCESS)).toBe(false);
  });

  it('shows working versions to chairs and secretariat only', () => {
    expect(seesWorkingVersions(testMe([], [membership('chair')]), PROCESS)).toBe(true);
    expect(seesWorkingVersions(testMe([], [membership('delegate')]), PROCESS)).toBe(false);
    expect(seesWorkingVersions(testMe([], [membership('observer')]), PROCESS)).toBe(false);
  });

  it('lets the round chair or the secretariat change the status, but only the chair set paragraph statuses', () => {
    const chair = testMe([], [membership('chair')]);
    const secretariat = testMe([], [membership('secretariat')]);
    expect(canChangeRoundStatus(chair, round(ME))).toBe(true);
    expect(canChangeRoundStatus(chair, round(OTHER))).toBe(false);
    expect(canChangeRoundStatus(secretariat, round(OTHER))).toBe(true);
    expect(canSetParagraphStatus(chair, round(ME))).toBe(true);
    expect(canSetParagraphStatus(secretariat, round(OTHER))).toBe(false);
  });

  it("offers a delegation's report to its heads and delegates when it takes part in the round", () => {
    const A = '111111111111111111111111';
    const of = (role: ProcessRole, delegationId: string | null): MembershipSummary => ({
      ...membership(role),
      delegationId,
      delegationName: delegationId ? 'Andorra' : null,
    });
    const inRound = { ...round(OTHER), delegationIds: [A] };
    expect(takesDelegationReport(testMe([], [of('delegate', A)]), inRound)).toBe(true);
    expect(takesDelegationReport(testMe([], [of('head_of_delegation', A)]), inRound)).toBe(true);
    expect(takesDelegationReport(testMe([], [of('delegate', A)]), round(OTHER))).toBe(false);
    expect(takesDelegationReport(testMe(['admin'], [of('secretariat', null)]), inRound)).toBe(false);
  });

  it("offers an observer delegation's members its report where the round admits observers", () => {
    const O = '222222222222222222222222';
    const observer = testMe([], [{ ...membership('observer'), delegationId: O, delegationName: 'Mobility Forum' }]);
    expect(takesDelegationReport(observer, { ...round(OTHER), confidentiality: 'observers' })).toBe(true);
    expect(takesDelegationReport(observer, { ...round(OTHER), confidentiality: 'public' })).toBe(true);
    expect(takesDelegationReport(observer, { ...round(OTHER), confidentiality: 'delegations' })).toBe(false);
  });
});
