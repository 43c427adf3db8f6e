import { formatDuration, noticeMs } from './durations';

describe('durations', () => {
  it('formats countdowns and elapsed times', () => {
    expect(formatDuration(9_400)).toBe('0:09');
    expect(formatDuration(247_000)).toBe('4:07');
    expect(formatDuration(3_909_000)).toBe('1:05:09');
    expect(formatDuration(-5_000)).toBe('0:00');
  });

  it('adds up a notice period', () => {
    expect(noticeMs({ minutes: 2, seconds: 30 })).toBe(150_000);
    expect(noticeMs({ days: 1 })).toBe(86_400_000);
    expect(noticeMs({})).toBeNull();
  });
});
