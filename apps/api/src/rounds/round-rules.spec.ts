import { ErrorCode, type RoundStatus } from '@concordia/contracts';
import { DomainError } from '../errors/domain-errors';
import { assertEditable, assertTransition, assertWindow } from './round-rules';

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
});
