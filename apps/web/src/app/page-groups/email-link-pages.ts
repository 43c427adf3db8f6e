// Pages reached from a link in an email, without a session: accepting an invitation, choosing a
// new password, unsubscribing. Nobody signing in needs them.
export { AcceptInvitationPage } from '../../invitations/accept-invitation-page';
export { ForgotPasswordPage } from '../../password-reset/forgot-password-page';
export { ResetPasswordPage } from '../../password-reset/reset-password-page';
export { UnsubscribePage } from '../../notifications/unsubscribe-page';
