import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@concordia/contracts';
import type { Models, UserRecord } from '@concordia/dal';
import { ForbiddenError, UnauthorizedError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';
import type { Principal } from '../authz/principal';
import { AccessTokenService } from './access-token.service';
import { RefreshSessionService } from './refresh-session.service';

/** Turns an access token into a Principal; shared by the HTTP guard and the socket middleware. */
@Injectable()
export class Authenticator {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly sessions: RefreshSessionService,
    @InjectModels() private readonly models: Models,
  ) {}

  async authenticate(token: string | undefined): Promise<Principal> {
    if (!token) throw new UnauthorizedError(ErrorCode.AuthRequired, 'Sign in to continue');
    const claims = await this.tokens.verify(token);
    // Checked on every request, so disabling a user or ending a session takes effect at once.
    const [user, live] = await Promise.all([
      this.models.users
        .findById(claims.sub)
        .select({ name: 1, platformRoles: 1, disabled: 1 })
        .lean<Pick<UserRecord, 'name' | 'platformRoles' | 'disabled'>>()
        .exec(),
      this.sessions.isLive(claims.sid),
    ]);
    if (!user) throw new UnauthorizedError(ErrorCode.AuthTokenInvalid, 'The access token is not valid');
    if (user.disabled) throw new ForbiddenError('This account is disabled', ErrorCode.AuthAccountDisabled);
    if (!live) throw new UnauthorizedError(ErrorCode.AuthTokenInvalid, 'This session has ended; sign in again');
    return { userId: claims.sub, name: user.name, sessionId: claims.sid, platformRoles: [...user.platformRoles] };
  }
}

/** Reads `Authorization: Bearer <token>`; any other shape counts as a bad token, absence as none. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? '<malformed>';
}
