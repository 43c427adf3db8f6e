import type { z } from 'zod';
import type { dependencyHealthSchema } from '@concordia/contracts';

export type DependencyHealth = z.infer<typeof dependencyHealthSchema>;

/** Runs one probe with a deadline and reports up/down with its latency. */
export async function checkDependency(probe: () => Promise<unknown>, timeoutMs: number): Promise<DependencyHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { status: 'down', latencyMs: null, error: error instanceof Error ? error.message : 'unknown failure' };
  } finally {
    clearTimeout(timer);
  }
}
