import { JwtService } from '@nestjs/jwt';
import { ErrorCode } from '@concordia/contracts';
import type { AppConfig } from '../config/app-config';
import { parseConfig } from '../config/parse-config';
import { DomainError } from '../errors/domain-errors';
import { AccessTokenService } from './access-token.service';

const config: AppConfig = parseConfig({
  NODE_ENV: 'test',
  JWT_ACCESS_SECRET: 'x'.repeat(40),
  ACCESS_TOKEN_TTL_SECONDS: '60',
});
const jwt = new JwtService({ secret: config.auth.jwtAccessSecret, signOptions: { algorithm: 'HS256' } });
const service = new AccessTokenService(jwt, config);
const claims = { sub: '64b000000000000000000001', sid: '64b000000000000000000002' };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a domain error';
  }
}

describe('AccessTokenService', () => {
  it('round-trips its claims, with the moment the token expires', async () => {
    const before = Date.now();
    const token = await service.sign(claims);
    const verified = await service.verify(token);
    expect(verified).toMatchObject(claims);
    // exp has whole seconds: the token expires within a second of the TTL from its signing.
    expect(verified.expiresAt).toBeGreaterThan(before + 59_000);
    expect(verified.expiresAt).toBeLessThanOrEqual(Date.now() + 60_000);
  });

  it('refuses a token it verified earlier once that token has expired', async () => {
    const token = await service.sign(claims);
    expect(await codeOf(service.verify(token))).toBe('no error');
    jest.useFakeTimers({ now: Date.now() + 61_000 });
    try {
      expect(await codeOf(service.verify(token))).toBe(ErrorCode.AuthTokenExpired);
    } finally {
      jest.useRealTimers();
    }
  });

  it('never remembers a refused token as verified', async () => {
    const forged = new JwtService({ secret: 'y'.repeat(40) }).sign(claims, { expiresIn: 60 });
    expect(await codeOf(service.verify(forged))).toBe(ErrorCode.AuthTokenInvalid);
    expect(await codeOf(service.verify(forged))).toBe(ErrorCode.AuthTokenInvalid);
  });

  it('refuses a token that would never expire', async () => {
    const forever = jwt.sign(claims);
    expect(await codeOf(service.verify(forever))).toBe(ErrorCode.AuthTokenInvalid);
  });

  it('reports an expired token as AUTH_TOKEN_EXPIRED', async () => {
    const token = jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 });
    expect(await codeOf(service.verify(token))).toBe(ErrorCode.AuthTokenExpired);
  });

  it('reports forged, garbage and wrong-shape tokens as AUTH_TOKEN_INVALID', async () => {
    const forged = new JwtService({ secret: 'y'.repeat(40) }).sign(claims, { expiresIn: 60 });
    expect(await codeOf(service.verify(forged))).toBe(ErrorCode.AuthTokenInvalid);
    expect(await codeOf(service.verify('not.a.jwt'))).toBe(ErrorCode.AuthTokenInvalid);
    const noSid = jwt.sign({ sub: claims.sub }, { expiresIn: 60 });
    expect(await codeOf(service.verify(noSid))).toBe(ErrorCode.AuthTokenInvalid);
    const badId = jwt.sign({ sub: 'admin', sid: claims.sid }, { expiresIn: 60 });
    expect(await codeOf(service.verify(badId))).toBe(ErrorCode.AuthTokenInvalid);
  });

  it('refuses an unsigned (alg none) token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(Date.now() / 1000) + 60 })).toString(
      'base64url',
    );
    expect(await codeOf(service.verify(`${header}.${body}.`))).toBe(ErrorCode.AuthTokenInvalid);
  });
});
