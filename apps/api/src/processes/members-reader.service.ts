import { Injectable } from '@nestjs/common';
import type { Membership } from '@concordia/contracts';
import type { DelegationRecord, MembershipRecord, Models, UserRecord } from '@concordia/dal';
import type { ProcessAccess } from '../authz/process-access.service';
import { InjectModels } from '../infra/database.module';

/** Members of a process with names joined in memory (FerretDB v1 has no $lookup). */
@Injectable()
export class MembersReader {
  constructor(@InjectModels() private readonly models: Models) {}

  async list(access: ProcessAccess): Promise<Membership[]> {
    const memberships = await this.models.memberships
      .find({ processId: access.processId })
      .lean<MembershipRecord[]>()
      .exec();
    return this.describe(memberships);
  }

  async describe(memberships: MembershipRecord[]): Promise<Membership[]> {
    const [users, delegations] = await Promise.all([
      this.models.users
        .find({ _id: { $in: memberships.map((m) => m.userId) } })
        .select({ name: 1, email: 1 })
        .lean<Pick<UserRecord, '_id' | 'name' | 'email'>[]>()
        .exec(),
      this.models.delegations
        .find({ _id: { $in: memberships.flatMap((m) => (m.delegationId ? [m.delegationId] : [])) } })
        .lean<DelegationRecord[]>()
        .exec(),
    ]);
    const userById = new Map(users.map((u) => [u._id.toHexString(), u]));
    const delegationName = new Map(delegations.map((d) => [d._id.toHexString(), d.name]));
    return memberships
      .map((m) => {
        const user = userById.get(m.userId.toHexString());
        return {
          id: m._id.toHexString(),
          processId: m.processId.toHexString(),
          userId: m.userId.toHexString(),
          userName: user?.name ?? '',
          userEmail: user?.email ?? '',
          role: m.role,
          delegationId: m.delegationId?.toHexString() ?? null,
          delegationName: m.delegationId ? (delegationName.get(m.delegationId.toHexString()) ?? null) : null,
        };
      })
      .sort((a, b) => a.role.localeCompare(b.role) || a.userName.localeCompare(b.userName));
  }
}
