import { Injectable } from '@nestjs/common';
import { type DraftRecord, type DraftVersionRecord, LockResources, type Models } from '@concordia/dal';
import type { Types } from 'mongoose';
import { hiding, type ProcessAccess, ProcessAccessService } from '../authz/process-access.service';
import type { ProcessAction } from '../authz/policies';
import type { Principal } from '../authz/principal';
import { ForbiddenError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';
import { draftNotFound, versionNotFound } from './version-errors';

export type VersionScope = Pick<DraftVersionRecord, '_id' | 'draftId' | 'processId' | 'status'>;

/**
 * Resolves a draft or a version by id together with the caller's access to its process. Only
 * the scope fields are read before the check; callers load the content once access is granted.
 * Working versions are visible only to those who may read them (others get 404).
 */
@Injectable()
export class DraftScope {
  constructor(
    private readonly access: ProcessAccessService,
    @InjectModels() private readonly models: Models,
  ) {}

  async draft(
    principal: Principal,
    draftId: string | Types.ObjectId,
    action: ProcessAction,
  ): Promise<{ access: ProcessAccess; draft: DraftRecord }> {
    const draft = await this.models.drafts.findById(draftId).lean<DraftRecord>().exec();
    if (!draft) throw draftNotFound();
    const access = await this.access.resolve(principal, draft.processId, action).catch(hiding(draftNotFound));
    return { access, draft };
  }

  async version(
    principal: Principal,
    versionId: string | Types.ObjectId,
    action: ProcessAction,
  ): Promise<{ access: ProcessAccess; version: VersionScope }> {
    const version = await this.models.draftVersions
      .findById(versionId)
      .select({ draftId: 1, processId: 1, status: 1 })
      .lean<VersionScope>()
      .exec();
    if (!version) throw versionNotFound();
    // Visibility first (404), then the action (403): whoever may not see a working version must
    // not learn from a refused write that it exists.
    const access = await this.access
      .resolve(principal, version.processId, 'drafts.read')
      .catch(hiding(versionNotFound));
    if (version.status !== 'published' && !access.can('drafts.read_working')) throw versionNotFound();
    if (!access.can(action)) throw new ForbiddenError('Your role in this process does not allow this');
    return { access, version };
  }
}

/** Every writer of a draft's versions and imports takes this lock (see WriteLock). */
export const draftLock = (draftId: Types.ObjectId | string): string => LockResources.draft(draftId);
