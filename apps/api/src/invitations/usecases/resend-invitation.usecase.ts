import { Injectable } from '@nestjs/common';
import type { CreatedInvitation, ResendInvitationRequest } from '@concordia/contracts';
import type { InvitationRecord, Models, UserRecord } from '@concordia/dal';
import { AuditLogService } from '../../audit/audit-log.service';
import { generateOpaqueToken, hashOpaqueToken } from '../../auth/opaque-token';
import type { Principal } from '../../authz/principal';
import type { Types } from 'mongoose';
import { InjectModels } from '../../infra/database.module';
import { membershipExists } from '../../processes/membership-writer.service';
import { InvitationDescriber } from '../invitation-describer.service';
import { InvitationEmailQueue } from '../invitation-email-queue.service';
import { InvitationIssuer } from '../invitation-issuer.service';
import { ManagedInvitations, notPending } from '../managed-invitations.service';
import { acceptPathFor } from './create-invitation.usecase';

/**
 * Sends an invitation again (the invitee lost the email, or its link lapsed): a new link with a
 * new expiry replaces the old one, which stops working, and the email goes out once more.
 */
@Injectable()
export class ResendInvitationUseCase {
  constructor(
    private readonly invitations: ManagedInvitations,
    private readonly describer: InvitationDescriber,
    private readonly emails: InvitationEmailQueue,
    private readonly audit: AuditLogService,
    private readonly issuer: InvitationIssuer,
    @InjectModels() private readonly models: Models,
  ) {}

  execute(principal: Principal, invitationId: string, request: ResendInvitationRequest): Promise<CreatedInvitation> {
    return this.invitations.run(principal, invitationId, async (invitation, access) => {
      if (invitation.acceptedAt || invitation.revokedAt) throw notPending(invitation);
      // Added directly since: the link would only answer MEMBERSHIP_EXISTS.
      const invitee = await this.models.users
        .findOne({ email: invitation.email })
        .select({ _id: 1 })
        .lean<Pick<UserRecord, '_id'>>()
        .exec();
      if (invitee && (await this.models.memberships.exists({ processId: access.processId, userId: invitee._id }))) {
        throw membershipExists();
      }
      // A lapsed link renewed while a newer invitation to the same person waits would make two.
      return this.issuer.whileNoOtherPending(access.processId, invitation.email, invitation._id, () =>
        this.renew(principal, invitation, access.processId, request),
      );
    });
  }

  private async renew(
    principal: Principal,
    invitation: InvitationRecord,
    processId: Types.ObjectId,
    request: ResendInvitationRequest,
  ): Promise<CreatedInvitation> {
    const token = generateOpaqueToken();
    const sends = (invitation.sends ?? 1) + 1;
    const resent = await this.models.invitations
      .findOneAndUpdate(
        { _id: invitation._id, acceptedAt: null, revokedAt: null },
        {
          $set: {
            tokenHash: hashOpaqueToken(token),
            expiresAt: new Date(Date.now() + request.expiresInHours * 3600_000),
            sends,
          },
          $push: { replacedTokenHashes: invitation.tokenHash },
        },
        { returnDocument: 'after' },
      )
      .lean<InvitationRecord>()
      .exec();
    if (!resent) throw notPending(invitation);
    await this.audit.record({
      actor: principal,
      processId,
      action: 'invitation.resent',
      targetType: 'invitation',
      targetId: invitation._id,
      before: { expiresAt: invitation.expiresAt.toISOString() },
      after: { email: invitation.email, role: invitation.role, expiresAt: resent.expiresAt.toISOString() },
      summary: `Invitation of ${invitation.email} sent again`,
      context: {},
    });
    const language = await this.emails.languageFor(invitation.email, principal);
    const emailQueued = await this.emails.queue(invitation._id, token, language, sends);
    return { ...(await this.describer.describeOne(resent)), token, acceptPath: acceptPathFor(token), emailQueued };
  }
}
