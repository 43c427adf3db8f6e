import { RoundScope } from '../rounds/round-scope.service';
import { Global, Module } from '@nestjs/common';
import { LiveEvents } from './live-events.service';
import { LiveLog } from './live-log';
import { PresenceStore } from './presence.store';
import { RealtimeGateway } from './realtime.gateway';
import { RoundReaders } from './round-readers.service';
import { RoundSessions } from './round-sessions.service';
import { SocketRateLimiter } from './socket-rate-limiter';

/** Global so any domain module can publish live events without importing this one (no cycles). */
@Global()
@Module({
  providers: [
    RoundScope,
    RealtimeGateway,
    LiveLog,
    LiveEvents,
    PresenceStore,
    RoundReaders,
    RoundSessions,
    SocketRateLimiter,
  ],
  exports: [LiveEvents, LiveLog],
})
export class RealtimeModule {}
