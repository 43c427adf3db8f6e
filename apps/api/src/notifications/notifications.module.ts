import { Global, Module } from '@nestjs/common';
import { FailedJobsController } from './failed-jobs.controller';
import { NotificationsController } from './notifications.controller';
import { Outbox } from './outbox.service';
import { OutboxRelay } from './outbox-relay.service';
import { UnreadCounts } from './unread-count.publisher';
import { FailedJobsUseCase } from './usecases/failed-jobs.usecase';
import { ListNotificationsUseCase } from './usecases/list-notifications.usecase';
import { MarkReadUseCase } from './usecases/mark-read.usecase';
import { NotificationPreferencesUseCase } from './usecases/notification-preferences.usecase';

/** Global so every domain can stage outbox records without importing this module (no cycles). */
@Global()
@Module({
  controllers: [NotificationsController, FailedJobsController],
  providers: [
    Outbox,
    OutboxRelay,
    UnreadCounts,
    ListNotificationsUseCase,
    MarkReadUseCase,
    NotificationPreferencesUseCase,
    FailedJobsUseCase,
  ],
  exports: [Outbox],
})
export class NotificationsModule {}
