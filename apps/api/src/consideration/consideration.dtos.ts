import { considerationSchema, setConsiderationRequestSchema } from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class ConsiderationDto extends createZodDto(considerationSchema) {}
export class SetConsiderationRequestDto extends createZodDto(setConsiderationRequestSchema) {}
