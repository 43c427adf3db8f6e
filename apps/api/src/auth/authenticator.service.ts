import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@concordia/contracts';
import type { Models, UserRecord } from '@concordia/dal';
import { GenerationCache } from '../authz/generation-cache';
import type { Principal } from '../authz/principal';
import { WriteGenerations } from '../authz/write-generations.service';
import { ForbiddenError, UnauthorizedError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';
import { AccessTokenService } from './access-token.service';
import { RefreshSessionService } from './refresh-session.service';

type SignedInUser = Pick<UserRecord, 'name' | 'platformRoles' | 'disabled'>;

/** What a request needs to know beyond the token's signature. */
interface SessionState {
  user: SignedInUser | null;
  /** Epoch ms until which the session holds (0: ended). */
  liveUntil: number;
}

/** Turns an access token into a Principal; shared by the HTTP guard and the socket middleware. */
@Injectable()
export class Authenticator {
  private readonly states = new GenerationCache<SessionState>(20_000, 30_000);

  constructor(
    private readonly tokens: AccessTokenService,
    private readonly sessions: RefreshSessionService,
    @InjectModels() private readonly models: Models,
    private readonly generations: WriteGenerations,
  ) {}

  /**
   * `httpRequest`: the principal lives for that one request, and carries the write generations
   * read for it (from its arrival, see WriteGenerations.prefetch) to its later access checks. A
   * socket's principal lives for the connection, so it never does. `speculative`: see
   * AccessSpeculation.
   */
  async authenticate(token: string | undefined, httpRequest?: object, speculative = false): Promise<Principal> {
    if (!token) throw new UnauthorizedError(ErrorCode.AuthRequired, 'Sign in to continue');
    // Checked on every request, so disabling a user or ending a session takes effect at once:
    // the state is remembered only under the generation of the users and sessions it was read at.
    const request = httpRequest ?? {};
    const [claims, generation] = await Promise.all([
      this.tokens.verify(token),
      this.generations.read(['users', 'refresh_sessions'], request, true, speculative && httpRequest !== undefined),
    ]);
    const { user, liveUntil } = await this.states.get(
      `${claims.sub}:${claims.sid}`,
      generation,
      () => this.load(claims.sub, claims.sid),
      (state) => state.liveUntil,
    );
    if (!user) throw new UnauthorizedError(ErrorCode.AuthTokenInvalid, 'The access token is not valid');
    if (user.disabled) throw new ForbiddenError('This account is disabled', ErrorCode.AuthAccountDisabled);
    if (liveUntil <= Date.now()) {
      throw new UnauthorizedError(ErrorCode.AuthTokenInvalid, 'This session has ended; sign in again');
    }
    const principal: Principal = {
      userId: claims.sub,
      name: user.name,
      sessionId: claims.sid,
      platformRoles: [...user.platformRoles],
      tokenExpiresAt: claims.expiresAt,
    };
    if (httpRequest) this.generations.carry(request, principal);
    return principal;
  }

  private async load(userId: string, sessionId: string): Promise<SessionState> {
    const [user, liveUntil] = await Promise.all([
      this.models.users.findById(userId).select({ name: 1, platformRoles: 1, disabled: 1 }).lean<SignedInUser>().exec(),
      this.sessions.liveUntil(sessionId),
    ]);
    return { user, liveUntil: liveUntil?.getTime() ?? 0 };
  }
}

/** Reads `Authorization: Bearer <token>`; any other shape counts as a bad token, absence as none. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? '<malformed>';
}
