import { applyDecorators } from '@nestjs/common';
import { ApiDefaultResponse, ApiResponse } from '@nestjs/swagger';
import { errorResponseSchema } from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class ErrorResponseDto extends createZodDto(errorResponseSchema) {}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request (VALIDATION_FAILED, MALFORMED_JSON, INVALID_ID or a domain code)',
  401: 'Not authenticated (AUTH_REQUIRED, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, ...)',
  403: 'Not allowed (FORBIDDEN, AUTH_ACCOUNT_DISABLED)',
  404: 'Not found, or not visible to the caller',
  409: 'Conflict with existing data',
  410: 'Expired',
  413: 'Body too large (PAYLOAD_TOO_LARGE)',
  423: 'Account locked (AUTH_ACCOUNT_LOCKED)',
  429: 'Too many requests from this address, or from this account on signed-in routes (RATE_LIMITED; retryAfterSeconds and the Retry-After header say when to try again)',
  503: 'A dependency is down',
};

/** Documents error responses (all ErrorResponse bodies) for the given statuses. */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: DESCRIPTIONS[status] ?? 'Error', type: ErrorResponseDto.Output }),
    ),
  );

/** On every controller: any other failure is an ErrorResponse too. */
export const ApiDefaultError = () =>
  ApiDefaultResponse({ description: 'Error (see ErrorResponse.code)', type: ErrorResponseDto.Output });
