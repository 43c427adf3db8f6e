import { Injectable } from '@nestjs/common';
import { ErrorCode, FieldIssueCode, type ChangePasswordRequest } from '@concordia/contracts';
import { LockResources, type Models, type UserRecord } from '@concordia/dal';
import type { Principal } from '../../authz/principal';
import { BadRequestError, UnauthorizedError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { WriteLock } from '../../infra/write-lock.service';
import { PasswordHasher } from '../password-hasher.service';
import { RefreshSessionService } from '../refresh-session.service';

@Injectable()
export class ChangePasswordUseCase {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly hasher: PasswordHasher,
    private readonly sessions: RefreshSessionService,
    private readonly lock: WriteLock,
  ) {}

  async execute(principal: Principal, request: ChangePasswordRequest): Promise<void> {
    const user = await this.models.users.findById(principal.userId).lean<UserRecord>().exec();
    if (!user) throw new UnauthorizedError(ErrorCode.AuthTokenInvalid, 'The account no longer exists');
    if (!(await this.hasher.verify(user.passwordHash, request.currentPassword))) {
      throw new BadRequestError(ErrorCode.AuthWrongPassword, 'The current password is incorrect', [
        { path: 'currentPassword', code: ErrorCode.AuthWrongPassword, message: 'is incorrect' },
      ]);
    }
    if (request.newPassword === request.currentPassword) {
      throw new BadRequestError(ErrorCode.AuthWeakPassword, 'The new password must differ from the current one', [
        { path: 'newPassword', code: FieldIssueCode.SameAsCurrent, message: 'must differ from the current password' },
      ]);
    }
    const passwordHash = await this.hasher.hash(request.newPassword);
    // Serialised with an admin's edits: FerretDB writes the whole document back.
    await this.lock.run(LockResources.user(user._id), () =>
      this.models.users.updateOne({ _id: user._id }, { $set: { passwordHash } }).exec(),
    );
    // Whoever else holds a session of this account (perhaps the reason for the change) is signed out.
    await this.sessions.revokeOthers(principal.userId, principal.sessionId);
  }
}
