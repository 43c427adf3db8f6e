import { GenerationCache } from './generation-cache';

describe('GenerationCache', () => {
  const counting = <V>(value: V) => {
    const load = jest.fn(() => Promise.resolve(value));
    return load;
  };

  it('answers from memory while the generation is unchanged, and reads again when it moves', async () => {
    const cache = new GenerationCache<{ n: number }>(10, 60_000);
    const load = counting({ n: 1 });
    await cache.get('k', 'g1', load);
    await cache.get('k', 'g1', load);
    expect(load).toHaveBeenCalledTimes(1);
    await cache.get('k', 'g2', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('remembers nothing when the generation is unknown', async () => {
    const cache = new GenerationCache<number>(10, 60_000);
    const load = counting(1);
    await cache.get('k', null, load);
    await cache.get('k', null, load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('stops using an entry once the value itself lapses or it is too old', async () => {
    const cache = new GenerationCache<number>(10, 60_000);
    const lapsed = counting(Date.now() - 1);
    await cache.get('session', 'g', lapsed, (until) => until);
    await cache.get('session', 'g', lapsed, (until) => until);
    expect(lapsed).toHaveBeenCalledTimes(2);

    const young = new GenerationCache<number>(10, 0);
    const load = counting(1);
    await young.get('k', 'g', load);
    await young.get('k', 'g', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('hands out frozen values, so one request cannot change what another reads', async () => {
    const cache = new GenerationCache<{ ids: string[]; at: Date }>(10, 60_000);
    const value = await cache.get('k', 'g', () => Promise.resolve({ ids: ['a'], at: new Date(0) }));
    expect(() => value.ids.push('b')).toThrow(TypeError);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.at)).toBe(false);
  });

  it('stays within its size by starting over', async () => {
    const cache = new GenerationCache<number>(2, 60_000);
    const load = counting(1);
    for (const key of ['a', 'b', 'c']) await cache.get(key, 'g', load);
    await cache.get('c', 'g', load);
    expect(load).toHaveBeenCalledTimes(3);
    await cache.get('a', 'g', load);
    expect(load).toHaveBeenCalledTimes(4);
  });
});
