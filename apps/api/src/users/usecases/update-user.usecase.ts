import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode, type UpdateUserRequest, type User } from '@concordia/contracts';
import { isDuplicateKeyError, LockResources, type Models, type UserRecord } from '@concordia/dal';
import { RefreshSessionService } from '../../auth/refresh-session.service';
import type { Principal } from '../../authz/principal';
import { ConflictError, NotFoundError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { WriteLock } from '../../infra/write-lock.service';
import { toUser } from '../user.mapper';
import { emailTaken } from './create-user.usecase';

const lastAdmin = () =>
  new ConflictError(
    ErrorCode.LastAdmin,
    'The platform would have no enabled admin left to manage accounts: make someone else admin first',
  );

const isEnabledAdmin = (user: Pick<UserRecord, 'platformRoles' | 'disabled'>): boolean =>
  user.platformRoles.includes('admin') && !user.disabled;

/**
 * An admin corrects an account (name, email), changes its platform roles, or disables it: a
 * disabled account is refused at its next request, its sessions and live connections end at once,
 * and what it wrote stays under its name. The platform always keeps one enabled admin.
 */
@Injectable()
export class UpdateUserUseCase {
  private readonly logger = new Logger(UpdateUserUseCase.name);

  constructor(
    @InjectModels() private readonly models: Models,
    private readonly lock: WriteLock,
    private readonly sessions: RefreshSessionService,
  ) {}

  async execute(admin: Principal, userId: string, request: UpdateUserRequest): Promise<User> {
    const changes: Partial<Pick<UserRecord, 'email' | 'name' | 'platformRoles' | 'disabled'>> = {};
    if (request.email !== undefined) changes.email = request.email;
    if (request.name !== undefined) changes.name = request.name;
    if (request.platformRoles !== undefined) changes.platformRoles = [...new Set(request.platformRoles)];
    if (request.disabled !== undefined) changes.disabled = request.disabled;

    const { before, after } = await this.lock.run(LockResources.platformAdmins(), () =>
      this.lock.run(LockResources.user(userId), async () => {
        const user = await this.models.users.findById(userId).lean<UserRecord>().exec();
        if (!user) throw new NotFoundError('User not found');
        const next = { ...user, ...changes };
        if (isEnabledAdmin(user) && !isEnabledAdmin(next)) {
          const others = await this.models.users
            .countDocuments({ platformRoles: 'admin', disabled: false, _id: { $ne: user._id } })
            .exec();
          if (others === 0) throw lastAdmin();
        }
        try {
          await this.models.users.updateOne({ _id: user._id }, { $set: changes }).exec();
        } catch (error) {
          if (isDuplicateKeyError(error)) throw emailTaken();
          throw error;
        }
        return { before: user, after: next };
      }),
    );
    if (after.disabled && !before.disabled) await this.sessions.revokeAll(userId);
    this.logger.log(
      { adminId: admin.userId, userId, fields: Object.keys(changes), disabled: after.disabled },
      'account changed by an admin',
    );
    return toUser(after);
  }
}
