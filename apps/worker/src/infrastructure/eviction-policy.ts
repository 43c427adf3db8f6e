/**
 * BullMQ keeps jobs, locks and schedules as ordinary keys: a Redis that evicts keys under memory
 * pressure silently loses jobs. Only `noeviction` is safe.
 */
export type EvictionPolicyVerdict =
  { readonly ok: true; readonly policy: string } | { readonly ok: false; readonly message: string };

interface ConfigGetClient {
  config(subcommand: 'GET', parameter: string): Promise<unknown>;
}

export function judgeEvictionPolicy(reply: unknown): EvictionPolicyVerdict {
  // CONFIG GET answers a flat [name, value] list.
  const policy = Array.isArray(reply) && typeof reply[1] === 'string' ? reply[1] : undefined;
  if (policy === undefined) {
    return {
      ok: false,
      message: 'could not check Redis maxmemory-policy (empty CONFIG GET reply); it must be noeviction',
    };
  }
  if (policy !== 'noeviction') {
    return {
      ok: false,
      message: `Redis maxmemory-policy is "${policy}": jobs may be evicted under memory pressure; set it to noeviction`,
    };
  }
  return { ok: true, policy };
}

export async function checkEvictionPolicy(redis: ConfigGetClient): Promise<EvictionPolicyVerdict> {
  try {
    return judgeEvictionPolicy(await redis.config('GET', 'maxmemory-policy'));
  } catch (error) {
    // Managed Redis services often disable CONFIG: a warning, not a reason to stop.
    return {
      ok: false,
      message: `could not check Redis maxmemory-policy (${(error as Error).message}); make sure it is noeviction`,
    };
  }
}
