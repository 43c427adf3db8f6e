import { untilInputStops, watchInputWindow } from './input-window';

const START = Date.parse('2026-03-10T08:59:50.000Z');
const DAY = 24 * 60 * 60 * 1000;

describe('the moment a round stops taking comments', () => {
  beforeEach(() => jest.useFakeTimers({ now: START }));
  afterEach(() => jest.useRealTimers());

  it('comes at the closing time itself, not a moment before', () => {
    const stopped = jest.fn();
    watchInputWindow({ status: 'open', closesAt: '2026-03-10T09:00:00.000Z' }, stopped);
    jest.advanceTimersByTime(9_999);
    expect(stopped).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(stopped).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(DAY);
    expect(stopped).toHaveBeenCalledTimes(1);
  });

  it('waits for a closing time weeks away instead of firing at once', () => {
    const stopped = jest.fn();
    const closesAt = new Date(START + 40 * DAY).toISOString();
    watchInputWindow({ status: 'open', closesAt }, stopped);
    jest.advanceTimersByTime(40 * DAY - 1);
    expect(stopped).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(stopped).toHaveBeenCalledTimes(1);
  });

  it('never comes for a round that is not open, or already past its closing time', () => {
    const stopped = jest.fn();
    watchInputWindow({ status: 'closed', closesAt: '2026-03-10T09:00:00.000Z' }, stopped);
    watchInputWindow({ status: 'scheduled', closesAt: '2026-03-10T09:00:00.000Z' }, stopped);
    watchInputWindow({ status: 'open', closesAt: '2026-03-10T08:00:00.000Z' }, stopped);
    jest.advanceTimersByTime(DAY);
    expect(stopped).not.toHaveBeenCalled();
  });

  it('is called off when the closing time moves (the page watches the new one)', () => {
    const stopped = jest.fn();
    const cancel = watchInputWindow({ status: 'open', closesAt: '2026-03-10T09:00:00.000Z' }, stopped);
    cancel();
    jest.advanceTimersByTime(DAY);
    expect(stopped).not.toHaveBeenCalled();
  });

  it('tells how long until then, as the API decides: open, and before the closing time', () => {
    expect(untilInputStops({ status: 'open', closesAt: '2026-03-10T09:00:00.000Z' }, START)).toBe(10_000);
    expect(untilInputStops({ status: 'open', closesAt: '2026-03-10T09:00:00.000Z' }, START + 10_000)).toBeNull();
    expect(untilInputStops({ status: 'closed', closesAt: '2026-03-10T09:00:00.000Z' }, START)).toBeNull();
  });
});
