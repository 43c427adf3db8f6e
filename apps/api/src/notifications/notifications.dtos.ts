import {
  failedJobListSchema,
  mailCatcherSchema,
  notificationListQuerySchema,
  notificationListSchema,
  notificationPreferencesSchema,
  retryJobParamsSchema,
  unreadCountSchema,
  unsubscribeRequestSchema,
  unsubscribeResultSchema,
  updateNotificationPreferencesSchema,
} from '@concordia/contracts';
import { createZodDto } from 'nestjs-zod';

export class NotificationListQueryDto extends createZodDto(notificationListQuerySchema) {}
export class NotificationListDto extends createZodDto(notificationListSchema) {}
export class UnreadCountDto extends createZodDto(unreadCountSchema) {}
export class NotificationPreferencesDto extends createZodDto(notificationPreferencesSchema) {}
export class UpdateNotificationPreferencesDto extends createZodDto(updateNotificationPreferencesSchema) {}
export class UnsubscribeRequestDto extends createZodDto(unsubscribeRequestSchema) {}
export class UnsubscribeResultDto extends createZodDto(unsubscribeResultSchema) {}
export class MailCatcherDto extends createZodDto(mailCatcherSchema) {}
export class FailedJobListDto extends createZodDto(failedJobListSchema) {}
export class RetryJobParamsDto extends createZodDto(retryJobParamsSchema) {}
