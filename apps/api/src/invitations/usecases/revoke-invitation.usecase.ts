import { Injectable } from '@nestjs/common';
import type { Invitation } from '@concordia/contracts';
import type { InvitationRecord, Models } from '@concordia/dal';
import { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { InvitationDescriber } from '../invitation-describer.service';
import { ManagedInvitations, notPending } from '../managed-invitations.service';

/** Withdraws a pending (or expired) invitation: its link then answers INVITATION_REVOKED. */
@Injectable()
export class RevokeInvitationUseCase {
  constructor(
    private readonly invitations: ManagedInvitations,
    private readonly describer: InvitationDescriber,
    private readonly audit: AuditLogService,
    @InjectModels() private readonly models: Models,
  ) {}

  execute(principal: Principal, invitationId: string): Promise<Invitation> {
    return this.invitations.run(principal, invitationId, async (invitation, access) => {
      if (invitation.acceptedAt || invitation.revokedAt) throw notPending(invitation);
      const revoked = await this.models.invitations
        .findOneAndUpdate(
          { _id: invitation._id, acceptedAt: null, revokedAt: null },
          { $set: { revokedAt: new Date(), revokedBy: new Types.ObjectId(principal.userId) } },
          { returnDocument: 'after' },
        )
        .lean<InvitationRecord>()
        .exec();
      if (!revoked) throw notPending(invitation);
      await this.audit.record({
        actor: principal,
        processId: access.processId,
        action: 'invitation.revoked',
        targetType: 'invitation',
        targetId: invitation._id,
        before: { email: invitation.email, role: invitation.role },
        summary: `Invitation of ${invitation.email} revoked`,
        context: {},
      });
      return this.describer.describeOne(revoked);
    });
  }
}
