import { FRESH_ENOUGH_MS, REFRESH_EVERY_MS, RefreshSchedule } from './refresh-schedule';

describe("a visitor's page reloading without a live link", () => {
  beforeEach(() => jest.useFakeTimers({ now: Date.parse('2026-03-10T09:00:00.000Z') }));
  afterEach(() => jest.useRealTimers());

  it('reloads every minute while it is seen', () => {
    const reload = jest.fn();
    new RefreshSchedule(reload, true);
    jest.advanceTimersByTime(REFRESH_EVERY_MS - 1);
    expect(reload).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(reload).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(REFRESH_EVERY_MS * 2);
    expect(reload).toHaveBeenCalledTimes(3);
  });

  it('asks nothing while hidden, and reloads at once on coming back', () => {
    const reload = jest.fn();
    const schedule = new RefreshSchedule(reload, true);
    jest.advanceTimersByTime(10_000);
    schedule.visibility(false);
    jest.advanceTimersByTime(REFRESH_EVERY_MS * 30);
    expect(reload).not.toHaveBeenCalled();
    schedule.visibility(true);
    expect(reload).toHaveBeenCalledTimes(1);
    // The minute counts from that reload.
    jest.advanceTimersByTime(REFRESH_EVERY_MS - 1);
    expect(reload).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(1);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('does not reload on every switch of tabs: a fresh page waits out its minute', () => {
    const reload = jest.fn();
    const schedule = new RefreshSchedule(reload, true);
    for (let i = 0; i < 20; i += 1) {
      jest.advanceTimersByTime(500);
      schedule.visibility(false);
      schedule.visibility(true);
    }
    expect(reload).not.toHaveBeenCalled();
    jest.advanceTimersByTime(FRESH_ENOUGH_MS);
    schedule.visibility(false);
    schedule.visibility(true);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('starts waiting only once shown, when opened in a background tab', () => {
    const reload = jest.fn();
    const schedule = new RefreshSchedule(reload, false);
    jest.advanceTimersByTime(REFRESH_EVERY_MS * 5);
    expect(reload).not.toHaveBeenCalled();
    schedule.visibility(true);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('stops with the page', () => {
    const reload = jest.fn();
    const schedule = new RefreshSchedule(reload, true);
    schedule.stop();
    jest.advanceTimersByTime(REFRESH_EVERY_MS * 5);
    expect(reload).not.toHaveBeenCalled();
  });
});
