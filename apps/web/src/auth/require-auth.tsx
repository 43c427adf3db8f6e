import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { FullPageLoader } from '../common/loading';
import { NotAllowedPage } from '../pages/not-allowed-page';
import { useAuth } from './auth-context';
import { canReach, type NavSlug } from './navigation';

/** Sends visitors without a session to /login, remembering where they were going. */
export const RequireAuth = ({ children }: { children: ReactNode }) => {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <FullPageLoader />;
  if (state.status === 'signed-out') {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return children;
};

/** Pages offered only to some roles; the API enforces the same rule on every call. */
export const RequireNav = ({ slug, children }: { slug: NavSlug; children: ReactNode }) => {
  const { state } = useAuth();
  if (state.status !== 'signed-in' || !canReach(state.me, slug)) return <NotAllowedPage />;
  return children;
};
