import { proofValue } from './outbox-proof';

describe('proofValue (how an outbox record names the value that proves its change)', () => {
  it('writes dates in ISO form, so a round deadline compares with what the use case staged', () => {
    expect(proofValue(new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-01T17:00:00.000Z');
  });

  it('writes strings, numbers and booleans as they are', () => {
    expect(proofValue('published')).toBe('published');
    expect(proofValue(3)).toBe('3');
    expect(proofValue(false)).toBe('false');
  });

  it('treats a missing value as null, which never matches a staged value', () => {
    expect(proofValue(undefined)).toBeNull();
    expect(proofValue(null)).toBeNull();
  });
});
