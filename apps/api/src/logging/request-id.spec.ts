import { pickRequestId } from './request-id';

describe('pickRequestId', () => {
  it('keeps a sane incoming id', () => {
    expect(pickRequestId('abc-123_x.y:z')).toBe('abc-123_x.y:z');
    expect(pickRequestId(['first', 'second'])).toBe('first');
  });

  it('replaces a missing, empty, too long or unsafe id with a uuid', () => {
    const uuid = /^[0-9a-f-]{36}$/;
    expect(pickRequestId(undefined)).toMatch(uuid);
    expect(pickRequestId('')).toMatch(uuid);
    expect(pickRequestId('x'.repeat(129))).toMatch(uuid);
    expect(pickRequestId('evil\nline')).toMatch(uuid);
    expect(pickRequestId('<script>')).toMatch(uuid);
  });
});
