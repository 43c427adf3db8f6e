import { Injectable } from '@nestjs/common';
import { type CreateDraftRequest, type Draft, ErrorCode } from '@concordia/contracts';
import { type DraftRecord, isDuplicateKeyError, type Models } from '@concordia/dal';
import { AuditLogService } from '../../audit/audit-log.service';
import { ProcessAccessService } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { ConflictError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { toDraft } from '../draft.mapper';
import { VersionStore } from '../version-store.service';

/**
 * Creates a draft together with its first, empty working version: a draft always has exactly
 * one working version, which an accepted import fills or the secretariat writes paragraph by
 * paragraph, and which publishing turns into the zero draft.
 */
@Injectable()
export class CreateDraftUseCase {
  constructor(
    private readonly access: ProcessAccessService,
    private readonly versions: VersionStore,
    private readonly audit: AuditLogService,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, processId: string, request: CreateDraftRequest): Promise<Draft> {
    const access = await this.access.resolve(principal, processId, 'drafts.manage');
    let draft: DraftRecord;
    try {
      draft = (await this.models.drafts.create({ processId: access.processId, title: request.title })).toObject();
    } catch (error) {
      if (isDuplicateKeyError(error)) {
        throw new ConflictError(ErrorCode.Conflict, 'A draft with this title already exists in this process');
      }
      throw error;
    }
    let working;
    try {
      working = await this.versions.createWorking(draft, 0, []);
    } catch (error) {
      // No transactions on FerretDB: undo the draft rather than leave one that cannot be edited.
      await this.models.drafts.deleteOne({ _id: draft._id });
      throw error;
    }
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'draft.created',
      targetType: 'draft',
      targetId: draft._id,
      after: { title: draft.title, workingVersionId: working._id.toHexString() },
      summary: `Draft "${draft.title}" created`,
      context: { title: draft.title },
    });
    return toDraft(draft, [working]);
  }
}
