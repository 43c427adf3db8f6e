import { Injectable } from '@nestjs/common';
import type { InvitationList } from '@concordia/contracts';
import type { InvitationRecord, Models } from '@concordia/dal';
import { ProcessAccessService } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { InvitationDescriber } from '../invitation-describer.service';

@Injectable()
export class ListInvitationsUseCase {
  constructor(
    private readonly access: ProcessAccessService,
    private readonly describer: InvitationDescriber,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, processId: string): Promise<InvitationList> {
    const access = await this.access.resolve(principal, processId, 'invitations.manage');
    const invitations = await this.models.invitations
      .find({ processId: access.processId })
      .sort({ createdAt: -1 })
      .lean<InvitationRecord[]>()
      .exec();
    return { items: await this.describer.describe(invitations) };
  }
}
