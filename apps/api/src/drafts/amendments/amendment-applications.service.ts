import { Injectable } from '@nestjs/common';
import { type AmendmentApplicationRecord, isDuplicateKeyError, type Models } from '@concordia/dal';
import type { Types } from 'mongoose';
import { InjectModels } from '../../infra/database.module';
import { amendmentAlreadyApplied } from './amendment-errors';

type NewApplication = Omit<AmendmentApplicationRecord, '_id'>;

/**
 * The record of which amendments were applied to which working version. Append-only: the unique
 * (annotation, version) index alone refuses a second application, so the amendment's own
 * document is never read-modified-written (FerretDB v1 could lose a concurrent change to it).
 */
@Injectable()
export class AmendmentApplications {
  constructor(@InjectModels() private readonly models: Models) {}

  async assertNotApplied(annotationId: Types.ObjectId, versionId: Types.ObjectId): Promise<void> {
    if (await this.models.amendmentApplications.exists({ annotationId, versionId })) throw amendmentAlreadyApplied();
  }

  /** 409 AMENDMENT_ALREADY_APPLIED when another application of it to this version got there first. */
  async record(application: NewApplication): Promise<Types.ObjectId> {
    try {
      const created = await this.models.amendmentApplications.create(application);
      return created._id;
    } catch (error) {
      if (isDuplicateKeyError(error)) throw amendmentAlreadyApplied();
      throw error;
    }
  }

  /** Takes back a record whose text change did not go through. */
  async discard(id: Types.ObjectId): Promise<void> {
    await this.models.amendmentApplications.deleteOne({ _id: id }).exec();
  }

  /** Ids of the amendments applied to a version. */
  async appliedTo(versionId: Types.ObjectId): Promise<Set<string>> {
    const found = await this.models.amendmentApplications
      .find({ versionId })
      .select({ annotationId: 1 })
      .lean<Pick<AmendmentApplicationRecord, 'annotationId'>[]>()
      .exec();
    return new Set(found.map((a) => a.annotationId.toHexString()));
  }
}
