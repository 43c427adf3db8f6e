import { Injectable } from '@nestjs/common';
import type { AmendmentAppliedIn, Annotation } from '@concordia/contracts';
import type {
  AmendmentApplicationRecord,
  AnnotationAnchorRecord,
  AnnotationDispositionRecord,
  AnnotationModerationRecord,
  AnnotationRecord,
  AnnotationRestorationRecord,
  AnnotationSponsorRecord,
  DraftVersionRecord,
  Models,
} from '@concordia/dal';
import { InjectModels } from '../infra/database.module';
import { carriedAnchor, originalAnchor, toAnnotation } from './annotation.mapper';

/**
 * Turns stored annotations into what clients read: sponsors, the latest disposition, the chair's
 * hiding and latest showing again come from their own collections (they are never written into the annotation), and the anchor is
 * the one in the version being read. Callers pass only records they already filtered by
 * visibility.
 */
@Injectable()
export class AnnotationReader {
  constructor(@InjectModels() private readonly models: Models) {}

  async one(record: AnnotationRecord): Promise<Annotation> {
    const [annotation] = await this.many([record]);
    if (!annotation) throw new Error('unreachable: one record in, one annotation out');
    return annotation;
  }

  /** An annotation just inserted: it has no sponsors, disposition or carried anchor yet, so no query. */
  fresh(record: AnnotationRecord): Annotation {
    return toAnnotation(record, {
      anchor: originalAnchor(record),
      sponsors: [],
      disposition: undefined,
      appliedIn: [],
    });
  }

  /** With `anchors`, a record's anchor in that version replaces its original one. */
  async many(records: AnnotationRecord[], anchors: AnnotationAnchorRecord[] = []): Promise<Annotation[]> {
    if (records.length === 0) return [];
    const ids = records.map((r) => r._id);
    const [sponsors, dispositions, moderations, restorations, appliedIn] = await Promise.all([
      this.models.annotationSponsors
        .find({ annotationId: { $in: ids } })
        .sort({ at: 1, _id: 1 })
        .lean<AnnotationSponsorRecord[]>()
        .exec(),
      this.models.annotationDispositions
        .find({ annotationId: { $in: ids } })
        .sort({ at: 1, _id: 1 })
        .lean<AnnotationDispositionRecord[]>()
        .exec(),
      this.models.annotationModerations
        .find({ annotationId: { $in: ids } })
        .lean<AnnotationModerationRecord[]>()
        .exec(),
      this.models.annotationRestorations
        .find({ annotationId: { $in: ids } })
        .sort({ at: 1, _id: 1 })
        .lean<AnnotationRestorationRecord[]>()
        .exec(),
      this.publishedApplications(records),
    ]);
    const hidden = new Map(moderations.map((m) => [m.annotationId.toHexString(), m]));
    const sponsorsOf = group(sponsors);
    // Sorted oldest first: the last one written per annotation wins.
    const latest = new Map(dispositions.map((d) => [d.annotationId.toHexString(), d]));
    const lastRestored = new Map(restorations.map((r) => [r.annotationId.toHexString(), r]));
    const anchorOf = new Map(anchors.map((a) => [a.annotationId.toHexString(), a]));
    return records.map((record) => {
      const key = record._id.toHexString();
      // A reply sits where its thread's root sits.
      const anchor = anchorOf.get(key) ?? (record.parentId ? anchorOf.get(record.parentId.toHexString()) : undefined);
      return toAnnotation(record, {
        anchor: anchor ? carriedAnchor(anchor) : originalAnchor(record),
        sponsors: sponsorsOf.get(key) ?? [],
        disposition: latest.get(key),
        moderation: hidden.get(key),
        restoration: lastRestored.get(key),
        appliedIn: appliedIn.get(key) ?? [],
      });
    });
  }

  /**
   * Where the amendments among `records` were applied, published versions only: an application
   * to the working version is the secretariat's draft until it is published. Two reads whatever
   * the list's length (FerretDB cannot join): the index of applications, then their versions by
   * _id without their text. The version has the last word: an index entry it does not confirm
   * (an interrupted publication's, one dropped because the text no longer had it) claims nothing.
   */
  private async publishedApplications(records: AnnotationRecord[]): Promise<Map<string, AmendmentAppliedIn[]>> {
    const amendments = records.filter((r) => r.kind === 'amendment' && r.parentId === null).map((r) => r._id);
    const byAnnotation = new Map<string, AmendmentAppliedIn[]>();
    if (amendments.length === 0) return byAnnotation;
    const applications = await this.models.amendmentApplications
      .find({ annotationId: { $in: amendments } })
      .select({ annotationId: 1, versionId: 1, paragraphKey: 1 })
      .lean<Pick<AmendmentApplicationRecord, 'annotationId' | 'versionId' | 'paragraphKey'>[]>()
      .exec();
    if (applications.length === 0) return byAnnotation;
    const versions = await this.models.draftVersions
      .find({ _id: { $in: [...new Set(applications.map((a) => a.versionId.toHexString()))] }, status: 'published' })
      .select({ draftId: 1, label: 1, sequence: 1, applications: 1 })
      .sort({ sequence: 1 })
      .lean<Pick<DraftVersionRecord, '_id' | 'draftId' | 'label' | 'sequence' | 'applications'>[]>()
      .exec();
    const indexed = new Map(
      applications.map((a) => [`${a.annotationId.toHexString()}:${a.versionId.toHexString()}`, a.paragraphKey]),
    );
    for (const id of amendments) {
      const key = id.toHexString();
      const appliedIn = versions.flatMap((v): AmendmentAppliedIn[] => {
        const entry = indexed.get(`${key}:${v._id.toHexString()}`);
        if (entry === undefined) return [];
        // A version published before it carried its applications: the index is all there is.
        const own = v.applications ? v.applications.find((a) => a.annotationId.equals(id)) : null;
        if (own === undefined) return [];
        const paragraphKey = own?.trace?.paragraphKey ?? (entry || null);
        return [{ versionId: v._id.toHexString(), draftId: v.draftId.toHexString(), label: v.label, paragraphKey }];
      });
      if (appliedIn.length > 0) byAnnotation.set(key, appliedIn);
    }
    return byAnnotation;
  }
}

function group(sponsors: AnnotationSponsorRecord[]): Map<string, AnnotationSponsorRecord[]> {
  const byAnnotation = new Map<string, AnnotationSponsorRecord[]>();
  for (const s of sponsors) {
    const key = s.annotationId.toHexString();
    byAnnotation.set(key, [...(byAnnotation.get(key) ?? []), s]);
  }
  return byAnnotation;
}
