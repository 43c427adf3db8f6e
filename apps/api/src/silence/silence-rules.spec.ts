import { ErrorCode, SILENCE_MAX_NOTICE_MS, SILENCE_MIN_NOTICE_MS } from '@concordia/contracts';
import { assertDeadline, assertStillRunning, silenceJobId } from './silence-rules';

const now = new Date('2025-05-06T10:00:00Z');
const after = (ms: number) => new Date(now.getTime() + ms);
const codeOf = (fn: () => void): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('silence rules', () => {
  it('accepts a deadline within the notice bounds only', () => {
    expect(codeOf(() => assertDeadline(after(SILENCE_MIN_NOTICE_MS), now))).toBeUndefined();
    expect(codeOf(() => assertDeadline(after(SILENCE_MAX_NOTICE_MS), now))).toBeUndefined();
    expect(codeOf(() => assertDeadline(after(SILENCE_MIN_NOTICE_MS - 1), now))).toBe(ErrorCode.SilenceDeadlineInvalid);
    expect(codeOf(() => assertDeadline(after(-60_000), now))).toBe(ErrorCode.SilenceDeadlineInvalid);
    expect(codeOf(() => assertDeadline(after(SILENCE_MAX_NOTICE_MS + 1), now))).toBe(ErrorCode.SilenceDeadlineInvalid);
  });

  it('lets a running procedure be broken until, not at, its deadline', () => {
    const running = { status: 'running' as const, deadline: after(1000) };
    expect(codeOf(() => assertStillRunning(running, now))).toBeUndefined();
    expect(codeOf(() => assertStillRunning(running, after(1000)))).toBe(ErrorCode.SilenceDeadlinePassed);
    for (const status of ['broken', 'concluded', 'cancelled'] as const) {
      expect(codeOf(() => assertStillRunning({ status, deadline: after(1000) }, now))).toBe(
        ErrorCode.SilenceNotRunning,
      );
    }
  });

  it('names one job per deadline revision', () => {
    expect(silenceJobId('abc', 0)).not.toBe(silenceJobId('abc', 1));
  });
});
