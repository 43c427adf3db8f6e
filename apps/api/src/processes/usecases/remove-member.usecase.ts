import { Injectable } from '@nestjs/common';
import type { Models } from '@concordia/dal';
import { AuditLogService } from '../../audit/audit-log.service';
import { ProcessAccessService } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { MemberChanges } from '../member-changes.service';
import { MemberSockets } from '../member-sockets.service';
import { MembersReader } from '../members-reader.service';

/**
 * Takes a person out of a process: they lose access at once (the access cache is keyed on the
 * memberships' write counter). What they wrote stays, under the name it was written with.
 * The last secretariat member cannot be removed, by others or by themselves.
 */
@Injectable()
export class RemoveMemberUseCase {
  constructor(
    private readonly access: ProcessAccessService,
    private readonly changes: MemberChanges,
    private readonly members: MembersReader,
    private readonly sockets: MemberSockets,
    private readonly audit: AuditLogService,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, processId: string, membershipId: string): Promise<void> {
    const access = await this.access.resolve(principal, processId, 'members.manage');
    await this.changes.run(access, membershipId, async (membership) => {
      await this.changes.keepSecretariat(membership);
      await this.changes.keepChairs(membership);
      const [described] = await this.members.describe([membership]);
      await this.models.memberships.deleteOne({ _id: membership._id }).exec();
      const keepsDelegation = await this.changes.stillInDelegation(
        membership.userId,
        membership.delegationId,
        membership._id,
      );
      this.sockets.removed(
        membership.userId.toHexString(),
        access.processId.toHexString(),
        keepsDelegation ? null : (membership.delegationId?.toHexString() ?? null),
      );
      await this.audit.record({
        actor: principal,
        processId: access.processId,
        action: 'membership.removed',
        targetType: 'membership',
        targetId: membership._id,
        before: {
          userId: membership.userId.toHexString(),
          role: membership.role,
          delegationId: membership.delegationId?.toHexString() ?? null,
        },
        summary: `${described?.userName ?? 'A member'} removed from the process`,
        context: described?.userName ? { person: described.userName } : {},
      });
    });
  }
}
