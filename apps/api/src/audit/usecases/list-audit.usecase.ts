import { Injectable } from '@nestjs/common';
import type { AuditPage, AuditQuery } from '@concordia/contracts';
import type { AuditEntryRecord, Models } from '@concordia/dal';
import { ProcessAccessService } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { auditFilter } from '../audit-query';
import { toAuditEntry } from '../audit.mapper';

/** One page of the process's audit log, newest first. */
@Injectable()
export class ListAuditUseCase {
  constructor(
    private readonly access: ProcessAccessService,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, processId: string, query: AuditQuery): Promise<AuditPage> {
    const access = await this.access.resolve(principal, processId, 'audit.read');
    const records = await this.models.auditLog
      .find(auditFilter(access.processId, query))
      .sort({ _id: -1 })
      .limit(query.limit + 1)
      .lean<AuditEntryRecord[]>()
      .exec();
    const page = records.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toAuditEntry),
      nextCursor: records.length > query.limit && last ? last._id.toHexString() : null,
    };
  }
}
