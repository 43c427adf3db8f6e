import { Injectable } from '@nestjs/common';
import { ErrorCode, type CreateUserRequest, type Language, type User } from '@concordia/contracts';
import { isDuplicateKeyError, type Models, type UserRecord } from '@concordia/dal';
import { PasswordHasher } from '../../auth/password-hasher.service';
import type { Principal } from '../../authz/principal';
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

  async execute(admin: Principal, request: CreateUserRequest): Promise<User> {
    const [passwordHash, language] = await Promise.all([
      this.hasher.hash(request.password),
      request.language ?? this.languageOf(admin),
    ]);
    try {
      // The unique index on email decides, so two concurrent creations cannot both succeed.
      const created = await this.models.users.create({
        email: request.email,
        name: request.name,
        passwordHash,
        language,
        timeZone: request.timeZone,
        platformRoles: [...new Set(request.platformRoles)],
      });
      return toUser(created.toObject());
    } catch (error) {
      if (isDuplicateKeyError(error)) throw emailTaken();
      throw error;
    }
  }

  /** A new colleague most likely shares the language of the admin who signs them up. */
  private async languageOf(admin: Principal): Promise<Language> {
    const record = await this.models.users
      .findById(admin.userId)
      .select({ language: 1 })
      .lean<Pick<UserRecord, 'language'>>()
      .exec();
    return record?.language ?? 'en';
  }
}
