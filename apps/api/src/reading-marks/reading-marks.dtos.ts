import { readingMarkRequestSchema, readingMarkSchema } from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class ReadingMarkRequestDto extends createZodDto(readingMarkRequestSchema) {}
export class ReadingMarkDto extends createZodDto(readingMarkSchema) {}
