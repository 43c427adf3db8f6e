import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  generationKey,
  incrementGeneration,
  onWatchedWrite,
  randomGenerationStart,
  WATCHED_COLLECTIONS,
  type WatchedCollection,
} from '@concordia/dal';
import type { Redis } from 'ioredis';
import type { Connection } from 'mongoose';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MONGO_CONNECTION } from '../infra/database.module';
import { InjectRedis } from '../infra/redis.module';

const RETRY_MS = 1000;
/** How old the last counters read may be for a request to start on them (see `read`). */
const SPECULATION_MAX_AGE_MS = 1000;

/** The counters as read at one moment, with this process's own write count then. */
interface Snapshot {
  epoch: number;
  values: Map<WatchedCollection, string>;
}

/** A request that started on the last counters read, and its own read that must agree. */
interface Speculation {
  used: Snapshot;
  own: Promise<Snapshot | null>;
}

function sameCounters(a: Snapshot, b: Snapshot): boolean {
  return a.epoch === b.epoch && [...a.values].every(([collection, value]) => b.values.get(collection) === value);
}

/**
 * A counter per watched collection (users, sessions, processes, memberships, rounds) in Redis,
 * incremented after every write to it by any API process. Readers take the counters first, then
 * the cache entry read under the same counters or the database: a change stored before a request
 * began is never answered from memory, in this process or another. That keeps "a disabled
 * account or an ended session is refused at once" while the hot write path skips three
 * database reads (see bench/README.md, live delivery).
 */
@Injectable()
export class WriteGenerations implements OnModuleDestroy {
  private readonly logger = new Logger(WriteGenerations.name);
  private readonly redisPrefix: string;
  /** This process's own writes: its cache is right about them even when Redis is unreachable. */
  private localEpoch = 0;
  /** Counters a write could not increment; until they are, nothing is read from the cache. */
  private readonly unsent = new Set<WatchedCollection>();
  private retry?: NodeJS.Timeout;
  /** Per request (keyed by its principal, gone with it). */
  private readonly snapshots = new WeakMap<object, Snapshot>();
  /** Reads started when a request arrived (keyed by the HTTP request), taken by its sign-in check. */
  private readonly prefetched = new WeakMap<object, Promise<Snapshot | null>>();
  /** The last counters read, and when: what a speculative request starts on. */
  private latest?: { snapshot: Snapshot; at: number };
  /** Speculative requests not confirmed yet (keyed like `snapshots`). */
  private readonly speculations = new WeakMap<object, Speculation>();

  constructor(
    @InjectRedis() private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(MONGO_CONNECTION) connection: Connection,
  ) {
    this.redisPrefix = config.redis.prefix;
    onWatchedWrite(connection, (collection) => this.bump(collection));
  }

  private key(collection: WatchedCollection): string {
    return generationKey(this.redisPrefix, collection);
  }

  /**
   * The generation of these collections, or null when it cannot be known (then nothing is
   * cached). `request`: the object standing for one HTTP request (its principal), which reuses
   * the counters read when it began (`begin`), unless this process wrote since. Only a request
   * begins a snapshot: a socket's principal lives for the connection and always reads afresh.
   */
  async read(
    collections: readonly WatchedCollection[],
    request?: object,
    begin = false,
    /**
     * Start on the last counters this process read instead of waiting for the request's own
     * read, which is then compared in `confirm`: the request must confirm before it writes or
     * answers (SpeculativeAccess), and starts again if they differ.
     */
    speculative = false,
  ): Promise<string | null> {
    const held = request ? this.snapshots.get(request) : undefined;
    let snapshot = held?.epoch === this.localEpoch ? held : undefined;
    if (!snapshot) {
      const early = begin && request ? this.prefetched.get(request) : undefined;
      if (early) this.prefetched.delete(request as object);
      const guess = speculative && early ? this.recent() : undefined;
      if (guess && early && request) {
        this.speculations.set(request, { used: guess, own: early });
        snapshot = guess;
      } else {
        snapshot = (await (early ?? this.readAll())) ?? undefined;
      }
      if (request && snapshot && (held || begin)) this.snapshots.set(request, snapshot);
    }
    if (!snapshot) return null;
    const { epoch, values } = snapshot;
    return `${epoch}:${collections.map((c) => values.get(c)).join(':')}`;
  }

