import { checkEvictionPolicy, judgeEvictionPolicy } from './eviction-policy';

describe('eviction policy check', () => {
  it('accepts noeviction', () => {
    expect(judgeEvictionPolicy(['maxmemory-policy', 'noeviction'])).toEqual({ ok: true, policy: 'noeviction' });
  });

  it('warns about an evicting policy and names it', () => {
    const verdict = judgeEvictionPolicy(['maxmemory-policy', 'allkeys-lru']);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.message).toMatch(/"allkeys-lru".*noeviction/);
  });

  it('warns that it could not check an empty reply', () => {
    const verdict = judgeEvictionPolicy([]);
    expect(!verdict.ok && verdict.message).toMatch(/could not check/);
  });

  it('warns that it could not check when CONFIG is refused', async () => {
    const redis = {
      config: () => Promise.reject(new Error("ERR unknown command 'CONFIG'")),
    };
    const verdict = await checkEvictionPolicy(redis);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.message).toMatch(/could not check.*unknown command 'CONFIG'/);
  });
});
