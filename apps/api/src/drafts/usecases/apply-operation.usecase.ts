import { Injectable } from '@nestjs/common';
import type { ApplyOperationRequest, AuditContext, DraftVersion, TextOperation } from '@concordia/contracts';
import { applyOperation } from '@concordia/drafting';
import type { DraftVersionRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { WriteLock } from '../../infra/write-lock.service';
import { AmendmentApplications } from '../amendments/amendment-applications.service';
import { amendmentEdit } from '../amendments/amendment-edit';
import { AmendmentSource, type SourcedAmendment } from '../amendments/amendment-source.service';
import { DraftScope, draftLock } from '../draft-scope.service';
import { toDraftVersion } from '../draft.mapper';
import { auditSlices } from '../operation-audit';
import { keyFactory } from '../paragraph-keys';
import { VersionStore } from '../version-store.service';

/** What the caller asked for: an edit that says what the text becomes, or an amendment to apply. */
type Intent = { edit: TextOperation; amendment: null } | { edit: null; amendment: SourcedAmendment };

/**
 * One edit of a working version, made on the revision the caller saw: a stale revision gets
 * 409 VERSION_STALE with the current version, so no edit is lost between two officers. Applying
 * an amendment takes the same path: under the draft's lock it becomes the edit of its paragraph
 * as the text now reads, and the application is recorded (once per amendment and version).
 */
@Injectable()
export class ApplyOperationUseCase {
  constructor(
    private readonly scope: DraftScope,
    private readonly versions: VersionStore,
    private readonly lock: WriteLock,
    private readonly audit: AuditLogService,
    private readonly amendments: AmendmentSource,
    private readonly applications: AmendmentApplications,
  ) {}

  async execute(principal: Principal, versionId: string, request: ApplyOperationRequest): Promise<DraftVersion> {
    const { access, version: scope } = await this.scope.version(principal, versionId, 'drafts.manage');
    const { operation } = request;
    const intent: Intent =
      operation.type === 'apply_amendment'
        ? { edit: null, amendment: await this.amendments.find(access, scope.draftId, operation.annotationId) }
        : { edit: operation, amendment: null };
    const { before, after, edit } = await this.lock.run(draftLock(scope.draftId), async () => {
      const current = await this.versions.load(scope._id);
      this.versions.assertEditable(current, request.revision);
      return intent.amendment
        ? this.applyAmendment(principal, current, intent.amendment)
        : { before: current, after: await this.replace(current, intent.edit), edit: intent.edit };
    });
    const slices = auditSlices(edit, before.sections, after.sections);
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: `version.${operation.type}` as const,
      targetType: 'version',
      targetId: after._id,
      before: { revision: before.revision, ...slices.before },
      after: { revision: after.revision, ...slices.after },
      summary: intent.amendment
        ? `Amendment of ${intent.amendment.record.delegationName ?? intent.amendment.record.authorName} ` +
          `(${intent.amendment.roundName}) applied in the working version (revision ${after.revision})`
        : `${operation.type.replace(/_/g, ' ')} in the working version (revision ${after.revision})`,
      context: intent.amendment ? amendmentContext(intent.amendment) : {},
    });
    return toDraftVersion(after);
  }

  /** Pure; also renumbers the paragraphs continuously. */
  private replace(current: DraftVersionRecord, edit: TextOperation): Promise<DraftVersionRecord> {
    return this.versions.replaceSections(current, applyOperation(current.sections, edit, keyFactory(current.sections)));
  }

  /**
   * Already applied is told before not applicable: once applied, its words are usually gone. The
   * record goes in before the text, so a concurrent second application meets the unique index;
   * it is taken back if the text change fails.
   */
  private async applyAmendment(principal: Principal, current: DraftVersionRecord, amendment: SourcedAmendment) {
    await this.applications.assertNotApplied(amendment.record._id, current._id);
    const edit = amendmentEdit(current.sections, amendment);
    const sections = applyOperation(current.sections, edit, keyFactory(current.sections));
    const recordId = await this.applications.record({
      annotationId: amendment.record._id,
      processId: current.processId,
      draftId: current.draftId,
      versionId: current._id,
      paragraphKey: amendment.paragraphKey,
      revision: current.revision + 1,
      byUserId: new Types.ObjectId(principal.userId),
      at: new Date(),
    });
    try {
      return { before: current, after: await this.versions.replaceSections(current, sections), edit };
    } catch (error) {
      await this.applications.discard(recordId);
      throw error;
    }
  }
}

const amendmentContext = ({ record, roundName }: SourcedAmendment): AuditContext => ({
  round: roundName,
  person: record.authorName,
  ...(record.delegationName ? { delegation: record.delegationName } : {}),
});
