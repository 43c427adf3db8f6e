import { reorderSpeakersRequestSchema, requestFloorRequestSchema, speakersListSchema } from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class SpeakersListDto extends createZodDto(speakersListSchema) {}
export class RequestFloorRequestDto extends createZodDto(requestFloorRequestSchema) {}
export class ReorderSpeakersRequestDto extends createZodDto(reorderSpeakersRequestSchema) {}
