import { roundListSchema } from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class RoundListDto extends createZodDto(roundListSchema) {}
