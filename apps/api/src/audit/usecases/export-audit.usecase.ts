import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { AuditQuery } from '@concordia/contracts';
import type { AuditEntryRecord, Models } from '@concordia/dal';
import { ProcessAccessService } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { auditFilter } from '../audit-query';
import { AUDIT_CSV_HEADER, auditCsvRow, csvRow } from '../csv';

/**
 * The whole filtered log as CSV, newest first, streamed from a database cursor so a long log
 * never sits in memory. Starts with a UTF-8 byte order mark, which spreadsheets need to read
 * accented names correctly.
 */
@Injectable()
export class ExportAuditUseCase {
  constructor(
    private readonly access: ProcessAccessService,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(
    principal: Principal,
    processId: string,
    query: Omit<AuditQuery, 'cursor' | 'limit'>,
  ): Promise<Readable> {
    const access = await this.access.resolve(principal, processId, 'audit.read');
    const filter = auditFilter(access.processId, query);
    const cursor = this.models.auditLog.find(filter).sort({ _id: -1 }).lean<AuditEntryRecord[]>().cursor();
    async function* rows(): AsyncGenerator<string> {
      yield `\uFEFF${csvRow(AUDIT_CSV_HEADER)}`;
      for await (const entry of cursor as AsyncIterable<AuditEntryRecord>) {
        yield auditCsvRow(entry);
      }
    }
    return Readable.from(rows());
  }
}
