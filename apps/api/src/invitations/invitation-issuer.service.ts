import { Injectable } from '@nestjs/common';
import { ErrorCode, type Language, type ProcessRole } from '@concordia/contracts';
import { type InvitationRecord, LockResources, type Models } from '@concordia/dal';
import { Types } from 'mongoose';
import { AuditLogService } from '../audit/audit-log.service';
import type { Principal } from '../authz/principal';
import { generateOpaqueToken, hashOpaqueToken } from '../auth/opaque-token';
import { ConflictError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';
import { WriteLock } from '../infra/write-lock.service';
import { InvitationEmailQueue } from './invitation-email-queue.service';

export const invitationPending = (email: string) =>
  new ConflictError(
    ErrorCode.InvitationPending,
    `${email} already has an invitation to this process waiting for an answer; send it again from the list instead`,
  );

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
 * the job that emails the link. Whether the invitation may be made is the caller's business, but
 * for the one rule that a check ahead cannot settle: an address has one live invitation per
 * process. That is checked again under the address's lock, so the single form, a sheet and
 * "send again" racing for the same person leave one link, not two.
 */
@Injectable()
export class InvitationIssuer {
  constructor(
    private readonly audit: AuditLogService,
    private readonly emails: InvitationEmailQueue,
    private readonly lock: WriteLock,
    @InjectModels() private readonly models: Models,
  ) {}

  /** 409 INVITATION_PENDING when the address already has a live invitation to the process. */
  issue(principal: Principal, processId: Types.ObjectId, draft: InvitationDraft): Promise<IssuedInvitation> {
    return this.whileNoOtherPending(processId, draft.email, null, () => this.create(principal, processId, draft));
  }

  /**
   * Runs `work` under the address's lock once no live invitation of the address to the process,
   * other than `except`, is found; else 409 INVITATION_PENDING.
   */
  async whileNoOtherPending<T>(
    processId: Types.ObjectId,
    email: string,
    except: Types.ObjectId | null,
    work: () => Promise<T>,
  ): Promise<T> {
    return this.lock.run(LockResources.invitationAddress(processId, email), async () => {
      const pending = await this.models.invitations
        .exists({
          processId,
          email,
          acceptedAt: null,
          revokedAt: null,
          expiresAt: { $gt: new Date() },
          ...(except ? { _id: { $ne: except } } : {}),
        })
        .exec();
      if (pending) throw invitationPending(email);
      return work();
    });
  }

  private async create(
    principal: Principal,
    processId: Types.ObjectId,
    draft: InvitationDraft,
  ): Promise<IssuedInvitation> {
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
