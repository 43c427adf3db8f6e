import { Injectable, Logger } from '@nestjs/common';
import { type CreatedInvitation, type CreateInvitationRequest, type Language, QueueName } from '@concordia/contracts';
import type { Models, UserRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import { generateOpaqueToken, hashOpaqueToken } from '../../auth/opaque-token';
import { AuditLogService } from '../../audit/audit-log.service';
import { ProcessAccessService } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { JobQueue } from '../../infra/job-queue.service';
import { MembershipWriter, membershipExists } from '../../processes/membership-writer.service';
import { InvitationDescriber } from '../invitation-describer.service';

export const acceptPathFor = (token: string): string => `/invitations/${token}`;

@Injectable()
export class CreateInvitationUseCase {
  private readonly logger = new Logger(CreateInvitationUseCase.name);

  constructor(
    private readonly access: ProcessAccessService,
    private readonly memberships: MembershipWriter,
    private readonly describer: InvitationDescriber,
    private readonly audit: AuditLogService,
    @InjectModels() private readonly models: Models,
    private readonly jobs: JobQueue,
  ) {}

  async execute(principal: Principal, request: CreateInvitationRequest): Promise<CreatedInvitation> {
    const access = await this.access.resolve(principal, request.processId, 'invitations.manage');
    // Same rules as a direct add, checked now rather than when the invitee accepts.
    await this.memberships.validate(request);
    const [invitee, inviter] = await Promise.all([
      this.models.users
        .findOne({ email: request.email })
        .select({ _id: 1, language: 1 })
        .lean<Pick<UserRecord, '_id' | 'language'>>()
        .exec(),
      this.models.users.findById(principal.userId).select({ language: 1 }).lean<Pick<UserRecord, 'language'>>().exec(),
    ]);
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
    // In the invitee's language when they have an account, else in the inviter's.
    const language = invitee?.language ?? inviter?.language ?? 'en';
    const emailQueued = await this.queueEmail(created._id, token, language);
    return { ...(await this.describer.describeOne(created.toObject())), token, acceptPath, emailQueued };
  }

  /**
   * The worker emails the link. The invitation stands even when the queue cannot take the job
   * (Redis down): the inviter is told, and the link shown once is theirs to send.
   */
  private async queueEmail(invitationId: Types.ObjectId, token: string, language: Language): Promise<boolean> {
    const id = invitationId.toHexString();
    try {
      await this.jobs.add(
        QueueName.Notifications,
        'send-invitation',
        { invitationId: id, token, language },
        { jobId: `invitation-${id}`, removeOnComplete: true },
      );
      return true;
    } catch (error) {
      this.logger.warn(
        { invitationId: id, error: error instanceof Error ? error.message : String(error) },
        'invitation email not queued',
      );
      return false;
    }
  }
}
