import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@concordia/contracts';
import { LockResources, type Models, type UserRecord } from '@concordia/dal';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ForbiddenError, LockedError, UnauthorizedError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';
import { WriteLock } from '../infra/write-lock.service';
import { LoginFailureCounter } from './login-failure-counter.service';
import { PasswordHasher } from './password-hasher.service';

/** One message whether or not the email exists, so sign-in does not reveal accounts. */
export const INVALID_CREDENTIALS_MESSAGE = 'The email or password is incorrect';

const locked = () =>
  new LockedError(ErrorCode.AuthAccountLocked, 'Too many failed sign-in attempts: the account is locked for a while');

/** Password checks with lockout, shared by sign-in and invitation acceptance. */
@Injectable()
export class CredentialsService {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly hasher: PasswordHasher,
    private readonly failures: LoginFailureCounter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly lock: WriteLock,
  ) {}

  // FerretDB writes the whole document back: unserialised, this could undo an admin disabling the account.
  private async setLockedUntil(user: UserRecord, lockedUntil: Date | null): Promise<void> {
    await this.lock.run(LockResources.user(user._id), () =>
      this.models.users.updateOne({ _id: user._id }, { $set: { lockedUntil } }).exec(),
    );
  }

  async verifyEmailAndPassword(email: string, password: string): Promise<UserRecord> {
    const user = await this.models.users.findOne({ email }).lean<UserRecord>().exec();
    if (!user) {
      await this.hasher.verifyAgainstNothing(password);
      throw new UnauthorizedError(ErrorCode.AuthInvalidCredentials, INVALID_CREDENTIALS_MESSAGE);
    }
    return this.verifyPassword(user, password);
  }

  /**
   * A locked account is refused even with the right password. Failures are counted in Redis
   * (see LoginFailureCounter); the attempt that reaches the limit locks the account in the
   * database, where the lock is durable and an admin can lift it, and restarts the count.
   */
  async verifyPassword(user: UserRecord, password: string): Promise<UserRecord> {
    const now = new Date();
    const userId = user._id.toHexString();
    if (user.lockedUntil && user.lockedUntil > now) throw locked();
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      const count = await this.failures.recordFailure(userId);
      if (count >= this.config.auth.loginMaxFailures) {
        const lockedUntil = new Date(now.getTime() + this.config.auth.loginLockMinutes * 60_000);
        await this.setLockedUntil(user, lockedUntil);
        await this.failures.reset(userId);
        throw locked();
      }
      throw new UnauthorizedError(ErrorCode.AuthInvalidCredentials, INVALID_CREDENTIALS_MESSAGE);
    }
    if (user.disabled) throw new ForbiddenError('This account is disabled', ErrorCode.AuthAccountDisabled);
    await this.failures.reset(userId);
    if (user.lockedUntil !== null) {
      await this.setLockedUntil(user, null);
    }
    return user;
  }
}
