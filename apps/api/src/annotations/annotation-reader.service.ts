import { Injectable } from '@nestjs/common';
import type { Annotation } from '@concordia/contracts';
import type {
  AnnotationAnchorRecord,
  AnnotationDispositionRecord,
  AnnotationModerationRecord,
  AnnotationRecord,
  AnnotationRestorationRecord,
  AnnotationSponsorRecord,
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
    return toAnnotation(record, { anchor: originalAnchor(record), sponsors: [], disposition: undefined });
  }

  /** With `anchors`, a record's anchor in that version replaces its original one. */
  async many(records: AnnotationRecord[], anchors: AnnotationAnchorRecord[] = []): Promise<Annotation[]> {
    if (records.length === 0) return [];
    const ids = records.map((r) => r._id);
    const [sponsors, dispositions, moderations, restorations] = await Promise.all([
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
      });
    });
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
