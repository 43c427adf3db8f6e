import { withFieldErrors, type Validated } from './validation';

describe('withFieldErrors', () => {
  const valid: Validated<{ name: string }> = { ok: true, data: { name: 'Ana' } };
  const invalid: Validated<{ name: string }> = { ok: false, errors: { name: 'Required' } };

  it('keeps a result when there is nothing to add', () => {
    expect(withFieldErrors(valid, {})).toBe(valid);
    expect(withFieldErrors(invalid, {})).toBe(invalid);
  });

  it('fails a valid result that breaks a rule the schema cannot see', () => {
    expect(withFieldErrors(valid, { confirmation: 'Mismatch' })).toEqual({
      ok: false,
      errors: { confirmation: 'Mismatch' },
    });
  });

  it('reports the schema problems and the added ones together', () => {
    expect(withFieldErrors(invalid, { delegationId: 'Choose one' })).toEqual({
      ok: false,
      errors: { name: 'Required', delegationId: 'Choose one' },
    });
  });
});
