import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@concordia/contracts';
import type { InvitationRecord, Models } from '@concordia/dal';
import { Types } from 'mongoose';
import { hiding, type ProcessAccess, ProcessAccessService } from '../authz/process-access.service';
import type { Principal } from '../authz/principal';
import { ConflictError, NotFoundError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';
import { WriteLock } from '../infra/write-lock.service';

const notFound = () => new NotFoundError('This invitation does not exist', ErrorCode.InvitationNotFound);

export const notPending = (invitation: InvitationRecord) =>
  new ConflictError(
    ErrorCode.InvitationNotPending,
    invitation.acceptedAt ? 'This invitation has already been accepted' : 'This invitation was revoked',
  );

/**
 * An invitation changed by its process's secretariat (revoke, resend). Serialised with accepting
 * it (same lock as AcceptInvitationUseCase) and re-read inside the lock, so a revoke and an
 * accept at once cannot both win.
 */
@Injectable()
export class ManagedInvitations {
  constructor(
    private readonly access: ProcessAccessService,
    @InjectModels() private readonly models: Models,
    private readonly lock: WriteLock,
  ) {}

  async run<T>(
    principal: Principal,
    invitationId: string,
    work: (invitation: InvitationRecord, access: ProcessAccess) => Promise<T>,
  ): Promise<T> {
    const id = new Types.ObjectId(invitationId);
    const found = await this.models.invitations.findById(id).select({ processId: 1 }).lean<InvitationRecord>().exec();
    if (!found) throw notFound();
    const access = await this.access.resolve(principal, found.processId, 'invitations.manage').catch(hiding(notFound));
    return this.lock.run(`invitation:${invitationId}`, async () => {
      const invitation = await this.models.invitations.findById(id).lean<InvitationRecord>().exec();
      if (!invitation) throw notFound();
      return work(invitation, access);
    });
  }
}
