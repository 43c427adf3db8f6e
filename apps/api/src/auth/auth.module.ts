import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AccessSpeculation } from './access-speculation.service';
import { ACCESS_TOKEN_ALGORITHM, AccessTokenService } from './access-token.service';
import { AuthController } from './auth.controller';
import { Authenticator } from './authenticator.service';
import { CredentialsService } from './credentials.service';
import { LoginFailureCounter } from './login-failure-counter.service';
import { LoginIssuer } from './login-issuer.service';
import { MeService } from './me.service';
import { PasswordHasher } from './password-hasher.service';
import { PasswordResetLinks } from './password-reset-links.service';
import { RefreshSessionService } from './refresh-session.service';
import { SessionSockets } from './session-sockets.service';
import { ChangePasswordUseCase } from './usecases/change-password.usecase';
import { GetMeUseCase } from './usecases/get-me.usecase';
import { LoginUseCase } from './usecases/login.usecase';
import { LogoutUseCase } from './usecases/logout.usecase';
import { RefreshSessionUseCase } from './usecases/refresh-session.usecase';
import { RequestPasswordResetUseCase } from './usecases/request-password-reset.usecase';
import { ResetPasswordUseCase } from './usecases/reset-password.usecase';
import { UpdateProfileUseCase } from './usecases/update-profile.usecase';

const shared = [
  PasswordHasher,
  LoginFailureCounter,
  AccessTokenService,
  RefreshSessionService,
  SessionSockets,
  CredentialsService,
  MeService,
  LoginIssuer,
  Authenticator,
  AccessSpeculation,
  PasswordResetLinks,
];

/** Global: the guard, the socket middleware and other domains (users, invitations) use these. */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, not the string: given a string, jsonwebtoken first tries to read it as a
        // public key on every verify, and that failed attempt cost about 0.7 ms per request.
        secret: createSecretKey(Buffer.from(config.auth.jwtAccessSecret, 'utf8')),
        signOptions: { algorithm: ACCESS_TOKEN_ALGORITHM },
        verifyOptions: { algorithms: [ACCESS_TOKEN_ALGORITHM] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    ...shared,
    LoginUseCase,
    RefreshSessionUseCase,
    LogoutUseCase,
    GetMeUseCase,
    UpdateProfileUseCase,
    ChangePasswordUseCase,
    RequestPasswordResetUseCase,
    ResetPasswordUseCase,
  ],
  exports: shared,
})
export class AuthModule {}
