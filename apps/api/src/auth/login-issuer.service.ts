import { Injectable } from '@nestjs/common';
import type { LoginResponse } from '@concordia/contracts';
import type { UserRecord } from '@concordia/dal';
import { AccessTokenService } from './access-token.service';
import { MeService } from './me.service';
import { RefreshSessionService, type IssuedRefreshToken } from './refresh-session.service';

/** What a successful sign-in produces: the body, and the refresh token for the cookie. */
export interface IssuedLogin {
  body: LoginResponse;
  refresh: IssuedRefreshToken;
}

@Injectable()
export class LoginIssuer {
  constructor(
    private readonly sessions: RefreshSessionService,
    private readonly tokens: AccessTokenService,
    private readonly me: MeService,
  ) {}

  /** Starts a new session family for the user. */
  async startSession(user: UserRecord): Promise<IssuedLogin> {
    const refresh = await this.sessions.start(user._id);
    return this.issue(refresh, await this.me.forUser(user));
  }

  /** Issues the access token that goes with an already created refresh token. */
  async issueFor(refresh: IssuedRefreshToken): Promise<IssuedLogin> {
    return this.issue(refresh, await this.me.forUserId(refresh.userId));
  }

  private async issue(refresh: IssuedRefreshToken, me: LoginResponse['me']): Promise<IssuedLogin> {
    const accessToken = await this.tokens.sign({ sub: refresh.userId, sid: refresh.familyId });
    return { body: { accessToken, expiresIn: this.tokens.ttlSeconds, me }, refresh };
  }
}
