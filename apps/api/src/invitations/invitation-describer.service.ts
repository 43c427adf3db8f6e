import { Injectable } from '@nestjs/common';
import type { Invitation, InvitationState } from '@concordia/contracts';
import type { DelegationRecord, InvitationRecord, Models, ProcessRecord, UserRecord } from '@concordia/dal';
import { InjectModels } from '../infra/database.module';

/** Accepted and revoked are final; a pending one whose link lapsed is expired. */
export function invitationState(invitation: InvitationRecord, now = new Date()): InvitationState {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt <= now ? 'expired' : 'pending';
}

/** Adds process titles and delegation names to invitations (joined in memory). */
@Injectable()
export class InvitationDescriber {
  constructor(@InjectModels() private readonly models: Models) {}

  async describe(invitations: InvitationRecord[]): Promise<Invitation[]> {
    const acceptors = invitations.flatMap((i) => (i.acceptedBy ? [i.acceptedBy] : []));
    const [processes, delegations, users] = await Promise.all([
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
      acceptors.length === 0
        ? Promise.resolve([])
        : this.models.users
            .find({ _id: { $in: acceptors } })
            .select({ name: 1 })
            .lean<Pick<UserRecord, '_id' | 'name'>[]>()
            .exec(),
    ]);
    const titles = new Map(processes.map((p) => [p._id.toHexString(), p.title]));
    const names = new Map(delegations.map((d) => [d._id.toHexString(), d.name]));
    const people = new Map(users.map((u) => [u._id.toHexString(), u.name]));
    const now = new Date();
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
      acceptedByName: i.acceptedBy ? (people.get(i.acceptedBy.toHexString()) ?? null) : null,
      revokedAt: i.revokedAt?.toISOString() ?? null,
      state: invitationState(i, now),
    }));
  }

  async describeOne(invitation: InvitationRecord): Promise<Invitation> {
    const [described] = await this.describe([invitation]);
    if (!described) throw new Error('describe() returned nothing for one invitation');
    return described;
  }
}
