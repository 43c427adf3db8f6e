import { Deliveries } from './deliveries';
import { SendDigestHandler, SyncDigestScheduleHandler } from './digest.handlers';
import { DispatchHandler } from './dispatch.handler';
import { Mailer } from './mailer';
import { RoundReminderHandler, ScheduleRoundReminderHandler } from './round-reminder.handlers';
import { SendEmailHandler } from './send-email.handler';
import { SendInvitationHandler } from './send-invitation.handler';
import { SendPasswordResetHandler } from './send-password-reset.handler';
import { UnreadNotifier } from './unread-notifier';

/** Every handler of the notifications queue. */
export const NOTIFICATION_HANDLERS = [
  DispatchHandler,
  SendEmailHandler,
  SendInvitationHandler,
  SendPasswordResetHandler,
  SyncDigestScheduleHandler,
  SendDigestHandler,
  ScheduleRoundReminderHandler,
  RoundReminderHandler,
];

/** What those handlers use; registered whichever handlers a spec chooses. */
export const NOTIFICATION_SERVICES = [Mailer, Deliveries, UnreadNotifier];
