import { formatSpeakingClock, speakingAlert, speakingClock } from './speaking-time';

const givenAt = '2026-11-27T10:00:00.000Z';
const at = (seconds: number) => Date.parse(givenAt) + seconds * 1000;

describe('the speaking-time countdown', () => {
  it('counts down from the limit, rounding up to the second', () => {
    expect(formatSpeakingClock(speakingClock(givenAt, 3, at(0)))).toBe('3:00');
    const left = speakingClock(givenAt, 3, at(134.2));
    expect(left).toEqual({ state: 'left', ms: 45_800 });
    expect(formatSpeakingClock(left)).toBe('0:46');
    expect(formatSpeakingClock(speakingClock(givenAt, 1, at(60)))).toBe('0:00');
  });

  it('never shows more than the limit, even on a clock estimate still behind the server', () => {
    expect(formatSpeakingClock(speakingClock(givenAt, 1, at(-9)))).toBe('1:00');
  });

  it('turns to over time once the limit has passed, counting the seconds beyond it', () => {
    const over = speakingClock(givenAt, 1, at(85.5));
    expect(over).toEqual({ state: 'over', ms: 25_500 });
    expect(formatSpeakingClock(over)).toBe('0:25');
    expect(speakingClock(givenAt, 30, at(31 * 60)).state).toBe('over');
  });

  it('has no countdown without a speaking time', () => {
    expect(speakingClock(givenAt, null, at(5000))).toEqual({ state: 'unlimited' });
  });

  it('tells screen readers at one minute left and at time up, not in between', () => {
    const alert = (limit: number, seconds: number) => speakingAlert(speakingClock(givenAt, limit, at(seconds)), limit);
    expect(alert(3, 30)).toBeNull();
    expect(alert(3, 119)).toBeNull();
    expect(alert(3, 120)).toBe('oneMinute');
    expect(alert(3, 150)).toBe('oneMinute');
    expect(alert(3, 180)).toBe('timeUp');
    expect(alert(3, 200)).toBe('timeUp');
    // A one-minute turn starts with a minute left: no announcement until time is up.
    expect(alert(1, 0)).toBeNull();
    expect(alert(1, 60)).toBe('timeUp');
    expect(speakingAlert({ state: 'unlimited' }, null)).toBeNull();
  });
});
