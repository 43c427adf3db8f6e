import type { ReactNode } from 'react';
import { Outlet, useLocation, useNavigation } from 'react-router';

/**
 * The current page or, while the router fetches the code of the page being opened (the first
 * visit to a lazily loaded page on a slow connection can take seconds), the given loader in its
 * place: the click visibly did something, and the frame around stays as it is.
 */
export const PageOutlet = ({ loader }: { loader: ReactNode }) => {
  const navigation = useNavigation();
  const { pathname } = useLocation();
  const opening = navigation.state === 'loading' && navigation.location.pathname !== pathname;
  return opening ? loader : <Outlet />;
};
