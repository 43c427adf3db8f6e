import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';

/** The delayed job a deadline calls for now; null when none (the round is gone, closed or past it). */
export interface DelayedJob {
  name: string;
  data: object;
  jobId: string;
  delayMs: number;
}

/**
 * Places the delayed job of a deadline and removes the one placed for the previous deadline,
 * whose id a Redis pointer keeps. Ids name the deadline, so placing the same one twice is a
 * no-op; and a stale job that escaped removal finds another deadline when it fires and does nothing.
 */
export async function replaceDelayedJob(
  redis: Redis,
  queue: Queue,
  pointer: string,
  next: DelayedJob | null,
): Promise<{ jobId: string | null; delayMs: number }> {
  const previous = await redis.get(pointer);
  if (previous && previous !== next?.jobId) await queue.remove(previous);
  if (!next) {
    await redis.del(pointer);
    return { jobId: null, delayMs: 0 };
  }
  await queue.add(next.name, next.data, { jobId: next.jobId, delay: next.delayMs });
  await redis.set(pointer, next.jobId);
  return { jobId: next.jobId, delayMs: next.delayMs };
}
