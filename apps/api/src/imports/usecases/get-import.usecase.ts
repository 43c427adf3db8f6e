import { Injectable } from '@nestjs/common';
import type { ImportJob } from '@concordia/contracts';
import type { Models } from '@concordia/dal';
import type { Principal } from '../../authz/principal';
import { VersionStore } from '../../drafts/version-store.service';
import { InjectModels } from '../../infra/database.module';
import { importNotFound, ImportScope } from '../import-scope.service';
import { matchedAgainstOlder } from '../import-staleness';
import { IMPORT_JOB_FIELDS, type ImportJobRecord, toImportJob } from '../import.mapper';

@Injectable()
export class GetImportUseCase {
  constructor(
    private readonly scope: ImportScope,
    private readonly versions: VersionStore,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, importId: string): Promise<ImportJob> {
    const { id } = await this.scope.resolve(principal, importId);
    const record = await this.models.imports.findById(id).select(IMPORT_JOB_FIELDS).lean<ImportJobRecord>().exec();
    if (!record) throw importNotFound();
    // Said before the review starts, not at accept: a stale preview is not worth correcting.
    const stale =
      record.status === 'ready' && matchedAgainstOlder(record, await this.versions.latestPublished(record.draftId));
    return toImportJob(record, stale);
  }
}
