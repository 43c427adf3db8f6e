import { Injectable } from '@nestjs/common';
import { ErrorCode, type VersionApplicationList } from '@concordia/contracts';
import type { AnnotationRecord, Models } from '@concordia/dal';
import type { Principal } from '../../authz/principal';
import { ConflictError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { AmendmentApplications, partitionApplications } from '../amendments/amendment-applications.service';
import { DraftScope } from '../draft-scope.service';
import { VersionStore } from '../version-store.service';

type Proposer = Pick<AnnotationRecord, '_id' | 'authorName' | 'delegationName'>;

/**
 * The amendments applied to a working version and whether each still holds in its text, by the
 * rule publishing drops them with: what the publish dialog warns of before the officer publishes.
 */
@Injectable()
export class ListApplicationsUseCase {
  constructor(
    private readonly scope: DraftScope,
    private readonly versions: VersionStore,
    private readonly applications: AmendmentApplications,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, versionId: string): Promise<VersionApplicationList> {
    const { version: scope } = await this.scope.version(principal, versionId, 'drafts.manage');
    if (scope.status !== 'working') {
      throw new ConflictError(ErrorCode.VersionNotWorking, 'Only a working version has applications still to publish');
    }
    const version = await this.versions.load(scope._id);
    const applications = await this.applications.of(version);
    const { dropped } = partitionApplications(applications, version.sections);
    // Withdrawn ones too: their application is in the text all the same.
    const proposers = await this.models.annotations
      .find({ _id: { $in: applications.map((a) => a.annotationId) } })
      .select({ authorName: 1, delegationName: 1 })
      .lean<Proposer[]>()
      .exec();
    const proposer = new Map(proposers.map((p) => [p._id.toHexString(), p]));
    const numberOf = new Map(version.sections.flatMap((s) => s.paragraphs).map((p) => [p.key, p.number]));
    return {
      versionId: version._id.toHexString(),
      revision: version.revision,
      items: applications.map((application) => {
        const id = application.annotationId.toHexString();
        const paragraphKey = application.trace?.paragraphKey ?? null;
        return {
          annotationId: id,
          authorName: proposer.get(id)?.authorName ?? '',
          delegationName: proposer.get(id)?.delegationName ?? null,
          paragraphKey,
          paragraphNumber: paragraphKey === null ? null : (numberOf.get(paragraphKey) ?? null),
          holds: !dropped.includes(application),
        };
      }),
    };
  }
}
