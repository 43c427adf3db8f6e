import { Injectable } from '@nestjs/common';
import type { MembershipList } from '@concordia/contracts';
import { ProcessAccessService } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { MembersReader } from '../members-reader.service';

@Injectable()
export class ListMembersUseCase {
  constructor(
    private readonly access: ProcessAccessService,
    private readonly members: MembersReader,
  ) {}

  async execute(principal: Principal, processId: string): Promise<MembershipList> {
    const access = await this.access.resolve(principal, processId, 'members.read');
    return { items: await this.members.list(access) };
  }
}
