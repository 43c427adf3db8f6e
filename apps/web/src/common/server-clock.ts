import { SERVER_TIME_HEADER } from '@concordia/contracts';
import { useSyncExternalStore } from 'react';

/**
 * One exchange with the API, on the browser's clock when the request left and when the answer
 * came, and the server's clock as the answer states it (read somewhere in between).
 */
export interface ClockSample {
  sentAt: number;
  receivedAt: number;
  serverTime: number;
}

/** Exchanges kept: the tightest of the recent ones bound the offset. */
const KEPT_SAMPLES = 8;
/** A rise of the estimate smaller than this is not taken (nor re-arms timers): deadlines show to the second. */
const NOTICEABLE_MS = 100;

/**
 * What one exchange proves of the server's clock minus the browser's: the API reads its clock as
 * the request arrives (after it left the browser, before the answer came back), so the offset is
 * at least its time minus the answer's arrival and at most its time minus the request's departure.
 */
const lowest = (sample: ClockSample) => sample.serverTime - sample.receivedAt;
const highest = (sample: ClockSample) => sample.serverTime - sample.sentAt;

/**
 * The server's clock minus the browser's, in milliseconds: the highest offset the exchanges
 * prove, so the estimate is never ahead of the server (a deadline never shows passed before the
 * API says so) and behind it by at most the fastest answer's way back. The middle of a round trip
 * could be ahead by half of it: a request kept waiting in the browser before it left (six per
 * host, the first page load sends more) put a console's "closing time passed" before the API's.
 * Null without any exchange.
 */
export const estimateOffset = (samples: readonly ClockSample[]): number | null =>
  samples.length === 0 ? null : Math.max(...samples.map(lowest));

/**
 * Whether an exchange agrees with the ones before it: some offset lies within all their bounds.
 * When none does, the browser's clock was set since (a laptop put right): the earlier ones go.
 */
const agrees = (samples: readonly ClockSample[], sample: ClockSample): boolean =>
  samples.every((kept) => lowest(sample) <= highest(kept) && lowest(kept) <= highest(sample));

/**
 * The sample an API answer gives, or null: without the header (another server answered), or when
 * the browser may have answered from its cache (a public page kept for seconds states the time it
 * was first fetched, with a round trip of almost nothing: the "best" sample, and wrong).
 */
export const sampleOf = (headers: Headers, sentAt: number, receivedAt: number): ClockSample | null => {
  const stated = headers.get(SERVER_TIME_HEADER);
  const serverTime = stated === null ? Number.NaN : Number(stated);
  if (!Number.isFinite(serverTime) || receivedAt < sentAt) return null;
  const cacheControl = headers.get('Cache-Control') ?? '';
  if (/(?:^|[\s,])(?:s-)?max-age=0*[1-9]|immutable/i.test(cacheControl)) return null;
  return { sentAt, receivedAt, serverTime };
};

/**
 * The server's time as the browser can tell it: the browser's clock plus the offset measured on
 * the API's answers. Deadlines (a round's closing time, a silence procedure's) are the server's:
 * a laptop clock minutes off must not show a round open that the API already refuses.
 */
export class ServerClock {
  private samples: ClockSample[] = [];
  private offset = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly local: () => number = () => Date.now()) {}

  /** The browser's clock, to stamp a request's departure and its answer's arrival. */
  localNow(): number {
    return this.local();
  }

  record(sample: ClockSample | null): void {
    if (sample === null) return;
    this.samples = agrees(this.samples, sample) ? [...this.samples.slice(1 - KEPT_SAMPLES), sample] : [sample];
    const next = estimateOffset(this.samples) ?? 0;
    // Down at once, however little: ahead of the server, a deadline would show passed too soon.
    if (next >= this.offset && next - this.offset < NOTICEABLE_MS) return;
    this.offset = next;
    for (const listener of this.listeners) listener();
  }

  /** The server's clock minus the browser's (0 until the API has answered). */
  offsetMs(): number {
    return this.offset;
  }

  now(): number {
    return this.local() + this.offset;
  }

  /** Called when the offset moves: timers armed on the old one re-arm. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The page's one server clock, fed by the API client. */
export const serverClock = new ServerClock();

/** Milliseconds since the epoch on the server's clock. */
export const serverNow = (): number => serverClock.now();

/** The server clock's offset, re-rendering when it moves: effects that arm timers on it re-arm. */
export const useServerOffset = (clock: ServerClock = serverClock): number =>
  useSyncExternalStore(
    (listener) => clock.subscribe(listener),
    () => clock.offsetMs(),
  );
