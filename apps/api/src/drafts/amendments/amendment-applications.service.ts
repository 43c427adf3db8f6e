import { Injectable } from '@nestjs/common';
import type { Section } from '@concordia/contracts';
import {
  type AmendmentApplicationRecord,
  type AppliedAmendmentRecord,
  type DraftVersionRecord,
  isDuplicateKeyError,
  type Models,
} from '@concordia/dal';
import { applicationHolds } from '@concordia/drafting';
import type { Types } from 'mongoose';
import { InjectModels } from '../../infra/database.module';

/** Whether an application's effect is still in the text (one recorded without a trace is taken as holding). */
export const holds = (application: AppliedAmendmentRecord, sections: readonly Section[]): boolean =>
  application.trace === null || applicationHolds(application.trace, sections);

/**
 * The rule publishing follows: the applications it publishes (their effect is in the text) and
 * those it drops. The publish dialog warns of the dropped ones by this same rule.
 */
export const partitionApplications = (
  applications: readonly AppliedAmendmentRecord[],
  sections: readonly Section[],
): { kept: AppliedAmendmentRecord[]; dropped: AppliedAmendmentRecord[] } => {
  const kept = applications.filter((a) => holds(a, sections));
  return { kept, dropped: applications.filter((a) => !kept.includes(a)) };
};

/**
 * The amendments applied to a version. The version document carries them, written with its text
 * (see AppliedAmendmentRecord); the amendment_applications collection is only an index of the
 * published ones, written by publishing before it freezes the version.
 */
@Injectable()
export class AmendmentApplications {
  constructor(@InjectModels() private readonly models: Models) {}

  /**
   * The version's applications. A version written before they were kept in it has them in the
   * index only: they are read from there, without a trace, so the next application or the
   * publication writes them into the version.
   */
  async of(version: Pick<DraftVersionRecord, '_id' | 'applications'>): Promise<AppliedAmendmentRecord[]> {
    if (version.applications) return version.applications;
    const indexed = await this.models.amendmentApplications
      .find({ versionId: version._id })
      .sort({ at: 1, _id: 1 })
      .lean<AmendmentApplicationRecord[]>()
      .exec();
    return indexed.map((a) => ({
      annotationId: a.annotationId,
      trace: null,
      byUserId: a.byUserId,
      at: a.at,
      revision: a.revision,
    }));
  }

  /** Ids of the amendments whose application to the version still holds in its text. */
  async appliedTo(version: DraftVersionRecord): Promise<Set<string>> {
    const applications = await this.of(version);
    return new Set(applications.filter((a) => holds(a, version.sections)).map((a) => a.annotationId.toHexString()));
  }

  /**
   * Indexes applications of a version about to be published. Idempotent (an entry already there,
   * from an interrupted publication, is left as is), so a retry completes it.
   */
  async index(version: DraftVersionRecord, applications: AppliedAmendmentRecord[]): Promise<void> {
    for (const application of applications) {
      // One without a trace was read from the index: its entry is there.
      if (application.trace === null) continue;
      try {
        await this.models.amendmentApplications.create({
          annotationId: application.annotationId,
          processId: version.processId,
          draftId: version.draftId,
          versionId: version._id,
          paragraphKey: application.trace.paragraphKey,
          revision: application.revision,
          byUserId: application.byUserId,
          at: application.at,
        });
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
  }

  /** The application of an amendment to the version, if any. */
  static find(
    applications: AppliedAmendmentRecord[],
    annotationId: Types.ObjectId,
  ): AppliedAmendmentRecord | undefined {
    return applications.find((a) => a.annotationId.equals(annotationId));
  }
}
