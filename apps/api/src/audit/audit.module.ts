import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditLogService } from './audit-log.service';
import { ExportAuditUseCase } from './usecases/export-audit.usecase';
import { ListAuditUseCase } from './usecases/list-audit.usecase';

/** Global: every domain module records its state changes here. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditLogService, ListAuditUseCase, ExportAuditUseCase],
  exports: [AuditLogService],
})
export class AuditModule {}
