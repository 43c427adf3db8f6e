import { ApiError } from '../api/api-error';
import { translator } from '../testing/translator';
import { serverFieldErrors } from './validation';

/** A 400 as the API answers it: English messages for API clients, codes and numbers for us. */
const refused = new ApiError(400, 'VALIDATION_FAILED', 'The request is not valid', 'req-1', [
  {
    path: 'title',
    code: 'too_long',
    params: { maximum: 200 },
    message: 'Too big: expected string to have <=200 characters',
  },
  { path: 'email', code: 'invalid_email', message: 'must be a valid email address' },
  { path: 'name', code: 'required', message: 'Invalid input: expected string, received undefined' },
  { path: 'closesAt', code: 'ROUND_WINDOW_INVALID', message: 'must be after opensAt' },
  { path: 'future', code: 'some_code_from_a_newer_server', message: 'is refused for a new reason' },
]);

describe('field errors from the server are shown in the reader’s language', () => {
  it('in French, by their code and numbers', async () => {
    const errors = serverFieldErrors(refused, await translator('fr'));
    expect(errors).toEqual({
      title: 'Doit comporter au plus 200 caractères.',
      email: 'Saisissez une adresse électronique valide.',
      name: 'Ce champ est obligatoire.',
      closesAt: 'Le cycle doit se clore après son ouverture.',
      future: 'is refused for a new reason',
    });
  });

  it('in Spanish, with numbers written the Spanish way', async () => {
    const t = await translator('es');
    const long = new ApiError(400, 'VALIDATION_FAILED', 'not valid', 'req-2', [
      { path: 'body', code: 'too_long', params: { maximum: 10000 }, message: 'Too big' },
    ]);
    expect(serverFieldErrors(long, t).body).toMatch(/^Debe tener como máximo 10[.\s]000 caracteres\.$/u);
  });

  it('falls back to the server’s message only for a code it does not know', async () => {
    const t = await translator('en');
    expect(serverFieldErrors(refused, t).future).toBe('is refused for a new reason');
    expect(serverFieldErrors(refused, t).title).toBe('Must be at most 200 characters.');
  });
});
