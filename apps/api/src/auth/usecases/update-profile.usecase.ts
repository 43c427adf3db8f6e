import { Injectable } from '@nestjs/common';
import type { Me, UpdateProfileRequest } from '@concordia/contracts';
import { LockResources, type Models } from '@concordia/dal';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { WriteLock } from '../../infra/write-lock.service';
import { MeService } from '../me.service';

@Injectable()
export class UpdateProfileUseCase {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly me: MeService,
    private readonly lock: WriteLock,
  ) {}

  async execute(principal: Principal, request: UpdateProfileRequest): Promise<Me> {
    const changes = Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined));
    if (Object.keys(changes).length > 0) {
      // FerretDB writes the whole document back: an admin's edit at the same moment would be lost.
      await this.lock.run(LockResources.user(principal.userId), () =>
        this.models.users.updateOne({ _id: principal.userId }, { $set: changes }).exec(),
      );
    }
    return this.me.forUserId(principal.userId);
  }
}
