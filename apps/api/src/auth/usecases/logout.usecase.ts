import { Injectable } from '@nestjs/common';
import { RefreshSessionService } from '../refresh-session.service';

@Injectable()
export class LogoutUseCase {
  constructor(private readonly sessions: RefreshSessionService) {}

  /** Idempotent: an unknown or absent token still "logs out" (the cookie is cleared anyway). */
  execute(refreshToken: string | undefined): Promise<void> {
    return this.sessions.revokeByToken(refreshToken);
  }
}
