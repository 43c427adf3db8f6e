import { createDelegationRequestSchema, delegationListSchema, delegationSchema } from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class DelegationDto extends createZodDto(delegationSchema) {}
export class DelegationListDto extends createZodDto(delegationListSchema) {}
export class CreateDelegationRequestDto extends createZodDto(createDelegationRequestSchema) {}
