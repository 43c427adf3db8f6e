import { socketIoChannelKey, socketIoRedisParser, type ServerToClientEvents } from '@concordia/contracts';
import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';

/**
 * Reaches the sockets of every API process from any process (HTTP server or not), through the
 * channel the API's socket.io Redis adapter listens on, encoded as that adapter decodes.
 */
export function createSocketEmitter(
  redis: Redis,
  redisPrefix: string,
  onPublishError: (error: unknown) => void,
): Emitter<ServerToClientEvents> {
  // The emitter fires PUBLISH without awaiting it: a failure is reported, never left unhandled.
  const publisher = {
    publish: (channel: string, message: Buffer | string) =>
      redis.publish(channel, message).catch((error: unknown) => {
        onPublishError(error);
        return 0;
      }),
  };
  return new Emitter<ServerToClientEvents>(publisher, {
    key: socketIoChannelKey(redisPrefix),
    parser: socketIoRedisParser,
  });
}
