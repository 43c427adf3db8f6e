import { Injectable } from '@nestjs/common';
import type { ImportStatus, OpenImport } from '@concordia/contracts';
import type { ImportRecord, Models } from '@concordia/dal';
import { Types } from 'mongoose';
import type { Principal } from '../../authz/principal';
import { DraftScope } from '../../drafts/draft-scope.service';
import { InjectModels } from '../../infra/database.module';

/** Statuses of an import still on its way to a decision: parsed, or waiting for its review. */
const OPEN: readonly ImportStatus[] = ['queued', 'parsing', 'matching', 'ready'];

/**
 * The caller's newest import into the draft that is neither accepted, discarded nor failed, so the
 * import page takes its review up again instead of asking for the file anew. Another officer's
 * review stays theirs: it holds their corrections, and only they know where they stopped.
 */
@Injectable()
export class GetOpenImportUseCase {
  constructor(
    private readonly scope: DraftScope,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, draftId: string): Promise<OpenImport> {
    const { draft } = await this.scope.draft(principal, draftId, 'drafts.manage');
    const open = await this.models.imports
      .findOne({ draftId: draft._id, createdBy: new Types.ObjectId(principal.userId), status: { $in: OPEN } })
      .sort({ createdAt: -1 })
      .select({ fileName: 1, status: 1, createdAt: 1 })
      .lean<Pick<ImportRecord, '_id' | 'fileName' | 'status' | 'createdAt'>>()
      .exec();
    return {
      job: open && {
        id: open._id.toHexString(),
        fileName: open.fileName,
        status: open.status,
        createdAt: open.createdAt.toISOString(),
      },
    };
  }
}
