import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode, type ResetPasswordRequest } from '@concordia/contracts';
import type { Models, UserRecord } from '@concordia/dal';
import { ForbiddenError, GoneError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { LoginFailureCounter } from '../login-failure-counter.service';
import { LoginIssuer, type IssuedLogin } from '../login-issuer.service';
import { PasswordHasher } from '../password-hasher.service';
import { PasswordResetLinks } from '../password-reset-links.service';
import { RefreshSessionService } from '../refresh-session.service';

const linkInvalid = () =>
  new GoneError(
    ErrorCode.PasswordResetInvalid,
    'This link no longer works: it expired, was used, or a newer one was sent. Ask for a new one.',
  );

/**
 * Sets a new password from an emailed link and signs the person in. Whoever else held a session
 * of the account (perhaps why the password was forgotten, or shared) is signed out, and a lock
 * after failed sign-ins is lifted: the person has just proved they read the account's email.
 */
@Injectable()
export class ResetPasswordUseCase {
  private readonly logger = new Logger(ResetPasswordUseCase.name);

  constructor(
    @InjectModels() private readonly models: Models,
    private readonly links: PasswordResetLinks,
    private readonly hasher: PasswordHasher,
    private readonly sessions: RefreshSessionService,
    private readonly failures: LoginFailureCounter,
    private readonly issuer: LoginIssuer,
  ) {}

  async execute(request: ResetPasswordRequest): Promise<IssuedLogin> {
    // Hashed before the link is used up: a failure here must not cost the person their link.
    const passwordHash = await this.hasher.hash(request.newPassword);
    const link = await this.links.consume(request.token);
    if (!link) throw linkInvalid();
    const user = await this.models.users.findById(link.userId).lean<UserRecord>().exec();
    if (!user) throw linkInvalid();
    if (user.disabled) throw new ForbiddenError('This account is disabled', ErrorCode.AuthAccountDisabled);
    await this.models.users.updateOne({ _id: user._id }, { $set: { passwordHash, lockedUntil: null } }).exec();
    const userId = user._id.toHexString();
    await this.sessions.revokeAll(userId);
    await this.failures.reset(userId);
    this.logger.log({ userId }, 'password reset from an emailed link');
    return this.issuer.startSession({ ...user, passwordHash, lockedUntil: null });
  }
}
