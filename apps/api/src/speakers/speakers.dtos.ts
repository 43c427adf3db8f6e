import {
  reorderSpeakersRequestSchema,
  requestFloorRequestSchema,
  setSpeakingTimeRequestSchema,
  speakersListSchema,
  speakerTurnsSchema,
} from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class SpeakersListDto extends createZodDto(speakersListSchema) {}
export class RequestFloorRequestDto extends createZodDto(requestFloorRequestSchema) {}
export class ReorderSpeakersRequestDto extends createZodDto(reorderSpeakersRequestSchema) {}
export class SetSpeakingTimeRequestDto extends createZodDto(setSpeakingTimeRequestSchema) {}
export class SpeakerTurnsDto extends createZodDto(speakerTurnsSchema) {}
