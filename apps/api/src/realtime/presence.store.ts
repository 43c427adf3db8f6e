import { Inject, Injectable } from '@nestjs/common';
import { TYPING_TTL_MS, type PresenceState, type TypingState } from '@concordia/contracts';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InjectRedis } from '../infra/redis.module';

export interface PresenceUser {
  userId: string;
  name: string;
  delegationName: string | null;
}

/** A socket's presence lapses this long after its process last refreshed it (process crash). */
export const PRESENCE_TTL_MS = 60_000;

interface PresenceEntry {
  user: PresenceUser;
  paragraphKey: string | null;
}

/**
 * Who is in which round, reading which paragraph, and who is typing, shared by every API
 * process. Per round: a hash socketId -> entry, a sorted set socketId -> expiry (a process that
 * dies leaves entries that lapse), and per paragraph and typing scope a sorted set of typing
 * socketIds -> expiry.
 * Entries are per socket (one user may have several tabs); states list each user once.
 */
@Injectable()
export class PresenceStore {
  private readonly prefix: string;

  constructor(
    @InjectRedis() private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.prefix = `${config.redis.prefix}:live`;
  }

  private entriesKey(roundId: string): string {
    return `${this.prefix}:presence:${roundId}`;
  }
  private expiriesKey(roundId: string): string {
    return `${this.prefix}:presence-exp:${roundId}`;
  }
  private typingKey(roundId: string, paragraphKey: string, scope: string): string {
    return `${this.prefix}:typing:${roundId}:${paragraphKey}:${scope}`;
  }

  async set(roundId: string, socketId: string, user: PresenceUser, paragraphKey: string | null): Promise<void> {
    const entry: PresenceEntry = { user, paragraphKey };
    await this.redis
      .multi()
      .hset(this.entriesKey(roundId), socketId, JSON.stringify(entry))
      .zadd(this.expiriesKey(roundId), Date.now() + PRESENCE_TTL_MS, socketId)
      .pexpire(this.entriesKey(roundId), PRESENCE_TTL_MS)
      .pexpire(this.expiriesKey(roundId), PRESENCE_TTL_MS)
      .exec();
  }

  /** Keeps the entries of sockets this process still holds from lapsing. */
  async refresh(roundId: string, socketIds: readonly string[]): Promise<void> {
    if (socketIds.length === 0) return;
    const expiry = Date.now() + PRESENCE_TTL_MS;
    await this.redis
      .multi()
      .zadd(this.expiriesKey(roundId), 'XX', ...socketIds.flatMap((id) => [expiry, id]))
      .pexpire(this.entriesKey(roundId), PRESENCE_TTL_MS)
      .pexpire(this.expiriesKey(roundId), PRESENCE_TTL_MS)
      .exec();
  }

  async remove(roundId: string, socketId: string): Promise<void> {
    await this.redis.multi().hdel(this.entriesKey(roundId), socketId).zrem(this.expiriesKey(roundId), socketId).exec();
  }

  async setTyping(
    roundId: string,
    paragraphKey: string,
    scope: string,
    socketId: string,
    typing: boolean,
  ): Promise<void> {
    const key = this.typingKey(roundId, paragraphKey, scope);
    if (!typing) {
      await this.redis.zrem(key, socketId);
      return;
    }
    await this.redis
      .multi()
      .zadd(key, Date.now() + TYPING_TTL_MS, socketId)
      .pexpire(key, TYPING_TTL_MS)
      .exec();
  }

  async presence(roundId: string): Promise<PresenceState> {
    const entries = await this.liveEntries(roundId);
    const readers: Record<string, PresenceUser[]> = {};
    for (const { user, paragraphKey } of entries.values()) {
      if (paragraphKey === null) continue;
      const list = (readers[paragraphKey] ??= []);
      if (!list.some((u) => u.userId === user.userId)) list.push(user);
    }
    return { roundId, readers };
  }

  /** Who is typing in the paragraph's threads of one scope (see typingScope). */
  async typing(roundId: string, paragraphKey: string, scope: string): Promise<TypingState> {
    const key = this.typingKey(roundId, paragraphKey, scope);
    const now = Date.now();
    const [, typingIds] = await Promise.all([
      this.redis.zremrangebyscore(key, '-inf', now),
      this.redis.zrangebyscore(key, now, '+inf'),
    ]);
    const entries = await this.liveEntries(roundId);
    const users: PresenceUser[] = [];
    for (const id of typingIds) {
      const user = entries.get(id)?.user;
      if (user && !users.some((u) => u.userId === user.userId)) users.push(user);
    }
    return { roundId, paragraphKey, scope, users };
  }

  /** The entries of sockets whose presence has not lapsed; lapsed ones are removed on the way. */
  private async liveEntries(roundId: string): Promise<Map<string, PresenceEntry>> {
    const now = Date.now();
    const [lapsed, alive] = await Promise.all([
      this.redis.zrangebyscore(this.expiriesKey(roundId), '-inf', now),
      this.redis.zrangebyscore(this.expiriesKey(roundId), now, '+inf'),
    ]);
    if (lapsed.length > 0) {
      await this.redis
        .multi()
        .hdel(this.entriesKey(roundId), ...lapsed)
        .zrem(this.expiriesKey(roundId), ...lapsed)
        .exec();
    }
    const result = new Map<string, PresenceEntry>();
    if (alive.length === 0) return result;
    const raw = await this.redis.hmget(this.entriesKey(roundId), ...alive);
    alive.forEach((id, i) => {
      const value = raw[i];
      if (value) result.set(id, JSON.parse(value) as PresenceEntry);
    });
    return result;
  }
}
