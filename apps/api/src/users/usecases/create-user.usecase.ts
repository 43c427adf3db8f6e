import { Injectable } from '@nestjs/common';
import { ErrorCode, type CreateUserRequest, type User } from '@concordia/contracts';
import { isDuplicateKeyError, type Models } from '@concordia/dal';
import { PasswordHasher } from '../../auth/password-hasher.service';
import { ConflictError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { toUser } from '../user.mapper';

export const emailTaken = () => new ConflictError(ErrorCode.EmailTaken, 'An account with this email already exists');

@Injectable()
export class CreateUserUseCase {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly hasher: PasswordHasher,
  ) {}

  async execute(request: CreateUserRequest): Promise<User> {
    const passwordHash = await this.hasher.hash(request.password);
    try {
      // The unique index on email decides, so two concurrent creations cannot both succeed.
      const created = await this.models.users.create({
        email: request.email,
        name: request.name,
        passwordHash,
        language: request.language,
        timeZone: request.timeZone,
        platformRoles: [...new Set(request.platformRoles)],
      });
      return toUser(created.toObject());
    } catch (error) {
      if (isDuplicateKeyError(error)) throw emailTaken();
      throw error;
    }
  }
}
