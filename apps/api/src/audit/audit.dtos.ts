import { auditPageSchema, auditQuerySchema } from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class AuditQueryDto extends createZodDto(auditQuerySchema) {}
export class AuditPageDto extends createZodDto(auditPageSchema) {}
