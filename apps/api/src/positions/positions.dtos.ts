import {
  matrixQuerySchema,
  positionChangesQuerySchema,
  positionChangesSchema,
  positionEvolutionSchema,
  positionHistoryQuerySchema,
  positionListQuerySchema,
  positionListSchema,
  positionMatrixSchema,
  positionSchema,
  recordPositionRequestSchema,
} from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class PositionDto extends createZodDto(positionSchema) {}
export class PositionListDto extends createZodDto(positionListSchema) {}
export class PositionMatrixDto extends createZodDto(positionMatrixSchema) {}
export class PositionEvolutionDto extends createZodDto(positionEvolutionSchema) {}
export class RecordPositionRequestDto extends createZodDto(recordPositionRequestSchema) {}
export class PositionListQueryDto extends createZodDto(positionListQuerySchema) {}
export class PositionHistoryQueryDto extends createZodDto(positionHistoryQuerySchema) {}
export class MatrixQueryDto extends createZodDto(matrixQuerySchema) {}
export class PositionChangesQueryDto extends createZodDto(positionChangesQuerySchema) {}
export class PositionChangesDto extends createZodDto(positionChangesSchema) {}
