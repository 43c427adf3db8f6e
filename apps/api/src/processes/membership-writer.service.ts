import { Injectable } from '@nestjs/common';
import { ErrorCode, type ProcessRole } from '@concordia/contracts';
import { isDuplicateKeyError, type DelegationRecord, type MembershipRecord, type Models } from '@concordia/dal';
import { Types } from 'mongoose';
import { BadRequestError, ConflictError, NotFoundError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';
import { checkMembershipRule } from './membership-rules';

export const membershipExists = () =>
  new ConflictError(ErrorCode.MembershipExists, 'This person is already a member of the process');

export interface MembershipDraft {
  role: ProcessRole;
  delegationId: string | null;
}

/** The one way memberships are created (directly, or by accepting an invitation). */
@Injectable()
export class MembershipWriter {
  constructor(@InjectModels() private readonly models: Models) {}

  /** Validates the role/delegation pair; returns the delegation, if any. */
  async validate(draft: MembershipDraft): Promise<DelegationRecord | null> {
    let delegation: DelegationRecord | null = null;
    if (draft.delegationId !== null) {
      delegation = await this.models.delegations.findById(draft.delegationId).lean<DelegationRecord>().exec();
      if (!delegation) throw new NotFoundError('Delegation not found');
    }
    const violation = checkMembershipRule(draft.role, delegation);
    if (violation) {
      throw new BadRequestError(violation.code, violation.message, [
        { path: 'delegationId', code: violation.code, message: violation.message },
      ]);
    }
    return delegation;
  }

  async add(processId: Types.ObjectId, userId: Types.ObjectId, draft: MembershipDraft): Promise<MembershipRecord> {
    await this.validate(draft);
    try {
      // The unique (processId, userId) index makes concurrent adds of the same person safe.
      const created = await this.models.memberships.create({
        processId,
        userId,
        role: draft.role,
        delegationId: draft.delegationId ? new Types.ObjectId(draft.delegationId) : null,
      });
      return created.toObject();
    } catch (error) {
      if (isDuplicateKeyError(error)) throw membershipExists();
      throw error;
    }
  }
}
