import { streams, type RoundEvent, type ServerToClientEvents, type StreamEvent } from '@concordia/contracts';
import type { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';
import type { RoundLiveLog } from './live-log';
import { createSocketEmitter } from './socket-emitter';

/** Who may read an event: the whole round, one delegation, or the secretariat. */
export type Audience = { kind: 'round' } | { kind: 'delegation'; delegationId: string } | { kind: 'secretariat' };

export function streamOf(roundId: string, audience: Audience): string {
  switch (audience.kind) {
    case 'round':
      return streams.round(roundId);
    case 'delegation':
      return streams.delegation(roundId, audience.delegationId);
    case 'secretariat':
      return streams.secretariat(roundId);
  }
}

/**
 * Publishes round events from any process, HTTP server or not: each is first appended to its
 * stream's log in Redis (which numbers it), then broadcast to the socket.io room named after the
 * stream through the Redis adapter's channel, so every API process delivers it to the sockets
 * it holds. A reader that was away catches up from the log when it joins the round.
 */
/** The part of a socket.io server (with the Redis adapter) that broadcasts a stream event. */
export interface StreamBroadcaster {
  to(room: string): { emit(event: 'stream:event', payload: StreamEvent): unknown };
}

export class LivePublisher {
  private readonly emitter: Emitter<ServerToClientEvents>;
  private local?: StreamBroadcaster;

  constructor(
    private readonly log: RoundLiveLog,
    redis: Redis,
    redisPrefix: string,
    onBroadcastError: (error: unknown) => void,
  ) {
    this.emitter = createSocketEmitter(redis, redisPrefix, onBroadcastError);
  }

  /**
   * In an API process: broadcast through its own socket.io server. Its Redis adapter writes to
   * the sockets held here at once and publishes to the other processes, instead of every event
   * going to Redis and back before reaching this process's readers.
   */
  broadcastThrough(server: StreamBroadcaster): void {
    this.local = server;
  }

  /**
   * Appends the event to each audience's stream of the round, then broadcasts it. Delivery is
   * at-least-once per reader: a reader joining meanwhile may get an event both live and from
   * the log, and drops the duplicate by its sequence number.
   */
  async publish(roundId: string, audiences: readonly Audience[], event: RoundEvent): Promise<StreamEvent[]> {
    const written = await this.append(roundId, audiences, event);
    this.broadcast(written);
    return written;
  }

  /**
   * The first half of `publish`: numbers and logs the event without sending it, for a writer
   * that logs beside its own insert and sends only once the insert is stored (`broadcast`).
   * Readers catching up may read it before it is sent: a writer whose insert fails must take
   * it back with a later event.
   */
  append(roundId: string, audiences: readonly Audience[], event: RoundEvent): Promise<StreamEvent[]> {
    return this.log.append([...new Set(audiences.map((a) => streamOf(roundId, a)))], event);
  }

  /** The second half of `publish`: sends events already in the log to their rooms. */
  broadcast(written: readonly StreamEvent[]): void {
    const target = this.local ?? this.emitter;
    for (const streamEvent of written) target.to(streamEvent.stream).emit('stream:event', streamEvent);
  }
}
