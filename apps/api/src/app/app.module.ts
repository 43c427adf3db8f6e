import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import type { Logger as PinoRootLogger } from 'pino';
import { LoggerModule } from 'nestjs-pino';
import { ZodSerializerInterceptor, ZodValidationPipe } from 'nestjs-zod';
import { AnnotationsModule } from '../annotations/annotations.module';
import { AuthModule } from '../auth/auth.module';
import { AccessGuard } from '../authz/access.guard';
import type { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { DelegationsModule } from '../delegations/delegations.module';
import { AuditModule } from '../audit/audit.module';
import { DraftsModule } from '../drafts/drafts.module';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter';
import { HealthModule } from '../health/health.module';
import { DatabaseModule } from '../infra/database.module';
import { InfraModule } from '../infra/infra.module';
import { RedisModule } from '../infra/redis.module';
import { ImportsModule } from '../imports/imports.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProcessesModule } from '../processes/processes.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { PublicRoundsModule } from '../public-rounds/public-rounds.module';
import { RateLimitGuard } from '../rate-limits/rate-limit.guard';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { ReadingMarksModule } from '../reading-marks/reading-marks.module';
import { RoundsModule } from '../rounds/rounds.module';
import { SeedOnStart } from '../seed/seed-on-start';
import { UsersModule } from '../users/users.module';
import { RouteAccessAudit } from './route-access-audit';
import { AuthzModule } from '../authz/authz.module';
import { PositionsModule } from '../positions/positions.module';
import { SilenceModule } from '../silence/silence.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { ConsiderationModule } from '../consideration/consideration.module';
import { AgendaModule } from '../agenda/agenda.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, rootLogger: PinoRootLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        // pino-http is mounted by createApp in front of everything; nestjs-pino reuses its logger.
        LoggerModule.forRoot({ pinoHttp: { logger: rootLogger }, useExisting: true }),
        DiscoveryModule,
        DatabaseModule,
        RedisModule,
        InfraModule,
        AuditModule,
        AuthModule,
        AuthzModule,
        RateLimitsModule,
        HealthModule,
        UsersModule,
        DelegationsModule,
        ProcessesModule,
        InvitationsModule,
        DraftsModule,
        ImportsModule,
        RoundsModule,
        PublicRoundsModule,
        RealtimeModule,
        AnnotationsModule,
        ReadingMarksModule,
        PositionsModule,
        SilenceModule,
        SpeakersModule,
        ConsiderationModule,
        AgendaModule,
        NotificationsModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: ZodSerializerInterceptor },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_GUARD, useClass: AccessGuard },
        // After the AccessGuard (global guards run in this order): signed-in routes count per account.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        RouteAccessAudit,
        SeedOnStart,
      ],
    };
  }
}
