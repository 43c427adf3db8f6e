import { Injectable } from '@nestjs/common';
import { ErrorCode, type ImportCorrections, type SaveImportCorrectionsRequest } from '@concordia/contracts';
import type { ImportRecord, Models } from '@concordia/dal';
import type { Principal } from '../../authz/principal';
import { ConflictError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { importNotFound, ImportScope } from '../import-scope.service';
import { toCorrections } from '../import.mapper';
import { applyOverrides } from '../key-overrides';

const notReady = (status: string) =>
  new ConflictError(ErrorCode.ImportNotReady, `The import is ${status}; corrections are kept only while it is ready`);

/**
 * Keeps the review's hand corrections with the import, so leaving the page (or the device) loses
 * none. Each save replaces the last whole: one conditional update, no read-modify-write to race.
 * Not audited: the accept records the corrections it was given, and a review's steps are drafts.
 */
@Injectable()
export class SaveImportCorrectionsUseCase {
  constructor(
    private readonly scope: ImportScope,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(
    principal: Principal,
    importId: string,
    request: SaveImportCorrectionsRequest,
  ): Promise<ImportCorrections> {
    const { id } = await this.scope.resolve(principal, importId);
    const record = await this.models.imports
      .findById(id)
      .select({ status: 1, preview: 1 })
      .lean<Pick<ImportRecord, 'status' | 'preview'>>()
      .exec();
    if (!record) throw importNotFound();
    if (record.status !== 'ready' || !record.preview) throw notReady(record.status);
    applyOverrides(record.preview, request.keyOverrides);
    const { matchedCount } = await this.models.imports
      .updateOne({ _id: id, status: 'ready' }, { $set: { corrections: toCorrections(request.keyOverrides) } })
      .exec();
    // Accepted or discarded since it was read.
    if (matchedCount === 0) throw notReady('no longer ready');
    return { keyOverrides: request.keyOverrides, savedAt: new Date().toISOString() };
  }
}
