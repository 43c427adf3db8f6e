import type { TFunction } from 'i18next';
import { z } from 'zod';
import { validate, withFieldErrors, type Validated } from './validation';

/** Returns the key asked for, so a test reads which sentence a person would get. */
const t = ((key: string) => key) as unknown as TFunction;

describe('validate', () => {
  const schema = z.object({
    code: z.string().regex(/^[A-Z]{2,12}$/),
    chairUserId: z.string().regex(/^[0-9a-f]{24}$/),
    opensAt: z.iso.datetime({ offset: true }),
    name: z.string().min(1),
  });

  it('says a field left empty is required, not badly formatted', () => {
    const checked = validate(schema, { code: '', chairUserId: '', opensAt: '  ', name: '' }, t);
    expect(checked).toEqual({
      ok: false,
      errors: {
        code: 'validation.required',
        chairUserId: 'validation.required',
        opensAt: 'validation.required',
        name: 'validation.required',
      },
    });
  });

  it('still says a filled field is badly formatted', () => {
    const checked = validate(schema, { code: 'mx', chairUserId: 'someone', opensAt: 'tomorrow', name: 'A' }, t);
    expect(checked).toEqual({
      ok: false,
      errors: { code: 'validation.format', chairUserId: 'validation.format', opensAt: 'validation.format' },
    });
  });

  it('reads nested values by their path', () => {
    const nested = z.object({ window: z.object({ closesAt: z.iso.datetime({ offset: true }) }) });
    expect(validate(nested, { window: { closesAt: '' } }, t)).toEqual({
      ok: false,
      errors: { 'window.closesAt': 'validation.required' },
    });
  });
});

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
