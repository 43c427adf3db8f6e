import {
  breakSilenceRequestSchema,
  changeSilenceDeadlineRequestSchema,
  silenceProcedureListSchema,
  silenceProcedureSchema,
  startSilenceRequestSchema,
} from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class SilenceProcedureDto extends createZodDto(silenceProcedureSchema) {}
export class SilenceProcedureListDto extends createZodDto(silenceProcedureListSchema) {}
export class StartSilenceRequestDto extends createZodDto(startSilenceRequestSchema) {}
export class ChangeSilenceDeadlineRequestDto extends createZodDto(changeSilenceDeadlineRequestSchema) {}
export class BreakSilenceRequestDto extends createZodDto(breakSilenceRequestSchema) {}
