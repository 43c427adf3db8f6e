import { Injectable } from '@nestjs/common';
import type { CreatedInvitation, CreateInvitationRequest } from '@concordia/contracts';
import type { Models, UserRecord } from '@concordia/dal';
import { ProcessAccessService } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { MembershipWriter, membershipExists } from '../../processes/membership-writer.service';
import { InvitationDescriber } from '../invitation-describer.service';
import { InvitationIssuer } from '../invitation-issuer.service';

export const acceptPathFor = (token: string): string => `/invitations/${token}`;

@Injectable()
export class CreateInvitationUseCase {
  constructor(
    private readonly access: ProcessAccessService,
    private readonly memberships: MembershipWriter,
    private readonly describer: InvitationDescriber,
    private readonly issuer: InvitationIssuer,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, request: CreateInvitationRequest): Promise<CreatedInvitation> {
    const access = await this.access.resolve(principal, request.processId, 'invitations.manage');
    // Same rules as a direct add, checked now rather than when the invitee accepts.
    await this.memberships.validate(request);
    const invitee = await this.models.users
      .findOne({ email: request.email })
      .select({ _id: 1 })
      .lean<Pick<UserRecord, '_id'>>()
      .exec();
    if (
      invitee &&
      (await this.models.memberships.exists({ processId: access.processId, userId: invitee._id }).exec())
    ) {
      throw membershipExists();
    }
    // A second link to the same person would leave two live ones ("send again" renews the first):
    // the issuer refuses it with 409 INVITATION_PENDING.
    const { record, token, emailQueued } = await this.issuer.issue(principal, access.processId, {
      email: request.email,
      role: request.role,
      delegationId: request.delegationId ?? null,
      expiresInHours: request.expiresInHours,
      language: null,
    });
    return { ...(await this.describer.describeOne(record)), token, acceptPath: acceptPathFor(token), emailQueued };
  }
}
