import { Injectable } from '@nestjs/common';
import type { DraftList } from '@concordia/contracts';
import type { DraftRecord, Models } from '@concordia/dal';
import { ProcessAccessService } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { toDraft, VERSION_SUMMARY_FIELDS, type VersionSummaryRecord } from '../draft.mapper';

@Injectable()
export class ListDraftsUseCase {
  constructor(
    private readonly access: ProcessAccessService,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, processId: string): Promise<DraftList> {
    const access = await this.access.resolve(principal, processId, 'drafts.read');
    const drafts = await this.models.drafts
      .find({ processId: access.processId })
      .sort({ createdAt: 1 })
      .lean<DraftRecord[]>()
      .exec();
    // Working versions are listed only to those who may read them.
    const statusFilter: { status?: 'published' } = access.can('drafts.read_working') ? {} : { status: 'published' };
    const versions = await this.models.draftVersions
      .find({ draftId: { $in: drafts.map((d) => d._id) }, ...statusFilter })
      .select(VERSION_SUMMARY_FIELDS)
      .lean<VersionSummaryRecord[]>()
      .exec();
    return {
      items: drafts.map((draft) =>
        toDraft(
          draft,
          versions.filter((v) => v.draftId.equals(draft._id)),
        ),
      ),
    };
  }
}
