import { Injectable } from '@nestjs/common';
import type { Models } from '@concordia/dal';
import type { Types } from 'mongoose';
import { type ProcessAccess, ProcessAccessService } from '../authz/process-access.service';
import type { Principal } from '../authz/principal';
import { NotFoundError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';

export const importNotFound = () => new NotFoundError('Import not found');

/** Resolves an import with the caller's right to manage drafts in its process (others: 404). */
@Injectable()
export class ImportScope {
  constructor(
    private readonly access: ProcessAccessService,
    @InjectModels() private readonly models: Models,
  ) {}

  async resolve(
    principal: Principal,
    importId: string,
  ): Promise<{ access: ProcessAccess; id: Types.ObjectId; draftId: Types.ObjectId }> {
    const scope = await this.models.imports
      .findById(importId)
      .select({ processId: 1, draftId: 1 })
      .lean<{ _id: Types.ObjectId; processId: Types.ObjectId; draftId: Types.ObjectId }>()
      .exec();
    if (!scope) throw importNotFound();
    const access = await this.access.resolve(principal, scope.processId, 'drafts.manage').catch((error: unknown) => {
      throw error instanceof NotFoundError ? importNotFound() : error;
    });
    return { access, id: scope._id, draftId: scope.draftId };
  }
}
