import { Injectable, Logger } from '@nestjs/common';
import type { PasswordResetRequest } from '@concordia/contracts';
import type { Models, UserRecord } from '@concordia/dal';
import { ServiceUnavailableError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { PasswordResetLinks } from '../password-reset-links.service';

/**
 * "Forgot your password?": emails a link to choose a new one. The answer is the same whether an
 * account uses the address, is disabled, or has had its share of links this hour, so the form
 * tells nobody which addresses have accounts.
 */
@Injectable()
export class RequestPasswordResetUseCase {
  private readonly logger = new Logger(RequestPasswordResetUseCase.name);

  constructor(
    @InjectModels() private readonly models: Models,
    private readonly links: PasswordResetLinks,
  ) {}

  async execute(request: PasswordResetRequest): Promise<void> {
    const user = await this.models.users
      .findOne({ email: request.email })
      .select({ disabled: 1 })
      .lean<Pick<UserRecord, '_id' | 'disabled'>>()
      .exec();
    if (!user || user.disabled) return;
    try {
      const result = await this.links.issue(user);
      this.logger.log({ userId: user._id.toHexString(), sent: result.sent }, 'password reset link asked for');
    } catch (error) {
      // Redis or the queue is down: say so rather than let the person wait for an email.
      this.logger.error({ err: error }, 'password reset link not issued');
      throw new ServiceUnavailableError('The email cannot be sent just now; try again in a few minutes');
    }
  }
}
