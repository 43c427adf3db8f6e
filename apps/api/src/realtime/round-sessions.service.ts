import { Injectable } from '@nestjs/common';
import { ErrorCode, streams, type JoinRound, type PresenceUpdate, type TypingUpdate } from '@concordia/contracts';
import { ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { LiveLog } from './live-log';
import { PresenceStore } from './presence.store';
import { RoundReaders, type RoundReader } from './round-readers.service';
import type { AppServer, AppSocket } from './socket-types';
import { typingAudience } from './typing-audience';

/**
 * What a socket does inside a round: join (with catch-up), leave, presence and typing.
 *
 * Catch-up rule. The socket joins the stream rooms BEFORE the log is read, so an event
 * published during the join is either in what is read or delivered live afterwards, never
 * neither. It may be both, and a live one may overtake the replay. Clients therefore keep the
 * last seq applied per stream and: drop an event with seq <= last; apply seq == last + 1 (then
 * any held ones that follow); hold seq > last + 1 until the gap fills (it does from the replay),
 * and rejoin with their lastSeq if it has not within a few seconds. On `stream:reset` (and on
 * a first join) they load the snapshot over HTTP AFTER `round:joined`, take the announced seq
 * as their last, and apply later events on top: events carry whole objects, so one that the
 * snapshot already reflects is harmless to apply again. Typing indicators are not replayed;
 * clients drop one not repeated within TYPING_TTL_MS.
 */
@Injectable()
export class RoundSessions {
  constructor(
    private readonly readers: RoundReaders,
    private readonly log: LiveLog,
    private readonly presence: PresenceStore,
  ) {}

  async join(server: AppServer, socket: AppSocket, { roundId, lastSeq }: JoinRound): Promise<void> {
    const reader = await this.readers.resolve(socket.data.principal, roundId);
    const previous = socket.data.rounds.get(roundId);
    // A rejoin may come with fewer streams (membership changed): stop delivering the others.
    for (const stream of previous?.streams ?? []) {
      if (!reader.streams.includes(stream)) await socket.leave(stream);
    }
    await socket.join(reader.streams);
    socket.data.rounds.set(roundId, reader);

    const catchUps = await Promise.all(
      reader.streams.map(async (stream) => {
        const after = lastSeq[stream];
        if (after === undefined) return { stream, current: (await this.log.current([stream]))[0] ?? 0, events: [] };
        return { stream, ...(await this.log.since(stream, after)) };
      }),
    );
    socket.emit('round:joined', {
      roundId,
      streams: Object.fromEntries(catchUps.map((c) => [c.stream, c.current])),
    });
    for (const catchUp of catchUps) {
      if ('kind' in catchUp && catchUp.kind === 'reset') {
        socket.emit('stream:reset', { roundId, stream: catchUp.stream, seq: catchUp.current });
      } else {
        for (const event of catchUp.events) socket.emit('stream:event', event);
      }
    }

    await this.presence.set(roundId, socket.id, reader.user, null);
    await this.broadcastPresence(server, roundId);
  }

  async leave(server: AppServer, socket: AppSocket, roundId: string): Promise<void> {
    const reader = socket.data.rounds.get(roundId);
    if (!reader) return;
    socket.data.rounds.delete(roundId);
    for (const stream of reader.streams) await socket.leave(stream);
    await this.presence.remove(roundId, socket.id);
    await Promise.all([this.broadcastPresence(server, roundId), this.stopTyping(server, socket, roundId)]);
  }

  /** Readers of the threads this socket was typing in are told it stopped. */
  private async stopTyping(server: AppServer, socket: AppSocket, roundId: string): Promise<void> {
    const places = [...socket.data.typing].filter(([, place]) => place.roundId === roundId);
    await Promise.all(
      places.map(async ([key, place]) => {
        socket.data.typing.delete(key);
        await this.presence.setTyping(roundId, place.paragraphKey, place.scope, socket.id, false);
        server
          .to(place.rooms)
          .emit('typing:state', await this.presence.typing(roundId, place.paragraphKey, place.scope));
      }),
    );
  }

  /** On disconnect: the socket's presence and typing go at once, not when they lapse. */
  async leaveAll(server: AppServer, socket: AppSocket): Promise<void> {
    await Promise.all([...socket.data.rounds.keys()].map((roundId) => this.leave(server, socket, roundId)));
  }

  async updatePresence(server: AppServer, socket: AppSocket, { roundId, paragraphKey }: PresenceUpdate): Promise<void> {
    // A page clearing its presence as it leaves the round: there is nothing left to clear.
    if (paragraphKey === null && !socket.data.rounds.has(roundId)) return;
    const reader = this.joined(socket, roundId);
    await this.presence.set(roundId, socket.id, reader.user, paragraphKey);
    await this.broadcastPresence(server, roundId);
  }

  /**
   * Tells who may read the thread being written that the user types, and nobody else: typing
   * in a delegation's internal thread must not reveal to other delegations that it exists.
   */
  async updateTyping(server: AppServer, socket: AppSocket, update: TypingUpdate): Promise<void> {
    const reader = this.joined(socket, update.roundId);
    const audience = typingAudience(update.roundId, update.visibility, reader.delegationId);
    if (!audience) return;
    await this.presence.setTyping(update.roundId, update.paragraphKey, audience.scope, socket.id, update.typing);
    const place = `${update.roundId}|${update.paragraphKey}|${audience.scope}`;
    if (update.typing)
      socket.data.typing.set(place, { ...audience, roundId: update.roundId, paragraphKey: update.paragraphKey });
    else socket.data.typing.delete(place);
    const state = await this.presence.typing(update.roundId, update.paragraphKey, audience.scope);
    server.to(audience.rooms).emit('typing:state', state);
  }

  /**
   * After a change of memberships, processes or rounds: the socket keeps only the streams its
   * user may still read. A round it may no longer read at all is left, and the client told
   * (`app:error` for `round:join`); a stream it lost (moved to another delegation, or no longer
   * the secretariat) stops being delivered. Streams it gained come with its next join.
   */
  async recheck(server: AppServer, socket: AppSocket): Promise<void> {
    for (const [roundId, reader] of [...socket.data.rounds]) {
      const now = await this.readers.resolve(socket.data.principal, roundId).catch((error: unknown) => {
        if (error instanceof NotFoundError || error instanceof ForbiddenError) return null;
        throw error;
      });
      if (!now) {
        await this.leave(server, socket, roundId);
        socket.emit('app:error', {
          code: ErrorCode.Forbidden,
          message: 'You can no longer read this round',
          event: 'round:join',
        });
        continue;
      }
      const kept = reader.streams.filter((stream) => now.streams.includes(stream));
      if (kept.length === reader.streams.length) continue;
      for (const stream of reader.streams) if (!kept.includes(stream)) await socket.leave(stream);
      socket.data.rounds.set(roundId, { ...now, streams: kept });
    }
  }

  /** Keeps the presence of the sockets this process holds from lapsing. */
  async refresh(sockets: Iterable<AppSocket>): Promise<void> {
    const byRound = new Map<string, string[]>();
    for (const socket of sockets) {
      for (const roundId of socket.data.rounds?.keys() ?? []) {
        byRound.set(roundId, [...(byRound.get(roundId) ?? []), socket.id]);
      }
    }
    await Promise.all([...byRound].map(([roundId, ids]) => this.presence.refresh(roundId, ids)));
  }

  private joined(socket: AppSocket, roundId: string): RoundReader {
    const reader = socket.data.rounds.get(roundId);
    if (!reader) throw new ForbiddenError('Join the round first (round:join)', ErrorCode.Forbidden);
    return reader;
  }

  private async broadcastPresence(server: AppServer, roundId: string): Promise<void> {
    server.to(streams.round(roundId)).emit('presence:state', await this.presence.presence(roundId));
  }
}
