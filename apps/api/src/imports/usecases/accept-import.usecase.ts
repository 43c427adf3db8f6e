import { Injectable } from '@nestjs/common';
import { type AcceptImportRequest, type DraftVersion, ErrorCode } from '@concordia/contracts';
import type { ImportRecord, Models } from '@concordia/dal';
import { materialise } from '@concordia/drafting';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { draftLock } from '../../drafts/draft-scope.service';
import { toDraftVersion } from '../../drafts/draft.mapper';
import { keyFactory } from '../../drafts/paragraph-keys';
import { VersionStore } from '../../drafts/version-store.service';
import { ConflictError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { WriteLock } from '../../infra/write-lock.service';
import { importNotFound, ImportScope } from '../import-scope.service';
import { matchedAgainstOlder } from '../import-staleness';
import { resolveKeys } from '../key-overrides';

function removedKeys(previous: readonly { key: string }[], kept: readonly (string | null)[]): string[] {
  const keptKeys = new Set(kept);
  return previous.map((p) => p.key).filter((key) => !keptKeys.has(key));
}

/**
 * Turns a ready import into the draft's working version. Runs under the draft's write lock, so
 * a double accept (or an accept racing a discard or an edit) changes the version at most once.
 */
@Injectable()
export class AcceptImportUseCase {
  constructor(
    private readonly scope: ImportScope,
    private readonly versions: VersionStore,
    private readonly lock: WriteLock,
    private readonly audit: AuditLogService,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, importId: string, request: AcceptImportRequest): Promise<DraftVersion> {
    const { access, id, draftId } = await this.scope.resolve(principal, importId);
    const outcome = await this.lock.run(draftLock(draftId), async () => {
      const record = await this.models.imports.findById(id).lean<ImportRecord>().exec();
      if (!record) throw importNotFound();
      if (record.status !== 'ready' || !record.parsed || !record.preview) {
        throw new ConflictError(
          ErrorCode.ImportNotReady,
          `The import is ${record.status}; only a ready import (parsed and matched) can be accepted`,
        );
      }
      const keys = resolveKeys(record.preview, request.keyOverrides);
      const base = await this.versions.latestPublished(record.draftId);
      if (matchedAgainstOlder(record, base)) {
        throw new ConflictError(
          ErrorCode.ImportStale,
          'A version was published after this import was matched; upload the document again',
        );
      }
      const working = await this.versions.workingOrRecreate({ _id: record.draftId, processId: record.processId });
      // A working version with edits is replaced only on request: those edits would be lost.
      if (working.revision > 0 && !request.replaceWorking) {
        throw new ConflictError(
          ErrorCode.WorkingVersionExists,
          `The working version has ${working.revision} ${working.revision === 1 ? 'change' : 'changes'} since it was created; ` +
            'accept with replaceWorking to replace it with the imported text',
        );
      }
      const sections = materialise(
        record.parsed,
        keys,
        base?.sections ?? null,
        keyFactory(base?.sections, working.sections),
      );
      const updated = await this.versions.replaceSections(working, sections);
      await this.models.imports
        .updateOne(
          { _id: id, status: 'ready' },
          { $set: { status: 'accepted', versionId: updated._id, progress: 100, parsed: null } },
        )
        .exec();
      await this.models.importFiles.deleteOne({ _id: id }).exec();
      return { record, keys, working, updated };
    });

    const { record, keys, working, updated } = outcome;
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'import.accepted',
      targetType: 'import',
      targetId: id,
      before: { workingVersionRevision: working.revision },
      after: {
        versionId: updated._id.toHexString(),
        revision: updated.revision,
        paragraphs: keys.length,
        matched: keys.filter((k) => k !== null).length,
        added: keys.filter((k) => k === null).length,
        removedKeys: removedKeys(record.preview?.previous ?? [], keys),
        keyOverrides: request.keyOverrides,
        replacedEdits: working.revision > 0,
      },
      summary: `${record.fileName} accepted into the working version`,
      context: { file: record.fileName },
    });
    return toDraftVersion(updated);
  }
}
