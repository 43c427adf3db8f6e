import { Injectable } from '@nestjs/common';
import type {
  InvitationBatchOutcome,
  InvitationBatchRequest,
  InvitationBatchResponse,
  Language,
} from '@concordia/contracts';
import type { InvitationRecord, MembershipRecord, Models, UserRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import pLimit from 'p-limit';
import { ProcessAccessService } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { ConflictError } from '../../errors/domain-errors';
import { type CheckedRow, checkRows, type SheetContext, type SheetDelegation, sheetEmail } from '../batch-rows';
import { InvitationIssuer } from '../invitation-issuer.service';

type Request = InvitationBatchRequest;

/**
 * Rows invited at the same time. One row is a few round trips (its lock, the pending check, the
 * record, the audit entry, the email job) of about 15 ms: in sequence a 500-row sheet kept the
 * secretariat waiting for seconds. A few at once hide that latency without taking every database
 * connection from the other requests.
 */
export const SHEET_ROWS_AT_ONCE = 4;

/**
 * Invites everyone on a secretariat's sheet, or (dry run) says row by row what would happen.
 * Each row stands alone: a bad one is refused with its reason and the others go ahead. Sending
 * the same sheet twice, even at once, or inviting someone by the single form while their row is
 * on its way, invites nobody twice: each row's address is checked again under its own lock as it
 * is invited (InvitationIssuer), so no lock spans the whole sheet, however long it takes. Rows are
 * invited a few at a time (no two of them share an address: checkRows refuses a repeated one) and
 * reported in the sheet's order.
 */
@Injectable()
export class InviteBatchUseCase {
  constructor(
    private readonly access: ProcessAccessService,
    private readonly issuer: InvitationIssuer,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, request: Request): Promise<InvitationBatchResponse> {
    const access = await this.access.resolve(principal, request.processId, 'invitations.manage');
    const check = async () => checkRows(request.rows, await this.contextFor(principal, access.processId, request));
    if (request.dryRun) return summary(true, await check());
    const limit = pLimit(SHEET_ROWS_AT_ONCE);
    // An unexpected failure (not a row's own refusal) ends the sheet as it did in sequence: rows
    // not started yet are not invited, and the answer waits for those under way before failing.
    const failure: { error?: unknown; failed: boolean } = { failed: false };
    const outcomes = await Promise.all(
      (await check()).map(async (row): Promise<InvitationBatchOutcome | null> => {
        if (row.status === 'refused') return row;
        return limit(async () => {
          if (failure.failed) return null;
          try {
            return await this.invite(principal, access.processId, request, row);
          } catch (error) {
            if (!failure.failed) Object.assign(failure, { error, failed: true });
            return null;
          }
        });
      }),
    );
    if (failure.failed) throw failure.error;
    return summary(
      false,
      outcomes.filter((o) => o !== null),
    );
  }

  private async invite(
    principal: Principal,
    processId: Types.ObjectId,
    request: Request,
    row: Extract<CheckedRow, { status: 'ready' }>,
  ): Promise<InvitationBatchOutcome> {
    try {
      const { record, emailQueued } = await this.issuer.issue(principal, processId, {
        email: row.email,
        role: row.role,
        delegationId: row.delegationId,
        expiresInHours: request.expiresInHours,
        language: row.language,
      });
      return { ...row, status: 'invited', invitationId: record._id.toHexString(), emailQueued };
    } catch (error) {
      // Invited by someone else since the sheet was checked, or the address is busy: this row only.
      if (error instanceof ConflictError) {
        return { status: 'refused', line: row.line, email: row.email, code: error.code, message: error.message };
      }
      throw error;
    }
  }

  private async contextFor(principal: Principal, processId: Types.ObjectId, request: Request): Promise<SheetContext> {
    const emails = [...new Set(request.rows.flatMap((r) => sheetEmail(r.email) ?? []))];
    const [delegations, users, sender, pending] = await Promise.all([
      this.models.delegations.find({}, { code: 1, name: 1, kind: 1 }).lean<SheetDelegation[]>().exec(),
      this.models.users
        .find({ email: { $in: emails } }, { email: 1, language: 1 })
        .lean<Pick<UserRecord, '_id' | 'email' | 'language'>[]>()
        .exec(),
      this.models.users.findById(principal.userId, { language: 1 }).lean<Pick<UserRecord, 'language'>>().exec(),
      this.models.invitations
        .find(
          { processId, email: { $in: emails }, acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } },
          { email: 1 },
        )
        .lean<Pick<InvitationRecord, 'email'>[]>()
        .exec(),
    ]);
    const memberships = await this.models.memberships
      .find({ processId, userId: { $in: users.map((u) => u._id) } }, { userId: 1 })
      .lean<Pick<MembershipRecord, 'userId'>[]>()
      .exec();
    const memberIds = new Set(memberships.map((m) => m.userId.toHexString()));
    const ownLanguage = new Map<string, Language>(users.map((u) => [u.email, u.language]));
    const senderLanguage = sender?.language ?? 'en';
    return {
      delegations,
      members: new Set(users.filter((u) => memberIds.has(u._id.toHexString())).map((u) => u.email)),
      pending: new Set(pending.map((i) => i.email)),
      defaultLanguage: (email) => ownLanguage.get(email) ?? senderLanguage,
    };
  }
}

function summary(dryRun: boolean, rows: InvitationBatchOutcome[]): InvitationBatchResponse {
  const refused = rows.filter((r) => r.status === 'refused').length;
  return { dryRun, rows, accepted: rows.length - refused, refused };
}
