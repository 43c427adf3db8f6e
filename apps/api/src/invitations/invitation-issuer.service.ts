import { Injectable } from '@nestjs/common';
import type { Language, ProcessRole } from '@concordia/contracts';
import type { InvitationRecord, Models } from '@concordia/dal';
import { Types } from 'mongoose';
import { AuditLogService } from '../audit/audit-log.service';
import type { Principal } from '../authz/principal';
import { generateOpaqueToken, hashOpaqueToken } from '../auth/opaque-token';
import { InjectModels } from '../infra/database.module';
import { InvitationEmailQueue } from './invitation-email-queue.service';

export interface InvitationDraft {
  email: string;
  role: ProcessRole;
  delegationId: string | null;
  expiresInHours: number;
  /** The email's language; null: the invitee's own when they have an account, else the sender's. */
  language: Language | null;
}

export interface IssuedInvitation {
  record: InvitationRecord;
  token: string;
  emailQueued: boolean;
}

/**
 * Creates one checked invitation: its record (the token kept only as a hash), its audit entry and
 * the job that emails the link. Whether the invitation may be made is the caller's business.
 */
@Injectable()
export class InvitationIssuer {
  constructor(
    private readonly audit: AuditLogService,
    private readonly emails: InvitationEmailQueue,
    @InjectModels() private readonly models: Models,
  ) {}

  async issue(principal: Principal, processId: Types.ObjectId, draft: InvitationDraft): Promise<IssuedInvitation> {
    const token = generateOpaqueToken();
    const created = await this.models.invitations.create({
      email: draft.email,
      processId,
      role: draft.role,
      delegationId: draft.delegationId ? new Types.ObjectId(draft.delegationId) : null,
      tokenHash: hashOpaqueToken(token),
      expiresAt: new Date(Date.now() + draft.expiresInHours * 3600_000),
      createdBy: new Types.ObjectId(principal.userId),
    });
    await this.audit.record({
      actor: principal,
      processId,
      action: 'invitation.created',
      targetType: 'invitation',
      targetId: created._id,
      after: { email: draft.email, role: draft.role, delegationId: draft.delegationId ?? null },
      summary: `${draft.email} invited as ${draft.role.replace(/_/g, ' ')}`,
      context: {},
    });
    const language = draft.language ?? (await this.emails.languageFor(draft.email, principal));
    const emailQueued = await this.emails.queue(created._id, token, language, 1);
    return { record: created.toObject<InvitationRecord>(), token, emailQueued };
  }
}
