import { Injectable } from '@nestjs/common';
import type { ApplyOperationRequest, DraftVersion } from '@concordia/contracts';
import { applyOperation } from '@concordia/drafting';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { WriteLock } from '../../infra/write-lock.service';
import { DraftScope, draftLock } from '../draft-scope.service';
import { toDraftVersion } from '../draft.mapper';
import { auditSlices } from '../operation-audit';
import { keyFactory } from '../paragraph-keys';
import { VersionStore } from '../version-store.service';

/**
 * One edit of a working version, made on the revision the caller saw: a stale revision gets
 * 409 VERSION_STALE with the current version, so no edit is lost between two officers.
 */
@Injectable()
export class ApplyOperationUseCase {
  constructor(
    private readonly scope: DraftScope,
    private readonly versions: VersionStore,
    private readonly lock: WriteLock,
    private readonly audit: AuditLogService,
  ) {}

  async execute(principal: Principal, versionId: string, request: ApplyOperationRequest): Promise<DraftVersion> {
    const { access, version: scope } = await this.scope.version(principal, versionId, 'drafts.manage');
    const { before, after } = await this.lock.run(draftLock(scope.draftId), async () => {
      const current = await this.versions.load(scope._id);
      this.versions.assertEditable(current, request.revision);
      // Pure; also renumbers the paragraphs continuously.
      const sections = applyOperation(current.sections, request.operation, keyFactory(current.sections));
      return { before: current, after: await this.versions.replaceSections(current, sections) };
    });
    const slices = auditSlices(request.operation, before.sections, after.sections);
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: `version.${request.operation.type}` as const,
      targetType: 'version',
      targetId: after._id,
      before: { revision: before.revision, ...slices.before },
      after: { revision: after.revision, ...slices.after },
      summary: `${request.operation.type.replace(/_/g, ' ')} in the working version (revision ${after.revision})`,
      context: {},
    });
    return toDraftVersion(after);
  }
}
