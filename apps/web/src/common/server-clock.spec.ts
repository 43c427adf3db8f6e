import { SERVER_TIME_HEADER } from '@concordia/contracts';
import { estimateOffset, sampleOf, ServerClock, type ClockSample } from './server-clock';

/** An exchange leaving at `sentAt` on the browser's clock, answered after `rtt` ms, the server `ahead` of the browser. */
const exchange = (sentAt: number, rtt: number, ahead: number, serverSpent = rtt / 2): ClockSample => ({
  sentAt,
  receivedAt: sentAt + rtt,
  serverTime: sentAt + serverSpent + ahead,
});

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("the server clock's offset", () => {
  it('is the server time at the middle of the round trip', () => {
    expect(estimateOffset([exchange(1_000, 80, 180_000)])).toBe(180_000);
    expect(estimateOffset([exchange(1_000, 80, -180_000)])).toBe(-180_000);
    expect(estimateOffset([])).toBeNull();
  });

  it('comes from the fastest exchange: a slow one, whenever the server read its clock in it, does not pull it away', () => {
    const fast = exchange(1_000, 40, 180_000);
    // 4 s on the way, the server answering at once: taken alone, 2 s off.
    const slow = exchange(2_000, 4_000, 180_000, 0);
    expect(estimateOffset([slow])).toBe(178_000);
    expect(estimateOffset([fast, slow])).toBe(180_000);
    expect(estimateOffset([slow, fast])).toBe(180_000);
  });

  it('is wrong by at most half the round trip of the exchange it comes from', () => {
    for (const serverSpent of [0, 30, 60]) {
      const offset = estimateOffset([exchange(1_000, 60, 5_000, serverSpent)]) ?? Number.NaN;
      expect(Math.abs(offset - 5_000)).toBeLessThanOrEqual(30);
    }
  });
});

describe('a sample from an API answer', () => {
  it('reads the header the API sets', () => {
    expect(sampleOf(headers({ [SERVER_TIME_HEADER]: '181040' }), 1_000, 1_080)).toEqual({
      sentAt: 1_000,
      receivedAt: 1_080,
      serverTime: 181_040,
    });
  });

  it('is none without the header, with a garbled one, or when the browser clock went back meanwhile', () => {
    expect(sampleOf(headers({}), 1_000, 1_080)).toBeNull();
    expect(sampleOf(headers({ [SERVER_TIME_HEADER]: 'soon' }), 1_000, 1_080)).toBeNull();
    expect(sampleOf(headers({ [SERVER_TIME_HEADER]: '181040' }), 1_000, 900)).toBeNull();
  });

  it('is none from an answer the browser may have kept in its cache: its time is when it was fetched', () => {
    const stated = { [SERVER_TIME_HEADER]: '181040' };
    expect(sampleOf(headers({ ...stated, 'Cache-Control': 'public, max-age=15' }), 1_000, 1_002)).toBeNull();
    expect(sampleOf(headers({ ...stated, 'Cache-Control': 'max-age=31536000, immutable' }), 1_000, 1_002)).toBeNull();
    expect(sampleOf(headers({ ...stated, 'Cache-Control': 'no-cache, max-age=0' }), 1_000, 1_080)).not.toBeNull();
    expect(sampleOf(headers({ ...stated, 'Cache-Control': 'no-store' }), 1_000, 1_080)).not.toBeNull();
  });
});

describe('the server clock', () => {
  it("tells the server's time on the browser's clock, once the API has answered", () => {
    let local = 10_000;
    const clock = new ServerClock(() => local);
    expect(clock.now()).toBe(10_000);
    clock.record(exchange(10_000, 50, -180_000));
    local = 20_000;
    expect(clock.now()).toBe(20_000 - 180_000);
  });

  it('follows a browser clock set right again, once the exchanges before it are old', () => {
    const clock = new ServerClock(() => 0);
    clock.record(exchange(1_000, 20, 180_000));
    for (let i = 0; i < 7; i += 1) clock.record(exchange(2_000 + i * 1_000, 60, 0));
    expect(clock.offsetMs()).toBe(180_000);
    clock.record(exchange(9_000, 60, 0));
    expect(clock.offsetMs()).toBe(0);
  });

  it('tells its listeners when the offset moves, not for a few milliseconds', () => {
    const clock = new ServerClock(() => 0);
    const moved = jest.fn();
    const stop = clock.subscribe(moved);
    clock.record(exchange(1_000, 100, 40));
    expect(moved).not.toHaveBeenCalled();
    clock.record(exchange(2_000, 50, 3_000));
    expect(moved).toHaveBeenCalledTimes(1);
    expect(clock.offsetMs()).toBe(3_000);
    stop();
    clock.record(exchange(3_000, 10, -3_000));
    expect(moved).toHaveBeenCalledTimes(1);
    expect(clock.offsetMs()).toBe(-3_000);
    clock.record(null);
    expect(clock.offsetMs()).toBe(-3_000);
  });
});
