import {
  changePasswordRequestSchema,
  loginRequestSchema,
  loginResponseSchema,
  meSchema,
  passwordResetRequestSchema,
  resetPasswordRequestSchema,
  updateProfileRequestSchema,
} from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class LoginRequestDto extends createZodDto(loginRequestSchema) {}
export class LoginResponseDto extends createZodDto(loginResponseSchema) {}
export class MeDto extends createZodDto(meSchema) {}
export class UpdateProfileRequestDto extends createZodDto(updateProfileRequestSchema) {}
export class ChangePasswordRequestDto extends createZodDto(changePasswordRequestSchema) {}
export class PasswordResetRequestDto extends createZodDto(passwordResetRequestSchema) {}
export class ResetPasswordRequestDto extends createZodDto(resetPasswordRequestSchema) {}
