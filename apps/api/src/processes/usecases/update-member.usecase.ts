import { Injectable } from '@nestjs/common';
import type { Membership, UpdateMemberRequest } from '@concordia/contracts';
import type { MembershipRecord, Models } from '@concordia/dal';
import { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import { ProcessAccessService } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { MemberChanges } from '../member-changes.service';
import { MemberSockets } from '../member-sockets.service';
import { MembersReader } from '../members-reader.service';
import { MembershipWriter } from '../membership-writer.service';

/** A member's new role or delegation: a delegate becomes head of delegation, someone moves delegation. */
@Injectable()
export class UpdateMemberUseCase {
  constructor(
    private readonly access: ProcessAccessService,
    private readonly changes: MemberChanges,
    private readonly writer: MembershipWriter,
    private readonly members: MembersReader,
    private readonly sockets: MemberSockets,
    private readonly audit: AuditLogService,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(
    principal: Principal,
    processId: string,
    membershipId: string,
    request: UpdateMemberRequest,
  ): Promise<Membership> {
    const access = await this.access.resolve(principal, processId, 'members.manage');
    return this.changes.run(access, membershipId, async (current) => {
      const next = {
        role: request.role ?? current.role,
        delegationId:
          request.delegationId !== undefined ? request.delegationId : (current.delegationId?.toHexString() ?? null),
      };
      await this.writer.validate(next);
      if (next.role !== 'secretariat') await this.changes.keepSecretariat(current);
      if (next.role !== current.role) await this.changes.keepChairs(current);
      const [before] = await this.members.describe([current]);
      const updated = await this.models.memberships
        .findOneAndUpdate(
          { _id: current._id },
          { $set: { role: next.role, delegationId: next.delegationId ? new Types.ObjectId(next.delegationId) : null } },
          { returnDocument: 'after' },
        )
        .lean<MembershipRecord>()
        .exec();
      if (!before || !updated) throw new Error('membership vanished during its update');
      const [after] = await this.members.describe([updated]);
      if (!after) throw new Error('membership vanished after its update');
      if (before.delegationId !== after.delegationId) {
        const keeps = await this.changes.stillInDelegation(current.userId, current.delegationId, current._id);
        this.sockets.moved(after.userId, keeps ? null : before.delegationId, after.delegationId);
      }
      await this.audit.record({
        actor: principal,
        processId: access.processId,
        action: 'membership.changed',
        targetType: 'membership',
        targetId: after.id,
        before: { userId: before.userId, role: before.role, delegationId: before.delegationId },
        after: { userId: after.userId, role: after.role, delegationId: after.delegationId },
        summary: `${after.userName} now ${after.role.replace(/_/g, ' ')}${after.delegationName ? ` (${after.delegationName})` : ''}`,
        context: { person: after.userName, ...(after.delegationName ? { delegation: after.delegationName } : {}) },
      });
      return after;
    });
  }
}
