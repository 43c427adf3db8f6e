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

/** Tokens remembered as verified; the map is cleared when full (see GenerationCache for why). */
const VERIFIED_MAX = 10_000;

@Injectable()
export class AccessTokenService {
  /**
   * A token's signature and claims are a pure function of the token and our key, so a token
   * verified once is not verified again on each request it signs (a quarter of a millisecond of
   * the hot path's CPU, see bench/README.md). Its expiry is still checked every time; whether
   * its session still holds is the Authenticator's check, never remembered here.
   */
  private readonly verified = new Map<string, VerifiedClaims>();

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

  /** The claims of a token verified before and not expired, without verifying anything now. */
  remembered(token: string): VerifiedClaims | undefined {
    const known = this.verified.get(token);
    return known && known.expiresAt > Date.now() ? known : undefined;
  }

  async verify(token: string): Promise<VerifiedClaims> {
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now()) return known;
    const claims = await this.verifySignature(token);
    if (this.verified.size >= VERIFIED_MAX) this.verified.clear();
    this.verified.set(token, Object.freeze(claims));
    return claims;
  }

  private async verifySignature(token: string): Promise<VerifiedClaims> {
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