  /**
   * Starts reading the counters as an HTTP request arrives, so the round trip to Redis overlaps
   * the parsing and routing before the sign-in check (which then takes it with `read(…, request,
   * true)`). The counters are then those of the moment the request began, as the rule requires.
   */
  prefetch(request: object): void {
    this.prefetched.set(request, this.readAll());
  }

  /** Lets the object that stands for a request (its principal) carry the counters read for it. */
  carry(from: object, to: object): void {
    const snapshot = this.snapshots.get(from);
    if (snapshot) this.snapshots.set(to, snapshot);
    const speculation = this.speculations.get(from);
    if (speculation) this.speculations.set(to, speculation);
  }

  /**
   * Whether what a speculative request read holds: true once its own read of the counters, taken
   * as it arrived, found what it started on (and for any request that did not speculate). False:
   * a change was stored before the request began, and it must start again on fresh counters.
   */
  async confirm(request: object): Promise<boolean> {
    const speculation = this.speculations.get(request);
    if (!speculation) return true;
    const own = await speculation.own;
    const holds = own !== null && sameCounters(own, speculation.used);
    if (holds) this.speculations.delete(request);
    return holds;
  }

  /** The last counters read, if recent and no write of this process (or unsent one) followed. */
  private recent(): Snapshot | undefined {
    const latest = this.latest;
    if (!latest || this.unsent.size > 0 || latest.snapshot.epoch !== this.localEpoch) return undefined;
    return Date.now() - latest.at <= SPECULATION_MAX_AGE_MS ? latest.snapshot : undefined;
  }

  private async readAll(): Promise<Snapshot | null> {
    if (this.redis.status !== 'ready' || this.unsent.size > 0) return null;
    const epoch = this.localEpoch;
    try {
      const values = await this.redis.mget(WATCHED_COLLECTIONS.map((c) => this.key(c)));
      if (values.every((v): v is string => v !== null)) {
        const snapshot = { epoch, values: new Map(WATCHED_COLLECTIONS.map((c, i) => [c, values[i]])) };
        this.latest = { snapshot, at: Date.now() };
        return snapshot;
      }
      // Started at random (see increment); this request reads the database.
      const missing = WATCHED_COLLECTIONS.filter((_, i) => values[i] === null);
      await Promise.all(missing.map((c) => this.redis.set(this.key(c), String(randomGenerationStart()), 'NX')));
    } catch (error) {
      this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'write generations unreadable');
    }
    return null;
  }

  /** Every process reading after this resolves reloads what it had of the collection. */
  async bump(collection: WatchedCollection): Promise<void> {
    this.localEpoch += 1;
    try {
      await this.increment(collection);
    } catch (error) {
      // The write is stored and must not be reported as failed: keep trying in the background.
      this.logger.warn(
        { collection, err: error instanceof Error ? error.message : String(error) },
        'generation not incremented',
      );
      this.unsent.add(collection);
      this.scheduleRetry();
    }
  }

  private increment(collection: WatchedCollection): Promise<void> {
    return incrementGeneration(this.redis, this.redisPrefix, collection);
  }

  private scheduleRetry(): void {
    if (this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      const pending = [...this.unsent];
      void Promise.all(
        pending.map(async (collection) => {
          await this.increment(collection);
          this.unsent.delete(collection);
        }),
      ).catch(() => this.scheduleRetry());
    }, RETRY_MS);
    this.retry.unref();
  }

  onModuleDestroy(): void {
    if (this.retry) clearTimeout(this.retry);
  }
}
