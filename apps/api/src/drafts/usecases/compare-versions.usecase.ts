import { Injectable } from '@nestjs/common';
import { type CompareQuery, type Comparison, ErrorCode } from '@concordia/contracts';
import type { DraftVersionRecord, Models } from '@concordia/dal';
import { compareSections } from '@concordia/drafting';
import type { Principal } from '../../authz/principal';
import { BadRequestError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { DraftScope } from '../draft-scope.service';
import { versionNotFound } from '../version-errors';

@Injectable()
export class CompareVersionsUseCase {
  constructor(
    private readonly scope: DraftScope,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, draftId: string, query: CompareQuery): Promise<Comparison> {
    const { access, draft } = await this.scope.draft(principal, draftId, 'drafts.read');
    // Looked up inside the caller's process only: a version elsewhere is simply not found.
    const [from, to] = await Promise.all(
      [query.from, query.to].map((id) =>
        this.models.draftVersions.findOne({ _id: id, processId: access.processId }).lean<DraftVersionRecord>().exec(),
      ),
    );
    for (const version of [from, to]) {
      if (!version || (version.status !== 'published' && !access.can('drafts.read_working'))) throw versionNotFound();
    }
    if (!from || !to) throw versionNotFound();
    if (!from.draftId.equals(draft._id) || !to.draftId.equals(draft._id)) {
      throw new BadRequestError(ErrorCode.CompareDifferentDrafts, 'Both versions must belong to this draft');
    }
    return {
      from: { id: from._id.toHexString(), label: from.label },
      to: { id: to._id.toHexString(), label: to.label },
      ...compareSections(from.sections, to.sections),
    };
  }
}
