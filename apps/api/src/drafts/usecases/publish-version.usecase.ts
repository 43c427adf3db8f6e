import { Injectable } from '@nestjs/common';
import { ErrorCode, type PublishVersionRequest, type PublishVersionResponse } from '@concordia/contracts';
import { Collections, type DraftRecord, type DraftVersionRecord, type Models } from '@concordia/dal';
import { sectionsUnchanged } from '@concordia/drafting';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { BadRequestError, ConflictError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { WriteLock } from '../../infra/write-lock.service';
import { DraftScope, draftLock } from '../draft-scope.service';
import { toDraftVersion } from '../draft.mapper';
import { VersionPublishedHooks } from '../version-published.hooks';
import { VersionStore } from '../version-store.service';
import { AmendmentApplications, partitionApplications } from '../amendments/amendment-applications.service';
import { notify, Outbox } from '../../notifications/outbox.service';

const sameLabel = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/**
 * Freezes the working version under a label (zero draft, Rev.1, ...) and starts the next
 * working version as a copy with the same paragraph keys.
 */
@Injectable()
export class PublishVersionUseCase {
  constructor(
    private readonly scope: DraftScope,
    private readonly versions: VersionStore,
    private readonly lock: WriteLock,
    private readonly audit: AuditLogService,
    private readonly hooks: VersionPublishedHooks,
    private readonly outbox: Outbox,
    private readonly applications: AmendmentApplications,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(
    principal: Principal,
    versionId: string,
    request: PublishVersionRequest,
  ): Promise<PublishVersionResponse> {
    const { access, version: scope } = await this.scope.version(principal, versionId, 'drafts.manage');
    const { published, working, dropped } = await this.lock.run(draftLock(scope.draftId), async () => {
      const current = await this.versions.load(scope._id);
      this.versions.assertEditable(current, request.revision);
      if (current.sections.every((section) => section.paragraphs.length === 0)) {
        throw new BadRequestError(ErrorCode.OperationInvalid, 'A version without paragraphs cannot be published');
      }
      // Checked under the draft's lock: no other version of the draft can be labelled meanwhile.
      // The draft's title and the last published version are what the notification names and compares.
      const [labels, draft, previous] = await Promise.all([
        this.models.draftVersions
          .find({ draftId: current.draftId })
          .select({ label: 1 })
          .lean<{ label: string }[]>()
          .exec(),
        this.models.drafts.findById(current.draftId, { title: 1 }).lean<Pick<DraftRecord, 'title'>>().exec(),
        this.versions.latestPublished(current.draftId),
      ]);
      if (labels.some((v) => sameLabel(v.label, request.label))) {
        throw new ConflictError(ErrorCode.Conflict, `A version of this draft is already labelled "${request.label}"`);
      }
      if (!request.allowUnchanged) assertChanged(current, previous);
      const note = request.note ? request.note : null;
      await this.outbox.stage(
        { collection: Collections.draftVersions, id: current._id, field: 'status', value: 'published' },
        [
          notify('published', {
            type: 'version.published',
            processId: current.processId.toHexString(),
            actorUserId: principal.userId,
            actorName: null,
            processTitle: access.process.title,
            draftId: current.draftId.toHexString(),
            versionId: current._id.toHexString(),
            label: request.label,
            ...(draft ? { draftTitle: draft.title } : {}),
            ...(previous ? { previousVersionId: previous._id.toHexString(), previousLabel: previous.label } : {}),
            ...(note ? { note } : {}),
          }),
        ],
      );
      // Only applications whose effect is in the published text are published as such: one undone
      // or rewritten by an ordinary edit since is dropped (and said so in the audit log). They are
      // indexed before the version is frozen, so a crash in between leaves no claim unindexed.
      const { kept, dropped } = partitionApplications(await this.applications.of(current), current.sections);
      await this.applications.index(current, kept);
      const frozen = await this.versions.publish(current, request.label, note, kept);
      const next = await this.versions.createWorking(
        { _id: current.draftId, processId: current.processId },
        current.sequence + 1,
        current.sections,
      );
      return {
        published: frozen,
        working: next,
        dropped: dropped.map((a) => a.annotationId.toHexString()),
      };
    });
    this.outbox.committed();
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'version.published',
      targetType: 'version',
      targetId: published._id,
      before: { status: 'working', revision: published.revision },
      after: {
        status: 'published',
        label: published.label,
        note: published.note ?? null,
        publishedAt: published.publishedAt?.toISOString() ?? null,
        paragraphs: published.sections.reduce((n, s) => n + s.paragraphs.length, 0),
        nextWorkingVersionId: working._id.toHexString(),
        appliedAmendments: (published.applications ?? []).map((a) => a.annotationId.toHexString()),
        ...(dropped.length > 0 ? { applicationsNoLongerInText: dropped } : {}),
      },
      summary: `${published.label} published`,
      context: { title: published.label },
    });
    // Awaited so that once publishing answers, the new version's annotations are in place.
    await this.hooks.notify({
      processId: published.processId,
      draftId: published.draftId,
      versionId: published._id,
      sequence: published.sequence,
    });
    return { published: toDraftVersion(published), working: toDraftVersion(working) };
  }
}

/**
 * A publication that reads exactly as the last published version (same paragraph keys, order
 * and text: the comparison of the two finds nothing) is most likely a slip; it takes
 * `allowUnchanged`. The zero draft has nothing before it and is never unchanged.
 */
function assertChanged(current: DraftVersionRecord, last: DraftVersionRecord | null): void {
  if (last && sectionsUnchanged(last.sections, current.sections)) {
    throw new ConflictError(
      ErrorCode.VersionUnchanged,
      `Nothing has changed since "${last.label}"; send allowUnchanged to publish it anyway`,
    );
  }
}
