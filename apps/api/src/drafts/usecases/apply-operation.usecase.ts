import { Injectable } from '@nestjs/common';
import type {
  ApplicationTrace,
  ApplyOperationRequest,
  AuditContext,
  DraftVersion,
  TextOperation,
} from '@concordia/contracts';
import { applyOperation, traceApplication, undoApplication } from '@concordia/drafting';
import type { AnnotationRecord, DraftVersionRecord, Models } from '@concordia/dal';
import { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { WriteLock } from '../../infra/write-lock.service';
import { InjectModels } from '../../infra/database.module';
import { AmendmentApplications, holds } from '../amendments/amendment-applications.service';
import { amendmentEdit } from '../amendments/amendment-edit';
import { amendmentAlreadyApplied, amendmentNotApplied, amendmentUndoConflict } from '../amendments/amendment-errors';
import { AmendmentSource, type SourcedAmendment } from '../amendments/amendment-source.service';
import { DraftScope, draftLock } from '../draft-scope.service';
import { toDraftVersion } from '../draft.mapper';
import { auditSlices } from '../operation-audit';
import { keyFactory } from '../paragraph-keys';
import { VersionStore } from '../version-store.service';

/** What the caller asked for: an edit that says what the text becomes, an amendment to apply or to undo. */
type Intent =
  | { kind: 'edit'; edit: TextOperation }
  | { kind: 'apply'; amendment: SourcedAmendment }
  | { kind: 'undo'; annotationId: Types.ObjectId; amendment: UndoneAmendment | null };

/** Who proposed the amendment being undone, for the audit log (it may be withdrawn since). */
interface UndoneAmendment {
  record: AnnotationRecord;
  roundName: string;
}

/**
 * One edit of a working version, made on the revision the caller saw: a stale revision gets
 * 409 VERSION_STALE with the current version, so no edit is lost between two officers. Applying
 * an amendment takes the same path: under the draft's lock it becomes the edit of its paragraph
 * as the text now reads, and the new text and the application (what it did) are written in one
 * update of the version, so no crash can leave one without the other. Undoing an application
 * takes back what it did, if its paragraph still reads as the application left it.
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
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, versionId: string, request: ApplyOperationRequest): Promise<DraftVersion> {
    const { access, version: scope } = await this.scope.version(principal, versionId, 'drafts.manage');
    const { operation } = request;
    const intent: Intent =
      operation.type === 'apply_amendment'
        ? { kind: 'apply', amendment: await this.amendments.find(access, scope.draftId, operation.annotationId) }
        : operation.type === 'undo_amendment'
          ? await this.undoIntent(scope.draftId, new Types.ObjectId(operation.annotationId))
          : { kind: 'edit', edit: operation };
    const { before, after, edit } = await this.lock.run(draftLock(scope.draftId), async () => {
      const current = await this.versions.load(scope._id);
      this.versions.assertEditable(current, request.revision);
      switch (intent.kind) {
        case 'apply':
          return this.applyAmendment(principal, current, intent.amendment);
        case 'undo':
          return this.undoAmendment(current, intent.annotationId);
        case 'edit':
          return { before: current, after: await this.replace(current, intent.edit), edit: intent.edit };
      }
    });
    const slices = auditSlices(edit, before.sections, after.sections);
    const source = intent.kind === 'edit' ? null : intent.amendment;
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: `version.${operation.type}` as const,
      targetType: 'version',
      targetId: after._id,
      before: { revision: before.revision, ...slices.before },
      after: { revision: after.revision, ...slices.after },
      summary: summaryOf(intent, after.revision, operation.type),
      context: source ? amendmentContext(source) : {},
    });
    return toDraftVersion(after);
  }

  /** Pure; also renumbers the paragraphs continuously. */
  private replace(current: DraftVersionRecord, edit: TextOperation): Promise<DraftVersionRecord> {
    return this.versions.replaceSections(current, applyOperation(current.sections, edit, keyFactory(current.sections)));
  }

  /**
   * Already applied is told before not applicable: once applied, its words are usually gone. An
   * application whose effect is no longer in the text (undone by an ordinary edit) does not count:
   * the amendment may be applied again, and that application replaces it. The revision-conditional
   * write is what keeps a concurrent second application out, even past the lock.
   */
  private async applyAmendment(principal: Principal, current: DraftVersionRecord, amendment: SourcedAmendment) {
    const applications = await this.applications.of(current);
    const previous = AmendmentApplications.find(applications, amendment.record._id);
    if (previous && holds(previous, current.sections)) throw amendmentAlreadyApplied();
    const edit = amendmentEdit(current.sections, amendment);
    const sections = applyOperation(current.sections, edit, keyFactory(current.sections));
    const trace = traceApplication(current.sections, sections, amendment.paragraphKey);
    // An amendment that changes nothing (its words are already there) is not claimed as applied.
    const next = trace
      ? [
          ...applications.filter((a) => a !== previous),
          {
            annotationId: amendment.record._id,
            trace,
            byUserId: new Types.ObjectId(principal.userId),
            at: new Date(),
            revision: current.revision + 1,
          },
        ]
      : applications;
    return { before: current, after: await this.versions.replaceSections(current, sections, next), edit };
  }

  /**
   * 409 AMENDMENT_NOT_APPLIED when the amendment is not applied (or its effect is gone already),
   * 409 AMENDMENT_UNDO_CONFLICT when its paragraph was changed since: nothing written meanwhile
   * is overwritten.
   */
  private async undoAmendment(current: DraftVersionRecord, annotationId: Types.ObjectId) {
    const applications = await this.applications.of(current);
    const application = AmendmentApplications.find(applications, annotationId);
    if (!application || !holds(application, current.sections)) throw amendmentNotApplied();
    const sections = application.trace ? undoApplication(application.trace, current.sections) : null;
    if (!application.trace || !sections) throw amendmentUndoConflict();
    const after = await this.versions.replaceSections(
      current,
      sections,
      applications.filter((a) => a !== application),
    );
    return { before: current, after, edit: inverseEdit(application.trace) };
  }

  /** Undoing: the amendment's author and round for the audit log, if it is one of the draft's (it may be withdrawn since). */
  private async undoIntent(draftId: Types.ObjectId, annotationId: Types.ObjectId): Promise<Intent> {
    const record = await this.models.annotations
      .findOne({ _id: annotationId, draftId })
      .lean<AnnotationRecord>()
      .exec();
    const round = record
      ? await this.models.rounds.findById(record.roundId).select({ name: 1 }).lean<{ name: string }>().exec()
      : null;
    return { kind: 'undo', annotationId, amendment: record ? { record, roundName: round?.name ?? '' } : null };
  }
}

/** The edit an undo amounts to, for the audit log's before/after of the paragraphs it touched. */
function inverseEdit(trace: ApplicationTrace): TextOperation {
  switch (trace.kind) {
    case 'edit':
      return { type: 'edit_paragraph', key: trace.paragraphKey, text: trace.before };
    case 'add':
      return { type: 'delete_paragraph', key: trace.paragraphKey };
    case 'delete':
      return { type: 'add_paragraph', sectionKey: trace.sectionKey, afterKey: trace.afterKey, text: trace.before };
  }
}

function summaryOf(intent: Intent, revision: number, type: string): string {
  const where = `in the working version (revision ${revision})`;
  if (intent.kind === 'edit') return `${type.replace(/_/g, ' ')} ${where}`;
  const source = intent.amendment;
  const whose = source
    ? `Amendment of ${source.record.delegationName ?? source.record.authorName} (${source.roundName})`
    : 'Amendment';
  return intent.kind === 'apply' ? `${whose} applied ${where}` : `${whose}: application undone ${where}`;
}

const amendmentContext = ({ record, roundName }: UndoneAmendment): AuditContext => ({
  round: roundName,
  person: record.authorName,
  ...(record.delegationName ? { delegation: record.delegationName } : {}),
});
