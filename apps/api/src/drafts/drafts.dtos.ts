import { draftListSchema, draftVersionSchema } from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class DraftListDto extends createZodDto(draftListSchema) {}
export class DraftVersionDto extends createZodDto(draftVersionSchema) {}
