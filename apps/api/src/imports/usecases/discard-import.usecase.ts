import { Injectable } from '@nestjs/common';
import { ErrorCode, type ImportJob, type ImportStatus } from '@concordia/contracts';
import type { Models } from '@concordia/dal';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { draftLock } from '../../drafts/draft-scope.service';
import { ConflictError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { WriteLock } from '../../infra/write-lock.service';
import { importNotFound, ImportScope } from '../import-scope.service';
import { IMPORT_JOB_FIELDS, type ImportJobRecord, toImportJob } from '../import.mapper';

const DISCARDABLE: readonly ImportStatus[] = ['queued', 'parsing', 'matching', 'ready', 'failed'];

/** Drops an import that will not be accepted; a worker still parsing it stops at its next step. */
@Injectable()
export class DiscardImportUseCase {
  constructor(
    private readonly scope: ImportScope,
    private readonly lock: WriteLock,
    private readonly audit: AuditLogService,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, importId: string): Promise<ImportJob> {
    const { access, id, draftId } = await this.scope.resolve(principal, importId);
    const { before, after } = await this.lock.run(draftLock(draftId), async () => {
      const current = await this.models.imports.findById(id).select(IMPORT_JOB_FIELDS).lean<ImportJobRecord>().exec();
      if (!current) throw importNotFound();
      if (!DISCARDABLE.includes(current.status)) {
        throw new ConflictError(ErrorCode.Conflict, `The import is already ${current.status}`);
      }
      // Conditional on the status read: the worker may be moving it along meanwhile.
      const { matchedCount } = await this.models.imports
        .updateOne(
          { _id: id, status: { $in: DISCARDABLE } },
          { $set: { status: 'discarded', parsed: null, preview: null } },
        )
        .exec();
      if (matchedCount === 0) throw new ConflictError(ErrorCode.Conflict, 'The import changed meanwhile; try again');
      await this.models.importFiles.deleteOne({ _id: id }).exec();
      return { before: current, after: { ...current, status: 'discarded' as const, preview: null } };
    });
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'import.discarded',
      targetType: 'import',
      targetId: id,
      before: { status: before.status },
      after: { status: 'discarded' },
      summary: `${before.fileName} discarded`,
      context: { file: before.fileName },
    });
    return toImportJob(after);
  }
}
