import { acceptImportRequestSchema, importJobSchema } from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class ImportJobDto extends createZodDto(importJobSchema) {}
export class AcceptImportRequestDto extends createZodDto(acceptImportRequestSchema) {}
