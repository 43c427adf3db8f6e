import { Injectable } from '@nestjs/common';
import {
  type DispositionValue,
  ErrorCode,
  type WorkingAmendment,
  type WorkingAmendmentList,
} from '@concordia/contracts';
import type { Models } from '@concordia/dal';
import { Types } from 'mongoose';
import type { Principal } from '../../authz/principal';
import { AmendmentApplications } from '../../drafts/amendments/amendment-applications.service';
import { DraftScope } from '../../drafts/draft-scope.service';
import { VersionStore } from '../../drafts/version-store.service';
import { ConflictError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { AnnotationReader } from '../annotation-reader.service';
import { readableAmong, viewerOf } from '../annotation-visibility';
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
 * from), with its disposition, sponsors and whether it is applied to this working version
 * (applied, and its effect still in the text); a withdrawn one only while applied. Orphans
 * first, then by paragraph as the working version orders them.
 */
@Injectable()
export class ListWorkingAmendmentsUseCase {
  constructor(
    private readonly scope: DraftScope,
    private readonly versions: VersionStore,
    private readonly reanchorer: Reanchorer,
    private readonly reader: AnnotationReader,
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

    const [open, applied] = await Promise.all([
      this.reanchorer.placedIn(published),
      this.applications.appliedTo(working),
    ]);
    // A withdrawn amendment is listed while its application holds, for the officer to undo or keep.
    const openIds = new Set(open.map((p) => p.record._id.toHexString()));
    const withdrawn = await this.reanchorer.placedAmong(
      published,
      [...applied].filter((id) => !openIds.has(id)).map((id) => new Types.ObjectId(id)),
    );
    const amendments = [...open, ...withdrawn.filter((p) => p.record.status === 'withdrawn')].filter(
      (p) => p.record.kind === 'amendment',
    );
    const shown = await readableAmong(
      this.models,
      viewerOf(access),
      amendments.map((p) => p.record._id),
    );
    const placed = amendments.filter((p) => shown.has(p.record._id.toHexString()));
    const [annotations, rounds] = await Promise.all([
      this.reader.many(placed.map((p) => p.record)),
      this.models.rounds
        .find({ _id: { $in: placed.map((p) => p.record.roundId) } })
        .select({ name: 1 })
        .lean<{ _id: Types.ObjectId; name: string }[]>()
        .exec(),
    ]);
    const roundName = new Map(rounds.map((r) => [r._id.toHexString(), r.name]));

    const items = placed.flatMap((p, i): WorkingAmendment[] => {
      const annotation = annotations[i];
      // A hidden amendment is not the secretariat's to apply while the chair keeps it hidden.
      if (!annotation?.amendment || annotation.moderation) return [];
      return [
        {
          annotationId: annotation.id,
          paragraphKey: p.orphaned ? null : p.paragraphKey,
          lastParagraphKey: p.paragraphKey,
          operation: annotation.amendment.operation,
          text: annotation.amendment.text,
          selectors: p.selectors,
          authorName: annotation.authorName,
          delegationName: annotation.delegationName,
          roundId: annotation.roundId,
          roundName: roundName.get(annotation.roundId) ?? '',
          disposition: annotation.disposition
            ? { value: annotation.disposition.value, reason: annotation.disposition.reason }
            : null,
          sponsors: annotation.sponsors.map(({ delegationId, delegationName }) => ({ delegationId, delegationName })),
          applied: applied.has(annotation.id),
          withdrawn: p.record.status === 'withdrawn',
        },
      ];
    });

    const position = new Map<string, number>();
    [...working.sections, ...published.sections]
      .flatMap((s) => s.paragraphs)
      .forEach((p, i) => position.set(p.key, position.get(p.key) ?? i));
    const place = (item: WorkingAmendment) =>
      item.paragraphKey === null ? -1 : (position.get(item.paragraphKey) ?? Number.MAX_SAFE_INTEGER);
    const weight = (item: WorkingAmendment) => DISPOSITION_ORDER[item.disposition?.value ?? 'none'];
    // A stable sort keeps the rest in the order they were made.
    items.sort((a, b) => place(a) - place(b) || weight(a) - weight(b));
    return { ...empty, publishedVersionId: published._id.toHexString(), items };
  }
}
