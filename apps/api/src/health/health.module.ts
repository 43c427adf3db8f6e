import { Module } from '@nestjs/common';
import { CheckReadinessUseCase } from './check-readiness.usecase';
import { HealthController } from './health.controller';

@Module({ controllers: [HealthController], providers: [CheckReadinessUseCase] })
export class HealthModule {}
