import {
  acceptImportRequestSchema,
  importCorrectionsSchema,
  importJobSchema,
  openImportSchema,
  saveImportCorrectionsRequestSchema,
} from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class ImportJobDto extends createZodDto(importJobSchema) {}
export class AcceptImportRequestDto extends createZodDto(acceptImportRequestSchema) {}
export class OpenImportDto extends createZodDto(openImportSchema) {}
export class SaveImportCorrectionsRequestDto extends createZodDto(saveImportCorrectionsRequestSchema) {}
export class ImportCorrectionsDto extends createZodDto(importCorrectionsSchema) {}
