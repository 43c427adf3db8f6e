import { Injectable } from '@nestjs/common';
import type { User } from '@concordia/contracts';
import type { Models, UserRecord } from '@concordia/dal';
import { NotFoundError } from '../../errors/domain-errors';
import { LoginFailureCounter } from '../../auth/login-failure-counter.service';
import { InjectModels } from '../../infra/database.module';
import { toUser } from '../user.mapper';

@Injectable()
export class UnlockUserUseCase {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly failures: LoginFailureCounter,
  ) {}

  async execute(userId: string): Promise<User> {
    const user = await this.models.users
      .findOneAndUpdate({ _id: userId }, { $set: { lockedUntil: null } }, { returnDocument: 'after' })
      .lean<UserRecord>()
      .exec();
    if (!user) throw new NotFoundError('User not found');
    await this.failures.reset(userId);
    return toUser(user);
  }
}
