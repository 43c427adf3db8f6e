import { Global, Module } from '@nestjs/common';
import { AuditLogService } from './audit-log.service';

/** Global: every domain module records its state changes here. */
@Global()
@Module({ providers: [AuditLogService], exports: [AuditLogService] })
export class AuditModule {}
