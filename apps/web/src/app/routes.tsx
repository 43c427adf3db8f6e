import type { ReactNode } from 'react';
import { createRoutesFromElements, Route, type RouteObject } from 'react-router';
import { AccountPage } from '../account/account-page';
import { DelegationsPage } from '../admin/delegations-page';
import { UsersPage } from '../admin/users-page';
import { AuditPage } from '../audit/audit-page';
import { LoginPage } from '../auth/login-page';
import { RequireAuth, RequireNav } from '../auth/require-auth';
import { ChairConsolePage } from '../chair/chair-console-page';
import { RoundConsolePage } from '../chair/round-console-page';
import { ComparePage } from '../compare/compare-page';
import { DraftPage } from '../drafts/draft-page';
import { DraftsPage } from '../drafts/drafts-page';
import { MyDelegationPage } from '../delegation/my-delegation-page';
import { HomePage } from '../home/home-page';
import { ImportPage } from '../imports/import-page';
import { AcceptInvitationPage } from '../invitations/accept-invitation-page';
import { InvitationsPage } from '../invitations/invitations-page';
import { MembersPage } from '../members/members-page';
import { NotFoundPage } from '../pages/not-found-page';
import { PositionsPage } from '../positions/positions-page';
import { FailedJobsPage } from '../notifications/failed-jobs-page';
import { NotificationPreferencesPage } from '../notifications/notification-preferences-page';
import { NotificationsPage } from '../notifications/notifications-page';
import { UnsubscribePage } from '../notifications/unsubscribe-page';
import { ForgotPasswordPage } from '../password-reset/forgot-password-page';
import { ResetPasswordPage } from '../password-reset/reset-password-page';
import { ProcessPage } from '../processes/process-page';
import { ProcessesPage } from '../processes/processes-page';
import { PublicRoundPage } from '../public/public-round-page';
import { RouteErrorPage } from '../pages/route-error-page';
import { RoundPage } from '../rounds/round-page';
import { RoundTextRedirect } from '../rounds/round-text-redirect';
import { RoundsPage } from '../rounds/rounds-page';
import { AppLayout } from '../shell/app-layout';

/**
 * Every page of the app, under `root` (the providers every page needs). Given to a data router
 * (app.tsx) rather than rendered in <Routes>: only a data router lets a page hold back in-app
 * navigation while it has unsaved changes (common/use-leave-warning.tsx). A page that throws while
 * rendering shows RouteErrorPage: within the signed-in frame when it can, else on its own.
 */
export const appRoutes = (root: ReactNode): RouteObject[] =>
  createRoutesFromElements(
    <Route element={root} errorElement={<RouteErrorPage />}>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/invitations/:token" element={<AcceptInvitationPage />} />
      <Route path="/password-reset" element={<ForgotPasswordPage />} />
      <Route path="/password-reset/:token" element={<ResetPasswordPage />} />
      <Route path="/unsubscribe" element={<UnsubscribePage />} />
      <Route path="/public/rounds/:roundId" element={<PublicRoundPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        {/* Inside the signed-in frame: a page that fails keeps the header and navigation around it. */}
        <Route errorElement={<RouteErrorPage />}>
          <Route index element={<HomePage />} />
          <Route path="processes" element={<ProcessesPage />} />
          <Route path="processes/:id" element={<ProcessPage />} />
          <Route path="processes/:processId/drafts/:draftId" element={<DraftPage />} />
          <Route path="processes/:processId/drafts/:draftId/compare" element={<ComparePage />} />
          <Route
            path="processes/:processId/drafts/:draftId/import"
            element={
              <RequireNav slug="drafts">
                <ImportPage />
              </RequireNav>
            }
          />
          <Route path="processes/:processId/rounds/:roundId" element={<RoundPage />} />
          <Route path="processes/:processId/rounds/:roundId/text" element={<RoundTextRedirect />} />
          <Route path="processes/:processId/rounds/:roundId/positions" element={<PositionsPage />} />
          <Route path="processes/:processId/rounds/:roundId/console" element={<RoundConsolePage />} />
          <Route
            path="drafts"
            element={
              <RequireNav slug="drafts">
                <DraftsPage />
              </RequireNav>
            }
          />
          <Route
            path="rounds"
            element={
              <RequireNav slug="rounds">
                <RoundsPage />
              </RequireNav>
            }
          />
          <Route
            path="audit"
            element={
              <RequireNav slug="audit">
                <AuditPage />
              </RequireNav>
            }
          />
          <Route path="account" element={<AccountPage />} />
          <Route
            path="users"
            element={
              <RequireNav slug="users">
                <UsersPage />
              </RequireNav>
            }
          />
          <Route
            path="delegations"
            element={
              <RequireNav slug="delegations">
                <DelegationsPage />
              </RequireNav>
            }
          />
          <Route
            path="invitations"
            element={
              <RequireNav slug="invitations">
                <InvitationsPage />
              </RequireNav>
            }
          />
          <Route
            path="members"
            element={
              <RequireNav slug="members">
                <MembersPage />
              </RequireNav>
            }
          />
          <Route
            path="chair"
            element={
              <RequireNav slug="chair">
                <ChairConsolePage />
              </RequireNav>
            }
          />
          <Route
            path="my-delegation"
            element={
              <RequireNav slug="my-delegation">
                <MyDelegationPage />
              </RequireNav>
            }
          />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="notifications/preferences" element={<NotificationPreferencesPage />} />
          <Route
            path="admin/jobs"
            element={
              <RequireNav slug="jobs">
                <FailedJobsPage />
              </RequireNav>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Route>,
  );
