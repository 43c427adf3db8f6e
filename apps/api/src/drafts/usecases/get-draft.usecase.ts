import { Injectable } from '@nestjs/common';
import type { Draft } from '@concordia/contracts';
import type { Models } from '@concordia/dal';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { DraftScope } from '../draft-scope.service';
import { toDraft, VERSION_SUMMARY_FIELDS, type VersionSummaryRecord } from '../draft.mapper';

@Injectable()
export class GetDraftUseCase {
  constructor(
    private readonly scope: DraftScope,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, draftId: string): Promise<Draft> {
    const { access, draft } = await this.scope.draft(principal, draftId, 'drafts.read');
    // The working version is listed only to those who may read it.
    const statusFilter: { status?: 'published' } = access.can('drafts.read_working') ? {} : { status: 'published' };
    const versions = await this.models.draftVersions
      .find({ draftId: draft._id, ...statusFilter })
      .select(VERSION_SUMMARY_FIELDS)
      .lean<VersionSummaryRecord[]>()
      .exec();
    return toDraft(draft, versions);
  }
}
