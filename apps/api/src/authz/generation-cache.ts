/**
 * Values read from the database, remembered under the write generation they were read at
 * (see WriteGenerations). An entry is used only while the generation is unchanged and it is
 * younger than `maxAgeMs`, the backstop for writes no hook sees (the raw-driver demo seed).
 * A null generation (Redis cannot tell) means: read the database, remember nothing.
 *
 * A bounded Map cleared when full rather than an LRU library: entries are tiny, refilled by one
 * read each, and a full clear is as correct as any eviction order.
 */
export class GenerationCache<V> {
  private readonly entries = new Map<string, { generation: string; value: V; until: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly maxAgeMs: number,
  ) {}

  async get(
    key: string,
    generation: string | null,
    load: () => Promise<V>,
    /** When the value itself stops holding (epoch ms), e.g. a session's expiry. */
    validUntil?: (value: V) => number,
  ): Promise<V> {
    const now = Date.now();
    if (generation !== null) {
      const entry = this.entries.get(key);
      if (entry && entry.generation === generation && entry.until > now) return entry.value;
    }
    const value = deepFreeze(await load());
    if (generation !== null) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      const until = Math.min(now + this.maxAgeMs, validUntil ? validUntil(value) : Number.POSITIVE_INFINITY);
      this.entries.set(key, { generation, value, until });
    }
    return value;
  }
}

/**
 * A cached record is shared by every request that reads it: freezing its plain objects and
 * arrays makes an accidental mutation throw instead of leaking into other requests. ObjectIds,
 * Dates and buffers are left alone (a typed array cannot be frozen).
 */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
