import { Injectable } from '@nestjs/common';
import {
  type DispositionValue,
  ErrorCode,
  type WorkingAmendment,
  type WorkingAmendmentList,
} from '@concordia/contracts';
import type { AnnotationDispositionRecord, AnnotationSponsorRecord, Models } from '@concordia/dal';
import type { Types } from 'mongoose';
import type { Principal } from '../../authz/principal';
import { AmendmentApplications } from '../../drafts/amendments/amendment-applications.service';
import { DraftScope } from '../../drafts/draft-scope.service';
import { VersionStore } from '../../drafts/version-store.service';
import { ConflictError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { viewerOf, visibilityFilter } from '../annotation-visibility';
import { Reanchorer } from '../reanchorer.service';

/** Accepted first: those are the ones the secretariat is about to apply. */
const DISPOSITION_ORDER: Record<DispositionValue | 'none', number> = {
  accepted: 0,
  partly_accepted: 1,
  none: 2,
  not_retained: 3,
};

/**
 * Every open amendment of the draft's rounds that the caller may read and nobody hid, where
 * re-anchoring placed it in the latest published version (which the working version started
 * from), with its disposition, sponsors and whether it was already applied to this working
 * version. Orphans first, then by paragraph as the working version orders them.
 */
@Injectable()
export class ListWorkingAmendmentsUseCase {
  constructor(
    private readonly scope: DraftScope,
    private readonly versions: VersionStore,
    private readonly reanchorer: Reanchorer,
    private readonly applications: AmendmentApplications,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, versionId: string): Promise<WorkingAmendmentList> {
    const { access, version: scope } = await this.scope.version(principal, versionId, 'drafts.manage');
    if (scope.status !== 'working') {
      throw new ConflictError(ErrorCode.VersionNotWorking, 'Amendments are applied to the working version only');
    }
    const [working, published] = await Promise.all([
      this.versions.load(scope._id),
      this.versions.latestPublished(scope.draftId),
    ]);
    const empty = { versionId: scope._id.toHexString(), publishedVersionId: null, items: [] };
    if (!published) return empty;

    const placed = (await this.reanchorer.placedIn(published)).filter((p) => p.record.kind === 'amendment');
    const ids = placed.map((p) => p.record._id);
    const [visible, hidden, dispositions, sponsors, rounds, applied] = await Promise.all([
      this.models.annotations
        .find({ $and: [{ _id: { $in: ids } }, visibilityFilter(viewerOf(access))] })
        .select({ _id: 1 })
        .lean<{ _id: Types.ObjectId }[]>()
        .exec(),
      this.models.annotationModerations
        .find({ annotationId: { $in: ids } })
        .select({ annotationId: 1 })
        .lean<{ annotationId: Types.ObjectId }[]>()
        .exec(),
      this.models.annotationDispositions
        .find({ annotationId: { $in: ids } })
        .sort({ at: 1, _id: 1 })
        .lean<AnnotationDispositionRecord[]>()
        .exec(),
      this.models.annotationSponsors
        .find({ annotationId: { $in: ids } })
        .sort({ at: 1, _id: 1 })
        .lean<AnnotationSponsorRecord[]>()
        .exec(),
      this.models.rounds
        .find({ _id: { $in: [...new Set(placed.map((p) => p.record.roundId.toHexString()))] } })
        .select({ name: 1 })
        .lean<{ _id: Types.ObjectId; name: string }[]>()
        .exec(),
      this.applications.appliedTo(working._id),
    ]);
    const shown = new Set(visible.map((v) => v._id.toHexString()));
    const hiddenIds = new Set(hidden.map((m) => m.annotationId.toHexString()));
    // Append-only: the latest decision counts.
    const dispositionOf = new Map(dispositions.map((d) => [d.annotationId.toHexString(), d]));
    const roundName = new Map(rounds.map((r) => [r._id.toHexString(), r.name]));
    const position = new Map<string, number>();
    [...working.sections, ...published.sections]
      .flatMap((s) => s.paragraphs)
      .forEach((p, i) => position.set(p.key, position.get(p.key) ?? i));

    const items = placed.flatMap((p): WorkingAmendment[] => {
      const id = p.record._id.toHexString();
      const { amendment } = p.record;
      if (!amendment || !shown.has(id) || hiddenIds.has(id)) return [];
      const disposition = dispositionOf.get(id);
      return [
        {
          annotationId: id,
          paragraphKey: p.orphaned ? null : p.paragraphKey,
          lastParagraphKey: p.paragraphKey,
          operation: amendment.operation,
          text: amendment.text,
          selectors: p.selectors,
          authorName: p.record.authorName,
          delegationName: p.record.delegationName,
          roundId: p.record.roundId.toHexString(),
          roundName: roundName.get(p.record.roundId.toHexString()) ?? '',
          disposition: disposition ? { value: disposition.value, reason: disposition.reason } : null,
          sponsors: sponsors
            .filter((s) => s.annotationId.equals(p.record._id))
            .map((s) => ({ delegationId: s.delegationId.toHexString(), delegationName: s.delegationName })),
          applied: applied.has(id),
        },
      ];
    });
    const place = (item: WorkingAmendment) =>
      item.paragraphKey === null ? -1 : (position.get(item.paragraphKey) ?? Number.MAX_SAFE_INTEGER);
    const weight = (item: WorkingAmendment) => DISPOSITION_ORDER[item.disposition?.value ?? 'none'];
    // A stable sort keeps the rest in the order they were made.
    items.sort((a, b) => place(a) - place(b) || weight(a) - weight(b));
    return { ...empty, publishedVersionId: published._id.toHexString(), items };
  }
}
