import { Injectable } from '@nestjs/common';
import type { CreatedInvitation, CreateInvitationRequest } from '@concordia/contracts';
import type { Models, UserRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import { generateOpaqueToken, hashOpaqueToken } from '../../auth/opaque-token';
import { AuditLogService } from '../../audit/audit-log.service';
import { ProcessAccessService } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { MembershipWriter, membershipExists } from '../../processes/membership-writer.service';
import { InvitationDescriber } from '../invitation-describer.service';
import { InvitationEmailQueue } from '../invitation-email-queue.service';

export const acceptPathFor = (token: string): string => `/invitations/${token}`;

@Injectable()
export class CreateInvitationUseCase {
  constructor(
    private readonly access: ProcessAccessService,
    private readonly memberships: MembershipWriter,
    private readonly describer: InvitationDescriber,
    private readonly audit: AuditLogService,
    @InjectModels() private readonly models: Models,
    private readonly emails: InvitationEmailQueue,
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
    const token = generateOpaqueToken();
    const created = await this.models.invitations.create({
      email: request.email,
      processId: access.processId,
      role: request.role,
      delegationId: request.delegationId ? new Types.ObjectId(request.delegationId) : null,
      tokenHash: hashOpaqueToken(token),
      expiresAt: new Date(Date.now() + request.expiresInHours * 3600_000),
      createdBy: new Types.ObjectId(principal.userId),
    });
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'invitation.created',
      targetType: 'invitation',
      targetId: created._id,
      after: { email: request.email, role: request.role, delegationId: request.delegationId ?? null },
      summary: `${request.email} invited as ${request.role.replace(/_/g, ' ')}`,
      context: {},
    });
    const acceptPath = acceptPathFor(token);
    const language = await this.emails.languageFor(request.email, principal);
    const emailQueued = await this.emails.queue(created._id, token, language, 1);
    return { ...(await this.describer.describeOne(created.toObject())), token, acceptPath, emailQueued };
  }
}
