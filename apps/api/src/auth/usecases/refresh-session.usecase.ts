import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@concordia/contracts';
import type { Models, UserRecord } from '@concordia/dal';
import { ForbiddenError, UnauthorizedError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { LoginIssuer, type IssuedLogin } from '../login-issuer.service';
import { RefreshSessionService } from '../refresh-session.service';

@Injectable()
export class RefreshSessionUseCase {
  constructor(
    private readonly sessions: RefreshSessionService,
    private readonly issuer: LoginIssuer,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(refreshToken: string | undefined): Promise<IssuedLogin> {
    const refresh = await this.sessions.rotate(refreshToken, async (userId) => {
      const user = await this.models.users
        .findById(userId)
        .select({ disabled: 1 })
        .lean<Pick<UserRecord, 'disabled'>>()
        .exec();
      if (!user) throw new UnauthorizedError(ErrorCode.AuthRefreshInvalid, 'The account no longer exists');
      if (user.disabled) throw new ForbiddenError('This account is disabled', ErrorCode.AuthAccountDisabled);
    });
    return this.issuer.issueFor(refresh);
  }
}
