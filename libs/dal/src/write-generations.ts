import { randomInt } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { WatchedCollection } from './write-watch';

const INCREMENT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('INCR', KEYS[1]) end
return redis.call('SET', KEYS[1], ARGV[1])
`;

/** Where the API keeps a watched collection's write counter (its access cache reads them). */
export const generationKey = (redisPrefix: string, collection: WatchedCollection): string =>
  `${redisPrefix}:authz-gen:${collection}`;

/**
 * A counter Redis does not have (first use, or Redis restarted empty) starts at a random
 * value, never at 1, so it cannot equal a generation remembered before the restart.
 */
export const randomGenerationStart = (): number => randomInt(1, 2 ** 47);

/**
 * Tells every API process that a watched collection changed: their cached answers about it
 * are read again. Any process that writes one (the worker closing a round) must call it.
 */
export const incrementGeneration = async (
  redis: Redis,
  redisPrefix: string,
  collection: WatchedCollection,
): Promise<void> => {
  await redis.eval(INCREMENT, 1, generationKey(redisPrefix, collection), String(randomGenerationStart()));
};
