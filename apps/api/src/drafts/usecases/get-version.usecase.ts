import { Injectable } from '@nestjs/common';
import type { DraftVersion } from '@concordia/contracts';
import type { Principal } from '../../authz/principal';
import { DraftScope } from '../draft-scope.service';
import { toDraftVersion } from '../draft.mapper';
import { VersionStore } from '../version-store.service';

@Injectable()
export class GetVersionUseCase {
  constructor(
    private readonly scope: DraftScope,
    private readonly versions: VersionStore,
  ) {}

  async execute(principal: Principal, versionId: string): Promise<DraftVersion> {
    const { version } = await this.scope.version(principal, versionId, 'drafts.read');
    return toDraftVersion(await this.versions.load(version._id));
  }
}
