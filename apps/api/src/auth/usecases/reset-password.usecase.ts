import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode, type ResetPasswordRequest } from '@concordia/contracts';
import { LockResources, type Models, type UserRecord } from '@concordia/dal';
import { ForbiddenError, GoneError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { WriteLock } from '../../infra/write-lock.service';
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
    private readonly lock: WriteLock,
  ) {}

  async execute(request: ResetPasswordRequest): Promise<IssuedLogin> {
    // Hashed before the link is used up: a failure here must not cost the person their link.
    const passwordHash = await this.hasher.hash(request.newPassword);
    const link = await this.links.consume(request.token);
    if (!link) throw linkInvalid();
    // Read, checked and written in turn with an admin's edits: a disabling at that moment is neither
    // missed by the check nor undone by the write (FerretDB writes the whole document back).
    const user = await this.lock.run(LockResources.user(link.userId), async () => {
      const found = await this.models.users.findById(link.userId).lean<UserRecord>().exec();
      if (!found) throw linkInvalid();
      if (found.disabled) throw new ForbiddenError('This account is disabled', ErrorCode.AuthAccountDisabled);
      await this.models.users.updateOne({ _id: found._id }, { $set: { passwordHash, lockedUntil: null } }).exec();
      return found;
    });
    const userId = user._id.toHexString();
    await this.sessions.revokeAll(userId);
    await this.failures.reset(userId);
    this.logger.log({ userId }, 'password reset from an emailed link');
    return this.issuer.startSession({ ...user, passwordHash, lockedUntil: null });
  }
}
