import { roundAgendaSchema } from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class RoundAgendaDto extends createZodDto(roundAgendaSchema) {}
