// The signed-in person's own settings and messages.
export { AccountPage } from '../../account/account-page';
export { NotificationPreferencesPage } from '../../notifications/notification-preferences-page';
export { NotificationsPage } from '../../notifications/notifications-page';
