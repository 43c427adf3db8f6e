import { Injectable } from '@nestjs/common';
import type { Me, UpdateProfileRequest } from '@concordia/contracts';
import type { Models } from '@concordia/dal';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { MeService } from '../me.service';

@Injectable()
export class UpdateProfileUseCase {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly me: MeService,
  ) {}

  async execute(principal: Principal, request: UpdateProfileRequest): Promise<Me> {
    const changes = Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined));
    if (Object.keys(changes).length > 0) {
      await this.models.users.updateOne({ _id: principal.userId }, { $set: changes });
    }
    return this.me.forUserId(principal.userId);
  }
}
