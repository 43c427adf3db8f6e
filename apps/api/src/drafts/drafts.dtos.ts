import {
  applyOperationRequestSchema,
  compareQuerySchema,
  comparisonSchema,
  createDraftRequestSchema,
  draftListSchema,
  draftSchema,
  draftVersionSchema,
  publishVersionRequestSchema,
  publishVersionResponseSchema,
  staleVersionBodySchema,
  versionApplicationListSchema,
} from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class DraftListDto extends createZodDto(draftListSchema) {}
export class DraftDto extends createZodDto(draftSchema) {}
export class DraftVersionDto extends createZodDto(draftVersionSchema) {}
export class CreateDraftRequestDto extends createZodDto(createDraftRequestSchema) {}
export class ApplyOperationRequestDto extends createZodDto(applyOperationRequestSchema) {}
export class PublishVersionRequestDto extends createZodDto(publishVersionRequestSchema) {}
export class PublishVersionResponseDto extends createZodDto(publishVersionResponseSchema) {}
export class StaleVersionBodyDto extends createZodDto(staleVersionBodySchema) {}
export class CompareQueryDto extends createZodDto(compareQuerySchema) {}
export class ComparisonDto extends createZodDto(comparisonSchema) {}
export class VersionApplicationListDto extends createZodDto(versionApplicationListSchema) {}
