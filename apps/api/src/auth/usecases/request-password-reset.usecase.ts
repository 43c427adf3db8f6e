import { Injectable, Logger } from '@nestjs/common';
import type { PasswordResetRequest } from '@concordia/contracts';
import type { Models, UserRecord } from '@concordia/dal';
import { InjectModels } from '../../infra/database.module';
import { PasswordResetLinks } from '../password-reset-links.service';

/**
 * "Forgot your password?": emails a link to choose a new one. The answer is the same, and as
 * quick, whether an account uses the address, is disabled, or has had its share of links this
 * hour: the link is issued after the answer, so neither the words nor the time of the answer
 * tell anyone which addresses have accounts (as sign-in hashes a password even for none).
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
    void this.links.issue(user).then(
      (result) =>
        this.logger.log({ userId: user._id.toHexString(), sent: result.sent }, 'password reset link asked for'),
      // Redis or the queue down: the person asks again; the log says why nothing came.
      (error: unknown) => this.logger.error({ err: error }, 'password reset link not issued'),
    );
  }
}
