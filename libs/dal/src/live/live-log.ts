import { roundEventSchema, type RoundEvent, type StreamEvent } from '@concordia/contracts';
import type { Redis } from 'ioredis';

/** Events kept per stream; a reader further behind reloads the snapshot (`stream:reset`). */
export const LIVE_LOG_RETENTION = 1000;
/** A stream untouched this long is dropped (a round idle for months is reloaded from HTTP). */
const LIVE_LOG_TTL_SECONDS = 90 * 24 * 3600;

/**
 * Numbers and stores an event atomically: the Redis Stream entry id is `<seq>-0`, so the log
 * is ordered by seq and readable from any seq with XRANGE. Exact MAXLEN trimming keeps the
 * retention predictable for readers deciding between catch-up and reset.
 */
const APPEND = `
local seq = redis.call('INCR', KEYS[1])
redis.call('XADD', KEYS[2], 'MAXLEN', '=', ARGV[1], seq .. '-0', 'at', ARGV[2], 'event', ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[4])
redis.call('EXPIRE', KEYS[2], ARGV[4])
return seq
`;

export type CatchUp =
  | { kind: 'events'; current: number; events: StreamEvent[] }
  /** The reader's position is older than the oldest retained event, or ahead of the counter. */
  | { kind: 'reset'; current: number };

type StreamEntry = [id: string, fields: string[]];

/**
 * The retained, numbered log of each live stream, in Redis so every API process — and the
 * worker, which publishes what happens at a deadline — shares it.
 */
export class RoundLiveLog {
  private readonly prefix: string;

  constructor(
    private readonly redis: Redis,
    redisPrefix: string,
  ) {
    this.prefix = `${redisPrefix}:live`;
  }

  private seqKey(stream: string): string {
    return `${this.prefix}:seq:${stream}`;
  }

  private logKey(stream: string): string {
    return `${this.prefix}:log:${stream}`;
  }

  async append(names: readonly string[], event: RoundEvent): Promise<StreamEvent[]> {
    if (names.length === 0) return [];
    const at = new Date().toISOString();
    const body = JSON.stringify(event);
    const pipeline = this.redis.pipeline();
    for (const stream of names) {
      pipeline.eval(
        APPEND,
        2,
        this.seqKey(stream),
        this.logKey(stream),
        LIVE_LOG_RETENTION,
        at,
        body,
        LIVE_LOG_TTL_SECONDS,
      );
    }
    const results = (await pipeline.exec()) ?? [];
    return names.map((stream, i) => {
      const [error, seq] = results[i] ?? [new Error('no reply')];
      if (error) throw error;
      return { stream, seq: Number(seq), at, event };
    });
  }

  /** Current seq of each stream (0 for a stream that never had an event). */
  async current(names: readonly string[]): Promise<number[]> {
    if (names.length === 0) return [];
    const values = await this.redis.mget(names.map((s) => this.seqKey(s)));
    return values.map((v) => (v === null ? 0 : Number(v)));
  }

  /** Everything after `afterSeq`, in order, or a reset when part of it is no longer retained. */
  async since(stream: string, afterSeq: number): Promise<CatchUp> {
    const [[current], first] = await Promise.all([
      this.current([stream]),
      this.redis.xrange(this.logKey(stream), '-', '+', 'COUNT', 1) as Promise<StreamEntry[]>,
    ]);
    if (afterSeq > current) return { kind: 'reset', current };
    if (afterSeq === current) return { kind: 'events', current, events: [] };
    const oldest = first[0] ? seqOf(first[0][0]) : current + 1;
    if (afterSeq + 1 < oldest) return { kind: 'reset', current };
    const entries = (await this.redis.xrange(this.logKey(stream), `${afterSeq + 1}-0`, '+')) as StreamEntry[];
    // Entries appended after `current` was read are included too: the reader drops duplicates.
    const events: StreamEvent[] = [];
    for (const [id, fields] of entries) {
      const event = toStreamEvent(stream, id, fields);
      // An event this process cannot read (one a newer release added, during a rolling deploy)
      // cannot be replayed faithfully, nor skipped without a gap: the reader reloads the snapshot.
      if (!event) return { kind: 'reset', current: Math.max(current, seqOf(entries.at(-1)![0])) };
      events.push(event);
    }
    return { kind: 'events', current: Math.max(current, events.at(-1)?.seq ?? 0), events };
  }
}

function seqOf(id: string): number {
  return Number(id.slice(0, id.indexOf('-')));
}

/** null when the entry's event is not one this release knows. */
function toStreamEvent(stream: string, id: string, fields: string[]): StreamEvent | null {
  const field = (name: string): string => fields[fields.indexOf(name) + 1] ?? '';
  let body: unknown;
  try {
    body = JSON.parse(field('event'));
  } catch {
    return null;
  }
  const event = roundEventSchema.safeParse(body);
  return event.success ? { stream, seq: seqOf(id), at: field('at'), event: event.data } : null;
}
