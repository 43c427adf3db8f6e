import { Injectable } from '@nestjs/common';
import type { AnnotationAnchorRecord, AnnotationRecord, Models } from '@concordia/dal';
import { Types } from 'mongoose';
import { annotationWithdrawn } from '../../annotations/annotation-errors';
import { viewerOf, visibilityFilter } from '../../annotations/annotation-visibility';
import type { ProcessAccess } from '../../authz/process-access.service';
import { InjectModels } from '../../infra/database.module';
import { amendmentNotApplicable, amendmentNotFound, notAnAmendment } from './amendment-errors';
import type { PlacedAmendment } from './amendment-edit';

export interface SourcedAmendment extends PlacedAmendment {
  record: AnnotationRecord;
  roundName: string;
}

/**
 * Finds an amendment to apply to a draft's working version: one of the draft's threads that the
 * caller may read, open and not hidden, placed where re-anchoring put it in the latest published
 * version (the working version started as a copy of it, with the same paragraph keys).
 */
@Injectable()
export class AmendmentSource {
  constructor(@InjectModels() private readonly models: Models) {}

  async find(access: ProcessAccess, draftId: Types.ObjectId, annotationId: string): Promise<SourcedAmendment> {
    const record = await this.models.annotations
      .findOne({
        $and: [{ _id: new Types.ObjectId(annotationId), draftId, parentId: null }, visibilityFilter(viewerOf(access))],
      })
      .lean<AnnotationRecord>()
      .exec();
    const hidden = record ? await this.models.annotationModerations.exists({ annotationId: record._id }) : null;
    if (!record || hidden) throw amendmentNotFound();
    if (record.kind !== 'amendment' || record.amendment === null) throw notAnAmendment();
    if (record.status !== 'open') throw annotationWithdrawn();

    const [published, round] = await Promise.all([
      this.models.draftVersions
        .findOne({ draftId, status: 'published' })
        .sort({ sequence: -1 })
        .select({ _id: 1 })
        .lean<{ _id: Types.ObjectId }>()
        .exec(),
      this.models.rounds.findById(record.roundId).select({ name: 1 }).lean<{ name: string }>().exec(),
    ]);
    const base = { record, roundName: round?.name ?? '', amendment: record.amendment };
    if (published === null || record.versionId.equals(published._id)) {
      return { ...base, paragraphKey: record.paragraphKey, selectors: record.selectors };
    }
    // Carried by re-anchoring; an orphan keeps the paragraph and words it was last on.
    const anchor = await this.models.annotationAnchors
      .findOne({ annotationId: record._id, versionId: published._id })
      .lean<AnnotationAnchorRecord>()
      .exec();
    if (!anchor) throw amendmentNotApplicable('paragraph_gone');
    return { ...base, paragraphKey: anchor.paragraphKey, selectors: anchor.selectors };
  }
}
