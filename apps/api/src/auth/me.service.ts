import { Injectable } from '@nestjs/common';
import { ErrorCode, type Me, type MembershipSummary } from '@concordia/contracts';
import type { DelegationRecord, MembershipRecord, Models, ProcessRecord, UserRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import { UnauthorizedError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';
import { toUser } from '../users/user.mapper';

/** Builds `Me`: the user and their memberships, joined in memory (FerretDB v1 has no $lookup). */
@Injectable()
export class MeService {
  constructor(@InjectModels() private readonly models: Models) {}

  async forUserId(userId: string | Types.ObjectId): Promise<Me> {
    const user = await this.models.users.findById(userId).lean<UserRecord>().exec();
    if (!user) throw new UnauthorizedError(ErrorCode.AuthTokenInvalid, 'The account no longer exists');
    return this.forUser(user);
  }

  async forUser(user: UserRecord): Promise<Me> {
    const memberships = await this.models.memberships.find({ userId: user._id }).lean<MembershipRecord[]>().exec();
    const processIds = memberships.map((m) => m.processId);
    const delegationIds = memberships.flatMap((m) => (m.delegationId ? [m.delegationId] : []));
    const [processes, delegations] = await Promise.all([
      this.models.processes
        .find({ _id: { $in: processIds } })
        .lean<ProcessRecord[]>()
        .exec(),
      this.models.delegations
        .find({ _id: { $in: delegationIds } })
        .lean<DelegationRecord[]>()
        .exec(),
    ]);
    const titles = new Map(processes.map((p) => [p._id.toHexString(), p.title]));
    const names = new Map(delegations.map((d) => [d._id.toHexString(), d.name]));
    const summaries: MembershipSummary[] = memberships
      .filter((m) => titles.has(m.processId.toHexString()))
      .map((m) => ({
        processId: m.processId.toHexString(),
        processTitle: titles.get(m.processId.toHexString()) ?? '',
        role: m.role,
        delegationId: m.delegationId?.toHexString() ?? null,
        delegationName: m.delegationId ? (names.get(m.delegationId.toHexString()) ?? null) : null,
      }))
      .sort((a, b) => a.processTitle.localeCompare(b.processTitle));
    return { user: toUser(user), memberships: summaries };
  }
}
