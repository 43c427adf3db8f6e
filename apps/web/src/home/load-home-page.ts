/**
 * The home page's code, fetched on first opening like every page's. The sign-in page asks for it
 * as it sends the credentials, so that on a slow link both arrive together.
 */
export const loadHomePage = () => import('./home-page');
