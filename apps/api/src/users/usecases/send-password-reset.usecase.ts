import { Injectable } from '@nestjs/common';
import { ErrorCode, PASSWORD_RESET_EMAILS_PER_HOUR } from '@concordia/contracts';
import type { Models, UserRecord } from '@concordia/dal';
import { PasswordResetLinks } from '../../auth/password-reset-links.service';
import { ConflictError, NotFoundError, TooManyRequestsError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';

/**
 * An admin sends someone the link to choose a new password (the person asked by phone, or is
 * locked out before a session). The same link, limits and email as "Forgot your password?", but
 * the admin is told plainly what happened: they know the account exists.
 */
@Injectable()
export class SendPasswordResetUseCase {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly links: PasswordResetLinks,
  ) {}

  async execute(userId: string): Promise<void> {
    const user = await this.models.users
      .findById(userId)
      .select({ disabled: 1 })
      .lean<Pick<UserRecord, '_id' | 'disabled'>>()
      .exec();
    if (!user) throw new NotFoundError('User not found');
    if (user.disabled) {
      throw new ConflictError(
        ErrorCode.AuthAccountDisabled,
        'This account is disabled: enable it before sending a link',
      );
    }
    const result = await this.links.issue(user);
    if (!result.sent) {
      throw new TooManyRequestsError(
        `This account was sent ${PASSWORD_RESET_EMAILS_PER_HOUR} links in the last hour: try again in ${result.retryAfterSeconds} seconds`,
        result.retryAfterSeconds,
      );
    }
  }
}
