import { Injectable } from '@nestjs/common';
import { ErrorCode, type AddMemberRequest, type Membership } from '@concordia/contracts';
import type { Models, UserRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import { ProcessAccessService } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { NotFoundError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { MembersReader } from '../members-reader.service';
import { MembershipWriter } from '../membership-writer.service';

@Injectable()
export class AddMemberUseCase {
  constructor(
    private readonly access: ProcessAccessService,
    private readonly writer: MembershipWriter,
    private readonly members: MembersReader,
    private readonly audit: AuditLogService,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, processId: string, request: AddMemberRequest): Promise<Membership> {
    const access = await this.access.resolve(principal, processId, 'members.manage');
    const user = await this.models.users
      .findOne(request.email !== undefined ? { email: request.email } : { _id: request.userId })
      .select({ _id: 1 })
      .lean<Pick<UserRecord, '_id'>>()
      .exec();
    if (!user && request.email !== undefined) {
      throw new NotFoundError('No account uses this email; invite the person instead', ErrorCode.AccountNotFound);
    }
    if (!user) throw new NotFoundError('User not found');
    const created = await this.writer.add(access.processId, new Types.ObjectId(user._id), request);
    const [membership] = await this.members.describe([created]);
    if (!membership) throw new Error('membership vanished after insert');
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'membership.added',
      targetType: 'membership',
      targetId: membership.id,
      after: { userId: membership.userId, role: membership.role, delegationId: membership.delegationId },
      summary: `${membership.userName} added as ${membership.role.replace(/_/g, ' ')}`,
      context: { person: membership.userName },
    });
    return membership;
  }
}
