import {
  addMemberRequestSchema,
  createProcessRequestSchema,
  membershipListSchema,
  membershipSchema,
  processListSchema,
  processSchema,
  updateMemberRequestSchema,
} from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class ProcessDto extends createZodDto(processSchema) {}
export class ProcessListDto extends createZodDto(processListSchema) {}
export class CreateProcessRequestDto extends createZodDto(createProcessRequestSchema) {}
export class MembershipDto extends createZodDto(membershipSchema) {}
export class MembershipListDto extends createZodDto(membershipListSchema) {}
export class AddMemberRequestDto extends createZodDto(addMemberRequestSchema) {}
export class UpdateMemberRequestDto extends createZodDto(updateMemberRequestSchema) {}
