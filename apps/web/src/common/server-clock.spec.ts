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
  it("is what the exchange proves at least: the server time minus the answer's arrival", () => {
    expect(estimateOffset([exchange(1_000, 80, 180_000)])).toBe(179_960);
    expect(estimateOffset([exchange(1_000, 80, -180_000, 80)])).toBe(-180_000);
    expect(estimateOffset([])).toBeNull();
  });

  it('is never ahead of the server, and behind it by at most the round trip of the exchange it comes from', () => {
    for (const serverSpent of [0, 30, 60]) {
      const offset = estimateOffset([exchange(1_000, 60, 5_000, serverSpent)]) ?? Number.NaN;
      expect(offset).toBeLessThanOrEqual(5_000);
      expect(offset).toBeGreaterThanOrEqual(5_000 - 60);
    }
  });

  it('comes from the tightest exchange: a slow one, whenever the server read its clock in it, does not pull it away', () => {
    const fast = exchange(1_000, 40, 180_000);
    // 4 s on the way, the server answering at once: taken alone, 4 s behind.
    const slow = exchange(2_000, 4_000, 180_000, 0);
    expect(estimateOffset([slow])).toBe(176_000);
    expect(estimateOffset([fast, slow])).toBe(179_980);
    expect(estimateOffset([slow, fast])).toBe(179_980);
  });

  it('is not put ahead by a request kept waiting in the browser before it left', () => {
    // Stamped at 1 000, it left at 1 300 (behind six others to the same host); the server read
    // its clock at once and the answer was back at 1 330. The middle of that round trip (1 165)
    // would put the server 145 ms ahead of where it is.
    const queued = exchange(1_000, 330, 0, 310);
    // Sent at once, but the answer took 450 ms to come back.
    const slowAnswer = exchange(2_000, 450, 0, 5);
    for (const samples of [[queued], [slowAnswer], [queued, slowAnswer], [slowAnswer, queued]]) {
      expect(estimateOffset(samples)).toBeLessThanOrEqual(0);
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
    clock.record(exchange(10_000, 50, -180_000, 50));
    local = 20_000;
    expect(clock.now()).toBe(20_000 - 180_000);
  });

  it('follows a browser clock set right again at the first exchange after it', () => {
    const clock = new ServerClock(() => 0);
    clock.record(exchange(1_000, 20, 180_000, 20));
    clock.record(exchange(1_500, 60, 180_000, 60));
    expect(clock.offsetMs()).toBe(180_000);
    // Three minutes later on the browser's clock, and not on the server's: no offset fits both.
    clock.record(exchange(182_000, 60, 0, 60));
    expect(clock.offsetMs()).toBe(0);
    // The exchanges before the change no longer count.
    clock.record(exchange(183_000, 60, 0, 30));
    expect(clock.offsetMs()).toBe(0);
  });

  it('keeps the exchanges that agree: one with a slow answer does not lower it', () => {
    const clock = new ServerClock(() => 0);
    clock.record(exchange(1_000, 20, 180_000, 20));
    clock.record(exchange(2_000, 4_000, 180_000, 0));
    expect(clock.offsetMs()).toBe(180_000);
  });

  it('tells its listeners when the offset rises noticeably, and whenever it falls', () => {
    const clock = new ServerClock(() => 0);
    const moved = jest.fn();
    const stop = clock.subscribe(moved);
    clock.record(exchange(1_000, 100, 140));
    expect(moved).not.toHaveBeenCalled();
    expect(clock.offsetMs()).toBe(0);
    clock.record(exchange(2_000, 50, 3_000, 50));
    expect(moved).toHaveBeenCalledTimes(1);
    expect(clock.offsetMs()).toBe(3_000);
    // The browser's clock moved on by 15 ms, then by 6 s: both taken at once.
    clock.record(exchange(3_000, 10, 2_985, 10));
    expect(moved).toHaveBeenCalledTimes(2);
    expect(clock.offsetMs()).toBe(2_985);
    clock.record(exchange(4_000, 10, -3_000, 10));
    expect(moved).toHaveBeenCalledTimes(3);
    expect(clock.offsetMs()).toBe(-3_000);
    stop();
    clock.record(exchange(5_000, 10, 3_000, 10));
    expect(moved).toHaveBeenCalledTimes(3);
    expect(clock.offsetMs()).toBe(3_000);
    clock.record(null);
    expect(clock.offsetMs()).toBe(3_000);
  });
});
