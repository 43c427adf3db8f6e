import {
  acceptInvitationRequestSchema,
  createdInvitationSchema,
  createInvitationRequestSchema,
  invitationBatchRequestSchema,
  invitationBatchResponseSchema,
  invitationListSchema,
  invitationSchema,
  listInvitationsQuerySchema,
  resendInvitationRequestSchema,
} from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class CreateInvitationRequestDto extends createZodDto(createInvitationRequestSchema) {}
export class CreatedInvitationDto extends createZodDto(createdInvitationSchema) {}
export class InvitationDto extends createZodDto(invitationSchema) {}
export class InvitationListDto extends createZodDto(invitationListSchema) {}
export class ListInvitationsQueryDto extends createZodDto(listInvitationsQuerySchema) {}
export class AcceptInvitationRequestDto extends createZodDto(acceptInvitationRequestSchema) {}
export class ResendInvitationRequestDto extends createZodDto(resendInvitationRequestSchema) {}
export class InvitationBatchRequestDto extends createZodDto(invitationBatchRequestSchema) {}
export class InvitationBatchResponseDto extends createZodDto(invitationBatchResponseSchema) {}
