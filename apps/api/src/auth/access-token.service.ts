import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { accessClaimsSchema, ErrorCode, objectIdSchema, type AccessClaims } from '@concordia/contracts';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UnauthorizedError } from '../errors/domain-errors';

export const ACCESS_TOKEN_ALGORITHM = 'HS256';

// Every token we sign expires; one without `exp` would be good forever, so it is not ours.
const claimsWithIds = accessClaimsSchema.extend({ sub: objectIdSchema, sid: objectIdSchema, exp: z.number().int() });

/** The claims of a valid token, and when it stops being valid (epoch ms). */
export type VerifiedClaims = AccessClaims & { expiresAt: number };

/** Maps a jsonwebtoken failure to our codes: only an expiry is worth telling apart (the client refreshes). */
export function accessTokenErrorCode(error: unknown): ErrorCode {
  return error instanceof Error && error.name === 'TokenExpiredError'
    ? ErrorCode.AuthTokenExpired
    : ErrorCode.AuthTokenInvalid;
}

@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  sign(claims: AccessClaims): Promise<string> {
    return this.jwt.signAsync({ sub: claims.sub, sid: claims.sid }, { expiresIn: this.ttlSeconds });
  }

  async verify(token: string): Promise<VerifiedClaims> {
    let payload: unknown;
    try {
      payload = await this.jwt.verifyAsync<Record<string, unknown>>(token, { algorithms: [ACCESS_TOKEN_ALGORITHM] });
    } catch (error) {
      const code = accessTokenErrorCode(error);
      throw new UnauthorizedError(
        code,
        code === ErrorCode.AuthTokenExpired ? 'The access token has expired' : 'The access token is not valid',
      );
    }
    const parsed = claimsWithIds.safeParse(payload);
    if (!parsed.success) throw new UnauthorizedError(ErrorCode.AuthTokenInvalid, 'The access token is not valid');
    return { sub: parsed.data.sub, sid: parsed.data.sid, expiresAt: parsed.data.exp * 1000 };
  }
}
