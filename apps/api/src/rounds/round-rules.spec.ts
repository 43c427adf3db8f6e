import { ErrorCode, type RoundStatus } from '@concordia/contracts';
import { DomainError } from '../errors/domain-errors';
import { roundAcceptsInput } from '@concordia/contracts';
import { assertClosingMovable, assertEditable, assertTransition, assertWindow, openingClosesAt } from './round-rules';

/** The status and code a rule throws, or null when it passes. */
function outcome(rule: () => void): { status: number; code: string } | null {
  try {
    rule();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { status: error.status, code: error.code };
  }
}

describe('round rules', () => {
  it('requires the window to close strictly after it opens', () => {
    const at = new Date('2025-03-01T09:00:00+01:00');
    const invalid = { status: 400, code: ErrorCode.RoundWindowInvalid };
    expect(outcome(() => assertWindow(at, new Date(at.getTime() + 1)))).toBeNull();
    expect(outcome(() => assertWindow(at, at))).toEqual(invalid);
    // Same instant written in another offset is still not after.
    expect(outcome(() => assertWindow(at, new Date('2025-03-01T08:00:00Z')))).toEqual(invalid);
    expect(outcome(() => assertWindow(at, new Date('2025-03-01T08:59:00+01:00')))).toEqual(invalid);
  });

  it('allows scheduled -> open -> closed -> (open | concluded) and nothing else', () => {
    const all: RoundStatus[] = ['scheduled', 'open', 'closed', 'concluded'];
    const allowed = new Set(['scheduled>open', 'open>closed', 'closed>open', 'closed>concluded']);
    for (const from of all) {
      for (const to of all) {
        const expected = allowed.has(`${from}>${to}`) ? null : { status: 409, code: ErrorCode.RoundTransitionInvalid };
        expect({ from, to, outcome: outcome(() => assertTransition(from, to)) }).toEqual({
          from,
          to,
          outcome: expected,
        });
      }
    }
  });

  it('lets only a scheduled round be edited', () => {
    expect(outcome(() => assertEditable('scheduled'))).toBeNull();
    for (const status of ['open', 'closed', 'concluded'] as const) {
      expect(outcome(() => assertEditable(status))).toEqual({ status: 409, code: ErrorCode.RoundNotEditable });
    }
  });

  it('opens a round with its closing time only while it is ahead, else with a new one ahead and after the opening', () => {
    const now = new Date('2026-05-06T10:00:00Z');
    const window = { opensAt: new Date('2026-05-01T09:00:00Z'), closesAt: new Date('2026-05-09T18:00:00Z') };
    expect(openingClosesAt(window, null, now)).toEqual(window.closesAt);
    const lapsed = { ...window, closesAt: new Date('2026-05-06T10:00:00Z') };
    expect(outcome(() => openingClosesAt(lapsed, null, now))).toEqual({
      status: 409,
      code: ErrorCode.RoundDeadlinePassed,
    });
    const later = new Date('2026-05-20T18:00:00Z');
    expect(openingClosesAt(lapsed, later, now)).toEqual(later);
    expect(outcome(() => openingClosesAt(window, new Date('2026-05-06T09:59:59Z'), now))).toEqual({
      status: 400,
      code: ErrorCode.RoundClosingTimePast,
    });
    const notYetOpen = { ...window, opensAt: new Date('2026-06-01T09:00:00Z') };
    expect(outcome(() => openingClosesAt(notYetOpen, later, now))).toEqual({
      status: 400,
      code: ErrorCode.RoundWindowInvalid,
    });
  });

  it('moves the closing time of any round but a concluded one', () => {
    for (const status of ['scheduled', 'open', 'closed'] as const)
      expect(outcome(() => assertClosingMovable(status))).toBeNull();
    expect(outcome(() => assertClosingMovable('concluded'))).toEqual({ status: 409, code: ErrorCode.RoundNotEditable });
  });

  it('takes contributions only in an open round before its closing time', () => {
    const now = new Date('2026-05-06T10:00:00Z');
    const closesAt = '2026-05-06T10:00:01Z';
    expect(roundAcceptsInput({ status: 'open', closesAt }, now)).toBe(true);
    expect(roundAcceptsInput({ status: 'open', closesAt: now }, now)).toBe(false);
    expect(roundAcceptsInput({ status: 'closed', closesAt }, now)).toBe(false);
    expect(roundAcceptsInput({ status: 'scheduled', closesAt }, now)).toBe(false);
  });
});
