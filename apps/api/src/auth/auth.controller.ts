import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { REFRESH_COOKIE } from '@concordia/contracts';
import type { Request, Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Authorize, Public } from '../authz/access.decorators';
import { SignInRateLimit } from '../rate-limits/rate-limit.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UnauthorizedError } from '../errors/domain-errors';
import {
  ChangePasswordRequestDto,
  LoginRequestDto,
  LoginResponseDto,
  MeDto,
  PasswordResetRequestDto,
  ResetPasswordRequestDto,
  UpdateProfileRequestDto,
} from './auth.dtos';
import type { IssuedLogin } from './login-issuer.service';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';
import { ChangePasswordUseCase } from './usecases/change-password.usecase';
import { GetMeUseCase } from './usecases/get-me.usecase';
import { LoginUseCase } from './usecases/login.usecase';
import { LogoutUseCase } from './usecases/logout.usecase';
import { RefreshSessionUseCase } from './usecases/refresh-session.usecase';
import { RequestPasswordResetUseCase } from './usecases/request-password-reset.usecase';
import { ResetPasswordUseCase } from './usecases/reset-password.usecase';
import { UpdateProfileUseCase } from './usecases/update-profile.usecase';

@ApiTags('auth')
@ApiDefaultError()
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly login: LoginUseCase,
    private readonly refresh: RefreshSessionUseCase,
    private readonly logout: LogoutUseCase,
    private readonly getMe: GetMeUseCase,
    private readonly updateProfile: UpdateProfileUseCase,
    private readonly changePassword: ChangePasswordUseCase,
    private readonly requestReset: RequestPasswordResetUseCase,
    private readonly resetPassword: ResetPasswordUseCase,
  ) {}

  private respond(res: Response, issued: IssuedLogin): LoginResponseDto {
    setRefreshCookie(res, this.config, issued.refresh.token, issued.refresh.expiresAt);
    return issued.body;
  }

  @Post('login')
  @Public()
  @SignInRateLimit()
  @ApiOperation({ summary: 'Sign in; sets the httpOnly refresh cookie' })
  @ZodResponse({ status: 200, type: LoginResponseDto })
  @ApiErrors(400, 401, 403, 423, 429)
  async signIn(@Body() body: LoginRequestDto, @Res({ passthrough: true }) res: Response) {
    return this.respond(res, await this.login.execute(body));
  }

  // Every page load asks, signed in or not: a browser without the cookie has no session to renew,
  // which is not an error (a 401 there showed as a console error on every sign-in page). A cookie
  // the server refuses is one: the session ended, and the browser is told to drop the cookie.
  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({
    summary: 'Exchange the refresh cookie for a new access token (rotates the cookie)',
    description:
      '204 when the request carries no refresh cookie (nobody is signed in in this browser); 401 AUTH_REFRESH_INVALID, which clears the cookie, when the session it names has ended.',
  })
  @ApiResponse({ status: 200, description: 'The renewed session', type: LoginResponseDto.Output })
  @ApiNoContentResponse({ description: 'No refresh cookie: no session to renew' })
  @ApiErrors(401, 403, 429)
  async refreshSession(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponseDto | undefined> {
    const token = readRefreshCookie(req);
    if (token === undefined) {
      res.status(204);
      return undefined;
    }
    try {
      return this.respond(res, await this.refresh.execute(token));
    } catch (error) {
      if (error instanceof UnauthorizedError) clearRefreshCookie(res, this.config);
      throw error;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({ summary: 'Revoke the session of the refresh cookie and clear it' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiErrors(429)
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.logout.execute(readRefreshCookie(req));
    clearRefreshCookie(res, this.config);
  }

  @Post('password-reset')
  @Public()
  @SignInRateLimit()
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Forgot the password: email a link to choose a new one (the same answer whether or not the address has an account)',
  })
  @ApiNoContentResponse({ description: 'If an account uses the address, a link is on its way' })
  @ApiErrors(400, 429)
  async forgotPassword(@Body() body: PasswordResetRequestDto): Promise<void> {
    await this.requestReset.execute(body);
  }

  @Post('password-reset/confirm')
  @Public()
  @SignInRateLimit()
  @ApiOperation({
    summary: "Choose a new password with an emailed link's token; signs in and ends every other session",
  })
  @ZodResponse({ status: 200, type: LoginResponseDto })
  @ApiErrors(400, 403, 410, 429)
  async confirmPasswordReset(@Body() body: ResetPasswordRequestDto, @Res({ passthrough: true }) res: Response) {
    return this.respond(res, await this.resetPassword.execute(body));
  }

  @Get('me')
  @Authorize('self')
  @ZodResponse({ status: 200, type: MeDto })
  me(@CurrentPrincipal() principal: Principal) {
    return this.getMe.execute(principal);
  }

  @Patch('me')
  @Authorize('self')
  @ZodResponse({ status: 200, type: MeDto })
  @ApiErrors(400)
  updateMe(@CurrentPrincipal() principal: Principal, @Body() body: UpdateProfileRequestDto) {
    return this.updateProfile.execute(principal, body);
  }

  @Post('password')
  @Authorize('self')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change the password; other sessions of the account are signed out' })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiErrors(400)
  async password(@CurrentPrincipal() principal: Principal, @Body() body: ChangePasswordRequestDto): Promise<void> {
    await this.changePassword.execute(principal, body);
  }
}
