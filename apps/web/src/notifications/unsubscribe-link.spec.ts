import { ErrorCode } from '@concordia/contracts';
import { ApiError } from '../api/api-error';
import { isDeadLink, linkLanguage, readUnsubscribeLink } from './unsubscribe-link';

const TOKEN = 'a'.repeat(32);

describe('an unsubscribe link', () => {
  it('reads a whole link as the request to send', () => {
    expect(readUnsubscribeLink(new URLSearchParams({ token: TOKEN, type: 'round.opened' }))).toEqual({
      token: TOKEN,
      type: 'round.opened',
    });
  });

  it.each([
    ['a cut token', { token: TOKEN.slice(0, 10), type: 'round.opened' }],
    ['a tampered token', { token: `${TOKEN}<script>`, type: 'round.opened' }],
    ['no token', { type: 'round.opened' }],
    ['an unknown kind of email', { token: TOKEN, type: 'newsletter' }],
    ['no kind of email', { token: TOKEN }],
  ])('is not sent with %s', (_case, params: Record<string, string>) => {
    expect(readUnsubscribeLink(new URLSearchParams(params))).toBeNull();
  });

  it("names the email's language, which its page speaks; an unknown or missing one is ignored", () => {
    expect(linkLanguage(new URLSearchParams({ token: TOKEN, type: 'round.opened', lang: 'fr' }))).toBe('fr');
    expect(linkLanguage(new URLSearchParams({ token: TOKEN, type: 'round.opened', lang: 'de' }))).toBeNull();
    expect(linkLanguage(new URLSearchParams({ token: TOKEN, type: 'round.opened' }))).toBeNull();
  });

  it('is dead when the API knows no such token, or finds it malformed', () => {
    expect(isDeadLink(new ApiError(404, ErrorCode.UnsubscribeInvalid, 'not valid', 'r1'))).toBe(true);
    expect(isDeadLink(new ApiError(400, ErrorCode.ValidationFailed, 'invalid', 'r2'))).toBe(true);
  });

  it('is not called dead when the server could not be reached or failed', () => {
    expect(isDeadLink(ApiError.network(new Error('offline')))).toBe(false);
    expect(isDeadLink(new ApiError(500, ErrorCode.Internal, 'boom', 'r3'))).toBe(false);
    expect(isDeadLink(new Error('anything'))).toBe(false);
  });
});
