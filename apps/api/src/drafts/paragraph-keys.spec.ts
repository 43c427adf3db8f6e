import { keyFactory } from './paragraph-keys';

describe('keyFactory', () => {
  it('makes distinct keys that no given version uses', () => {
    const taken = [{ key: 's', heading: 'h', paragraphs: [{ key: 'p', number: '1', text: 't' }] }];
    const next = keyFactory(taken, null, undefined);
    const keys = Array.from({ length: 2_000 }, () => next());
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((k) => /^[0-9a-f]{12}$/.test(k))).toBe(true);
    expect(keys).not.toContain('s');
    expect(keys).not.toContain('p');
  });
});
