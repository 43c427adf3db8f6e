import { Injectable } from '@nestjs/common';
import type { DraftVersion } from '@concordia/contracts';
import type { DraftVersionRecord, Models } from '@concordia/dal';
import { ProcessAccessService } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { NotFoundError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { toDraftVersion } from '../draft.mapper';

const versionNotFound = () => new NotFoundError('Version not found');

@Injectable()
export class GetVersionUseCase {
  constructor(
    private readonly access: ProcessAccessService,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, versionId: string): Promise<DraftVersion> {
    // Only the scope is read before the check; the text is loaded once access is granted.
    const scope = await this.models.draftVersions
      .findById(versionId)
      .select({ processId: 1, status: 1 })
      .lean<Pick<DraftVersionRecord, 'processId' | 'status'>>()
      .exec();
    if (!scope) throw versionNotFound();
    const access = await this.access.resolve(principal, scope.processId, 'drafts.read').catch((error: unknown) => {
      // The caller must not learn that a version exists in a process they cannot see.
      throw error instanceof NotFoundError ? versionNotFound() : error;
    });
    if (scope.status !== 'published' && !access.can('drafts.read_working')) throw versionNotFound();
    const version = await this.models.draftVersions
      .findOne({ _id: versionId, processId: access.processId })
      .lean<DraftVersionRecord>()
      .exec();
    if (!version) throw versionNotFound();
    return toDraftVersion(version);
  }
}
