import { Injectable } from '@nestjs/common';
import type { UserList } from '@concordia/contracts';
import type { Models, UserRecord } from '@concordia/dal';
import { InjectModels } from '../../infra/database.module';
import { toUser } from '../user.mapper';

@Injectable()
export class ListUsersUseCase {
  constructor(@InjectModels() private readonly models: Models) {}

  async execute(): Promise<UserList> {
    const users = await this.models.users.find().sort({ email: 1 }).lean<UserRecord[]>().exec();
    const now = new Date();
    return { items: users.map((user) => toUser(user, now)) };
  }
}
