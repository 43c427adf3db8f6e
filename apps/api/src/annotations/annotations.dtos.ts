import {
  annotationHistorySchema,
  annotationListQuerySchema,
  annotationListSchema,
  annotationSchema,
  carryForwardReportSchema,
  createAnnotationRequestSchema,
  createReplyRequestSchema,
  editAnnotationRequestSchema,
  hideAnnotationRequestSchema,
  objectIdSchema,
  setDispositionRequestSchema,
  threadFollowStateSchema,
  workingAmendmentListSchema,
} from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class AnnotationDto extends createZodDto(annotationSchema) {}
export class AnnotationListDto extends createZodDto(annotationListSchema) {}
export class AnnotationHistoryDto extends createZodDto(annotationHistorySchema) {}
export class CarryForwardReportDto extends createZodDto(carryForwardReportSchema) {}
export class WorkingAmendmentListDto extends createZodDto(workingAmendmentListSchema) {}
export class CreateAnnotationRequestDto extends createZodDto(createAnnotationRequestSchema) {}
export class CreateReplyRequestDto extends createZodDto(createReplyRequestSchema) {}
export class EditAnnotationRequestDto extends createZodDto(editAnnotationRequestSchema) {}
export class HideAnnotationRequestDto extends createZodDto(hideAnnotationRequestSchema) {}
export class SetDispositionRequestDto extends createZodDto(setDispositionRequestSchema) {}
export class AnnotationListQueryDto extends createZodDto(annotationListQuerySchema) {}
export class CarryForwardQueryDto extends createZodDto(z.strictObject({ from: objectIdSchema, to: objectIdSchema })) {}
export class ThreadFollowStateDto extends createZodDto(threadFollowStateSchema) {}
