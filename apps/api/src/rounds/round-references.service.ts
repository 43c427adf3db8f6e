import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@concordia/contracts';
import type { DraftVersionRecord, Models } from '@concordia/dal';
import { Types } from 'mongoose';
import { BadRequestError, ConflictError, NotFoundError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';

/** Checks what a round points to: its version, its chair and its delegations, all in the process. */
@Injectable()
export class RoundReferences {
  constructor(@InjectModels() private readonly models: Models) {}

  /** The version must be a published version of a draft of this process. */
  async assertVersion(processId: Types.ObjectId, versionId: string): Promise<void> {
    const version = await this.models.draftVersions
      .findOne({ _id: versionId, processId })
      .select({ status: 1 })
      .lean<Pick<DraftVersionRecord, 'status'>>()
      .exec();
    if (!version) throw new NotFoundError('Version not found');
    if (version.status !== 'published') {
      throw new ConflictError(
        ErrorCode.RoundVersionNotPublished,
        'A round discusses a published version; publish the working version first',
      );
    }
  }

  async assertChair(processId: Types.ObjectId, userId: string): Promise<void> {
    const chair = await this.models.memberships.exists({
      processId,
      userId: new Types.ObjectId(userId),
      role: 'chair',
    });
    if (!chair) {
      throw new BadRequestError(
        ErrorCode.ChairNotMember,
        'The chair must be a member of the process with the chair role',
        [{ path: 'chairUserId', code: ErrorCode.ChairNotMember, message: 'is not a chair of this process' }],
      );
    }
  }

  /**
   * A delegation takes part in a process when one of its members belongs to it, or when someone
   * has been invited to speak for it there and may still accept: a round is often scheduled for
   * every State before their delegates have signed up.
   */
  async assertDelegations(processId: Types.ObjectId, delegationIds: readonly string[]): Promise<void> {
    if (delegationIds.length === 0) return;
    const [members, invited]: unknown[][] = await Promise.all([
      this.models.memberships.distinct('delegationId', { processId, delegationId: { $ne: null } }).exec(),
      this.models.invitations
        .distinct('delegationId', {
          processId,
          delegationId: { $ne: null },
          acceptedAt: null,
          revokedAt: null,
          expiresAt: { $gt: new Date() },
        })
        .exec(),
    ]);
    const inProcess = [...members, ...invited];
    const known = new Set(inProcess.map(String));
    const missing = delegationIds.filter((id) => !known.has(id));
    if (missing.length > 0) {
      throw new BadRequestError(
        ErrorCode.DelegationNotInProcess,
        missing.length === 1
          ? '1 delegation has no member in this process and no pending invitation to it'
          : `${missing.length} delegations have no member in this process and no pending invitation to it`,
        missing.map((id) => ({
          path: `delegationIds.${delegationIds.indexOf(id)}`,
          code: ErrorCode.DelegationNotInProcess,
          message: `${id} has no member or pending invitation in this process`,
        })),
      );
    }
  }
}
