import type { ComponentType, ReactNode } from 'react';
import { createRoutesFromElements, type LazyRouteFunction, Route, type RouteObject } from 'react-router';
import { LoginPage } from '../auth/login-page';
import { type NavSlug } from '../auth/navigation';
import { RequireAuth, RequireNav } from '../auth/require-auth';
import { FullPageLoader, SectionLoader } from '../common/loading';
import { loadHomePage } from '../home/load-home-page';
import { NotFoundPage } from '../pages/not-found-page';
import { RouteErrorPage } from '../pages/route-error-page';
import { AppLayout } from '../shell/app-layout';
import { PageOutlet } from './page-outlet';

/**
 * A page whose code is fetched the first time it is opened (by `import()`, a chunk of its own or
 * of its page group), offered only to the roles of `slug` when given. If the fetch fails (a new
 * release replaced the chunk while the tab was open, the connection dropped), the router shows
 * the nearest RouteErrorPage, whose Reload gets the current release.
 */
const page =
  <Name extends string>(
    load: () => Promise<Record<Name, ComponentType>>,
    name: Name,
    slug?: NavSlug,
  ): LazyRouteFunction<RouteObject> =>
  async () => {
    const Page: ComponentType = (await load())[name];
    return {
      element: slug ? (
        <RequireNav slug={slug}>
          <Page />
        </RequireNav>
      ) : (
        <Page />
      ),
    };
  };

const emailLinkPages = () => import('./page-groups/email-link-pages');
const processPages = () => import('./page-groups/process-pages');
const chairPages = () => import('./page-groups/chair-pages');
const personalPages = () => import('./page-groups/personal-pages');
const adminPages = () => import('./page-groups/admin-pages');

/**
 * Every page of the app, under `root` (the providers every page needs). Given to a data router
 * (app.tsx) rather than rendered in <Routes>: only a data router lets a page hold back in-app
 * navigation while it has unsaved changes (common/use-leave-warning.tsx). A page that throws while
 * rendering shows RouteErrorPage: within the signed-in frame when it can, else on its own.
 *
 * Only the frame and the sign-in page come with the app's first script; every other page is
 * fetched when first opened. Meanwhile the frame stays drawn with a loader where the page goes:
 * `hydrateFallbackElement` when the app starts on such a page, PageOutlet on later navigations.
 */
export const appRoutes = (root: ReactNode): RouteObject[] =>
  createRoutesFromElements(
    <Route element={root} errorElement={<RouteErrorPage />}>
      <Route element={<PageOutlet loader={<FullPageLoader />} />} hydrateFallbackElement={<FullPageLoader />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/invitations/:token" lazy={page(emailLinkPages, 'AcceptInvitationPage')} />
        <Route path="/password-reset" lazy={page(emailLinkPages, 'ForgotPasswordPage')} />
        <Route path="/password-reset/:token" lazy={page(emailLinkPages, 'ResetPasswordPage')} />
        <Route path="/unsubscribe" lazy={page(emailLinkPages, 'UnsubscribePage')} />
        <Route
          path="/public/rounds/:roundId"
          lazy={page(() => import('../public/public-round-page'), 'PublicRoundPage')}
        />
      </Route>
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        {/* Inside the signed-in frame: a page that fails keeps the header and navigation around it. */}
        <Route errorElement={<RouteErrorPage />} hydrateFallbackElement={<SectionLoader />}>
          <Route index lazy={page(loadHomePage, 'HomePage')} />
          <Route path="processes" lazy={page(processPages, 'ProcessesPage')} />
          <Route path="processes/:id" lazy={page(processPages, 'ProcessPage')} />
          <Route path="processes/:processId/drafts/:draftId" lazy={page(processPages, 'DraftPage')} />
          <Route
            path="processes/:processId/drafts/:draftId/compare"
            lazy={page(() => import('../compare/compare-page'), 'ComparePage')}
          />
          <Route
            path="processes/:processId/drafts/:draftId/import"
            lazy={page(() => import('../imports/import-page'), 'ImportPage', 'drafts')}
          />
          <Route path="processes/:processId/rounds/:roundId" lazy={page(processPages, 'RoundPage')} />
          <Route path="processes/:processId/rounds/:roundId/text" lazy={page(processPages, 'RoundTextRedirect')} />
          <Route
            path="processes/:processId/rounds/:roundId/positions"
            lazy={page(() => import('../positions/positions-page'), 'PositionsPage')}
          />
          <Route path="processes/:processId/rounds/:roundId/console" lazy={page(chairPages, 'RoundConsolePage')} />
          <Route path="drafts" lazy={page(processPages, 'DraftsPage', 'drafts')} />
          <Route path="rounds" lazy={page(processPages, 'RoundsPage', 'rounds')} />
          <Route path="audit" lazy={page(adminPages, 'AuditPage', 'audit')} />
          <Route path="account" lazy={page(personalPages, 'AccountPage')} />
          <Route path="users" lazy={page(adminPages, 'UsersPage', 'users')} />
          <Route path="delegations" lazy={page(adminPages, 'DelegationsPage', 'delegations')} />
          <Route path="invitations" lazy={page(adminPages, 'InvitationsPage', 'invitations')} />
          <Route path="members" lazy={page(adminPages, 'MembersPage', 'members')} />
          <Route path="chair" lazy={page(chairPages, 'ChairConsolePage', 'chair')} />
          <Route
            path="my-delegation"
            lazy={page(() => import('../delegation/my-delegation-page'), 'MyDelegationPage', 'my-delegation')}
          />
          <Route path="notifications" lazy={page(personalPages, 'NotificationsPage')} />
          <Route path="notifications/preferences" lazy={page(personalPages, 'NotificationPreferencesPage')} />
          <Route path="admin/jobs" lazy={page(adminPages, 'FailedJobsPage', 'jobs')} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Route>,
  );
