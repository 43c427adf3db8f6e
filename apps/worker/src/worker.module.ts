import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { Logger } from 'pino';
import { WORKER_CONFIG, type WorkerConfig } from './config/worker-config';
import { ConnectionsLifecycle } from './infrastructure/connections-lifecycle';
import { modelsProvider } from './infrastructure/models.provider';
import { mongoProvider } from './infrastructure/mongo.provider';
import { redisProvider } from './infrastructure/redis.provider';
import { JobHandlerRegistry } from './jobs/job-handler-registry';
import { WorkerRuntime } from './jobs/worker-runtime';
import { LOGGER } from './logging/logger';
import { IMPORT_HANDLERS } from './imports/imports.handlers';
import { MAINTENANCE_HANDLERS } from './maintenance/maintenance.handlers';
import { PROCEDURE_HANDLERS } from './procedures/procedures.handlers';
import { liveProvider } from './infrastructure/live.provider';
import { NOTIFICATION_HANDLERS, NOTIFICATION_SERVICES } from './notifications/notifications.handlers';

/** Every job handler of the worker; the runtime refuses to start if a contract job is missing. */
export const ALL_JOB_HANDLERS: Provider[] = [
  ...MAINTENANCE_HANDLERS,
  ...IMPORT_HANDLERS,
  ...PROCEDURE_HANDLERS,
  ...NOTIFICATION_HANDLERS,
];

export interface WorkerModuleOptions {
  readonly config: WorkerConfig;
  readonly logger: Logger;
  /** Replaces {@link ALL_JOB_HANDLERS}; integration specs use it to run slow or missing handlers. */
  readonly handlers?: Provider[];
}

@Module({})
export class WorkerModule {
  static forRoot(options: WorkerModuleOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: WORKER_CONFIG, useValue: options.config },
        { provide: LOGGER, useValue: options.logger },
        redisProvider,
        mongoProvider,
        modelsProvider,
        liveProvider,
        ConnectionsLifecycle,
        JobHandlerRegistry,
        WorkerRuntime,
        ...NOTIFICATION_SERVICES,
        ...(options.handlers ?? ALL_JOB_HANDLERS),
      ],
    };
  }
}
