import {
  changeRoundClosingRequestSchema,
  changeRoundStatusRequestSchema,
  createRoundRequestSchema,
  paragraphStatusEntrySchema,
  paragraphStatusListSchema,
  roundListSchema,
  roundSchema,
  setParagraphStatusRequestSchema,
  updateRoundRequestSchema,
} from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class RoundListDto extends createZodDto(roundListSchema) {}
export class RoundDto extends createZodDto(roundSchema) {}
export class CreateRoundRequestDto extends createZodDto(createRoundRequestSchema) {}
export class UpdateRoundRequestDto extends createZodDto(updateRoundRequestSchema) {}
export class ChangeRoundStatusRequestDto extends createZodDto(changeRoundStatusRequestSchema) {}
export class ChangeRoundClosingRequestDto extends createZodDto(changeRoundClosingRequestSchema) {}
export class ParagraphStatusListDto extends createZodDto(paragraphStatusListSchema) {}
export class ParagraphStatusEntryDto extends createZodDto(paragraphStatusEntrySchema) {}
export class SetParagraphStatusRequestDto extends createZodDto(setParagraphStatusRequestSchema) {}
