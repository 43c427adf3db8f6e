import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@concordia/contracts';
import { LockResources, type MembershipRecord, type Models } from '@concordia/dal';
import { Types } from 'mongoose';
import type { ProcessAccess } from '../authz/process-access.service';
import { ConflictError, NotFoundError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';
import { WriteLock } from '../infra/write-lock.service';

export const membershipNotFound = () =>
  new NotFoundError('This person is not a member of the process', ErrorCode.MembershipNotFound);

export const lastSecretariat = () =>
  new ConflictError(
    ErrorCode.LastSecretariat,
    'The process would have no secretariat left to run it: make someone else secretariat first',
  );

export const chairOfActiveRound = (round: string) =>
  new ConflictError(
    ErrorCode.ChairOfActiveRound,
    `This person chairs “${round}”, which is scheduled or open: give the round another chair, or close it, first`,
  );

/**
 * What changing or removing a membership shares: the membership is looked up inside the process
 * the caller may manage, and the changes of one process's members are serialised, so two
 * secretariat officers removing each other at once cannot both pass the last-secretariat check,
 * and with the process's round writers, so a chair is not removed while a round is given them.
 */
@Injectable()
export class MemberChanges {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly lock: WriteLock,
  ) {}

  run<T>(access: ProcessAccess, membershipId: string, work: (membership: MembershipRecord) => Promise<T>): Promise<T> {
    return this.lock.run(`process-members:${access.processId.toHexString()}`, () =>
      // Rounds name their chair under the rounds' lock: holding it too, the chair check below and
      // a round being created or given a chair cannot both pass on what the other is changing.
      // Round writers never wait on the members' lock, so taking both in this order cannot deadlock.
      this.lock.run(LockResources.processRounds(access.processId), async () => {
        const membership = await this.models.memberships
          .findOne({ _id: new Types.ObjectId(membershipId), processId: access.processId })
          .lean<MembershipRecord>()
          .exec();
        if (!membership) throw membershipNotFound();
        return work(membership);
      }),
    );
  }

  /** Refuses a change that takes the secretariat role away from the process's last holder of it. */
  async keepSecretariat(membership: MembershipRecord): Promise<void> {
    if (membership.role !== 'secretariat') return;
    const others = await this.models.memberships
      .countDocuments({ processId: membership.processId, role: 'secretariat', _id: { $ne: membership._id } })
      .exec();
    if (others === 0) throw lastSecretariat();
  }

  /**
   * Refuses a change that takes away the chair of a round still to be held or under way: the round
   * would go on naming someone who can no longer open it, close it or moderate it.
   */
  async keepChairs(membership: MembershipRecord): Promise<void> {
    const round = await this.models.rounds
      .findOne({
        processId: membership.processId,
        chairUserId: membership.userId,
        status: { $in: ['scheduled', 'open'] },
      })
      .select({ name: 1 })
      .lean<{ name: string }>()
      .exec();
    if (round) throw chairOfActiveRound(round.name);
  }

  /** Whether the user still belongs to this delegation through another process (then keeps its room). */
  async stillInDelegation(userId: Types.ObjectId, delegationId: Types.ObjectId | null, except: Types.ObjectId) {
    if (!delegationId) return false;
    return (await this.models.memberships.exists({ userId, delegationId, _id: { $ne: except } }).exec()) !== null;
  }
}
