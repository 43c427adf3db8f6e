import { z } from 'zod';
import { emailSchema } from './common';
import { meSchema, passwordSchema } from './users';

export const loginRequestSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** The refresh token is never in a body: it travels in an httpOnly cookie. */
export const authTokensSchema = z.object({
  accessToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int().positive(),
});
export type AuthTokens = z.infer<typeof authTokensSchema>;

export const loginResponseSchema = authTokensSchema.extend({ me: meSchema });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: passwordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

/** "Forgot your password?": the answer is the same whether or not an account uses the address. */
export const passwordResetRequestSchema = z.strictObject({ email: emailSchema });
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

/** How long the emailed link works, and how many links one account may be sent per hour. */
export const PASSWORD_RESET_MINUTES = 60;
export const PASSWORD_RESET_EMAILS_PER_HOUR = 3;

/** The emailed link's token and the new password; success signs the person in. */
export const resetPasswordRequestSchema = z.strictObject({
  token: z.string().min(32).max(64),
  newPassword: passwordSchema,
});
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequestSchema>;

export const REFRESH_COOKIE = 'concordia_refresh';

/** Claims of the access token (a JWT signed by the API). */
export const accessClaimsSchema = z.object({
  sub: z.string(),
  sid: z.string(),
});
export type AccessClaims = z.infer<typeof accessClaimsSchema>;
