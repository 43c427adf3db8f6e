import { LockTimeoutError, type LockRedis, withSharedWrite } from './write-lock';

/** The commands the lock uses, on a Map: SET NX PX and the compare-and-renew (expiry ignored), the compare-and-delete. */
class FakeRedis implements LockRedis {
  readonly keys = new Map<string, string>();

  set(key: string, value: string): Promise<'OK' | null> {
    if (this.keys.has(key)) return Promise.resolve(null);
    this.keys.set(key, value);
    return Promise.resolve('OK');
  }

  eval(_script: string, _numKeys: number, key: string, token: string, ttl?: string): Promise<unknown> {
    if (this.keys.get(key) !== token) return Promise.resolve(0);
    if (ttl !== undefined) return Promise.resolve(1);
    this.keys.delete(key);
    return Promise.resolve(1);
  }
}

describe('withSharedWrite (group commit under the write lock)', () => {
  it('does the work under the lock when the lock is free, and releases it', async () => {
    const redis = new FakeRedis();
    const held: boolean[] = [];
    await withSharedWrite(
      redis,
      'p',
      'r',
      () => {
        held.push(redis.keys.has('p:lock:r'));
        return Promise.resolve();
      },
      () => Promise.resolve(false),
    );
    expect(held).toEqual([true]);
    expect(redis.keys.size).toBe(0);
  });

  it('returns without the lock, and without working, once another holder has done its work', async () => {
    const redis = new FakeRedis();
    redis.keys.set('p:lock:r', 'someone else');
    let written = false;
    let worked = false;
    setTimeout(() => (written = true), 50);
    await withSharedWrite(
      redis,
      'p',
      'r',
      () => {
        worked = true;
        return Promise.resolve();
      },
      () => Promise.resolve(written),
      5_000,
    );
    expect(worked).toBe(false);
    expect(redis.keys.get('p:lock:r')).toBe('someone else');
  });

  it('gives up after its wait when the lock stays taken and nobody did its work', async () => {
    const redis = new FakeRedis();
    redis.keys.set('p:lock:r', 'someone else');
    await expect(
      withSharedWrite(
        redis,
        'p',
        'r',
        () => Promise.resolve(),
        () => Promise.resolve(false),
        100,
      ),
    ).rejects.toBeInstanceOf(LockTimeoutError);
  });
});
