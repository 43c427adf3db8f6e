import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { LockTimeoutError, withWriteLock } from './write-lock';

/**
 * The write lock on the real Redis, with a short time to live so that work outlasting it is
 * quick to stage: the holder must keep the lock for as long as its work runs.
 */
describe('the write lock, held by work longer than its time to live', () => {
  const prefix = `${process.env.CONCORDIA_IT_REDIS_PREFIX ?? 'concordia_it'}_lock_${randomBytes(4).toString('hex')}`;
  // Renewed every third of it: at 300 ms a 200 ms stall of a loaded 2-core CI machine let the lock
  // lapse once (the second writer ran before the first ended); a second tolerates ~670 ms.
  const TTL_MS = 1_000;
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  });
  afterAll(async () => {
    await redis.quit();
  });

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('keeps a second writer out until the first has finished, however long it takes', async () => {
    const order: string[] = [];
    const first = withWriteLock(
      redis,
      prefix,
      'long',
      async () => {
        order.push('first starts');
        await sleep(TTL_MS * 4);
        order.push('first ends');
      },
      1_000,
      TTL_MS,
    );
    await sleep(TTL_MS * 2);
    // Past two lifetimes of the lock: without renewal it would have expired and this would run now.
    const second = withWriteLock(
      redis,
      prefix,
      'long',
      () => {
        order.push('second');
        return Promise.resolve();
      },
      5_000,
      TTL_MS,
    );
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second']);
    expect(await redis.exists(`${prefix}:lock:long`)).toBe(0);
  });

  it('refuses a writer that cannot get its turn within its wait, while the holder still works', async () => {
    const first = withWriteLock(redis, prefix, 'busy', () => sleep(TTL_MS * 4), 1_000, TTL_MS);
    await sleep(TTL_MS * 2);
    await expect(withWriteLock(redis, prefix, 'busy', () => Promise.resolve(), TTL_MS, TTL_MS)).rejects.toBeInstanceOf(
      LockTimeoutError,
    );
    await first;
  });

  it('lets the next writer in soon after a holder vanishes without releasing (its lock expires)', async () => {
    // A crashed process: the key is left behind, nobody renews it.
    await redis.set(`${prefix}:lock:orphan`, 'crashed holder', 'PX', TTL_MS);
    const ran = await withWriteLock(redis, prefix, 'orphan', () => Promise.resolve('ran'), TTL_MS * 5, TTL_MS);
    expect(ran).toBe('ran');
  });
});
