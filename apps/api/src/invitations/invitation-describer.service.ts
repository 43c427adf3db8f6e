import { Injectable } from '@nestjs/common';
import type { Invitation } from '@concordia/contracts';
import type { DelegationRecord, InvitationRecord, Models, ProcessRecord } from '@concordia/dal';
import { InjectModels } from '../infra/database.module';

/** Adds process titles and delegation names to invitations (joined in memory). */
@Injectable()
export class InvitationDescriber {
  constructor(@InjectModels() private readonly models: Models) {}

  async describe(invitations: InvitationRecord[]): Promise<Invitation[]> {
    const [processes, delegations] = await Promise.all([
      this.models.processes
        .find({ _id: { $in: invitations.map((i) => i.processId) } })
        .select({ title: 1 })
        .lean<Pick<ProcessRecord, '_id' | 'title'>[]>()
        .exec(),
      this.models.delegations
        .find({ _id: { $in: invitations.flatMap((i) => (i.delegationId ? [i.delegationId] : [])) } })
        .select({ name: 1 })
        .lean<Pick<DelegationRecord, '_id' | 'name'>[]>()
        .exec(),
    ]);
    const titles = new Map(processes.map((p) => [p._id.toHexString(), p.title]));
    const names = new Map(delegations.map((d) => [d._id.toHexString(), d.name]));
    return invitations.map((i) => ({
      id: i._id.toHexString(),
      email: i.email,
      processId: i.processId.toHexString(),
      processTitle: titles.get(i.processId.toHexString()) ?? '',
      role: i.role,
      delegationId: i.delegationId?.toHexString() ?? null,
      delegationName: i.delegationId ? (names.get(i.delegationId.toHexString()) ?? null) : null,
      expiresAt: i.expiresAt.toISOString(),
      acceptedAt: i.acceptedAt?.toISOString() ?? null,
    }));
  }

  async describeOne(invitation: InvitationRecord): Promise<Invitation> {
    const [described] = await this.describe([invitation]);
    if (!described) throw new Error('describe() returned nothing for one invitation');
    return described;
  }
}
