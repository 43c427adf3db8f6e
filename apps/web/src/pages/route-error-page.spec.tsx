/**
 * @jest-environment ./tools/test/jsdom-environment.js
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, data, Outlet, RouterProvider } from 'react-router';
import { appRoutes } from '../app/routes';
import { renderInLanguage } from '../testing/render-in-language';
import { reloadPage } from './reload-page';
import { RouteErrorPage } from './route-error-page';

const FAILURE = 'Cannot read properties of undefined (reading paragraphs) at DraftPage';
const Fails = (): ReactNode => {
  throw new Error(FAILURE);
};

// The real route table, with the session and frame reduced to what these specs look at: the
// header the signed-in frame draws, and pages that fail or render.
jest.mock('../auth/require-auth', () => ({
  RequireAuth: ({ children }: { children: ReactNode }) => children,
  RequireNav: ({ children }: { children: ReactNode }) => children,
}));
jest.mock('../shell/app-layout', () => ({
  AppLayout: () => (
    <>
      <header>Concordia header</header>
      <Outlet />
    </>
  ),
}));
jest.mock('./reload-page', () => ({ reloadPage: jest.fn() }));
jest.mock('../home/home-page', () => ({ HomePage: () => <h2>Home page</h2> }));
jest.mock('../processes/processes-page', () => ({ ProcessesPage: () => Fails() }));
jest.mock('../auth/login-page', () => ({ LoginPage: () => Fails() }));
// How a lazily loaded page's chunk fails when a release has replaced it since the tab was opened.
jest.mock('../app/page-groups/admin-pages', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/admin-pages-B1xTMQE9.js');
});

const open = (path: string, language: 'en' | 'fr' | 'es') =>
  renderInLanguage(
    language,
    <RouterProvider router={createMemoryRouter(appRoutes(<Outlet />), { initialEntries: [path] })} />,
  );

// Opening a page fetches its code: here jest requires (and ts-jest compiles, the first time) the
// page's whole group inside the test. On CI's loaded cores that took more than jest's 5 s and the
// testing library's 5 s wait (CI run of 8bfa25a): room for it, which a passing run never uses.
jest.setTimeout(60_000);
const LOADED = { timeout: 45_000 };

beforeEach(() => {
  // React and the router report the caught error on the console, which is where it belongs.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.mocked(reloadPage).mockClear();
  sessionStorage.clear();
});
afterEach(() => jest.restoreAllMocks());

describe('a page that fails to render', () => {
  it('says so in the reader’s language inside the signed-in frame, with no technical detail', async () => {
    await open('/processes', 'fr');
    expect((await screen.findByRole('alert', {}, LOADED)).textContent).toContain('Cette page n’a pas pu s’afficher');
    expect(screen.getByText('Concordia header')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Recharger' })).toBeTruthy();
    expect(document.body.textContent).not.toContain(FAILURE);
    expect(document.body.textContent).not.toContain('Unexpected Application Error');
    expect(reloadPage).not.toHaveBeenCalled(); // reloading would not mend a fault in the page's code
  });

  it('goes home from there, the frame still around it', async () => {
    await open('/processes', 'es');
    fireEvent.click(await screen.findByRole('link', { name: 'Ir a la página de inicio' }, LOADED));
    expect(await screen.findByRole('heading', { name: 'Home page' }, LOADED)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Concordia header')).toBeTruthy();
  });

  it('is caught outside the signed-in frame too', async () => {
    await open('/login', 'en');
    expect(screen.getByRole('alert').textContent).toContain('This page could not be shown');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toBeTruthy();
    expect(screen.queryByText('Concordia header')).toBeNull();
  });
});

describe('a page whose code cannot be fetched', () => {
  it('reloads by itself once, which fetches the release that replaced it', async () => {
    const { unmount } = await open('/audit', 'fr');
    await waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1), LOADED);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Concordia header')).toBeTruthy();
    unmount();
  });

  it('offers to reload, in the reader’s language, inside the frame when reloading did not bring it back', async () => {
    const first = await open('/audit', 'fr');
    await waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1), LOADED);
    first.unmount();
    await open('/audit', 'fr'); // the reloaded tab, its code still unreachable
    expect((await screen.findByRole('alert', {}, LOADED)).textContent).toContain('Cette page n’a pas pu s’afficher');
    expect(screen.getByText('Concordia header')).toBeTruthy();
    expect(document.body.textContent).not.toContain('dynamically imported module');
    fireEvent.click(screen.getByRole('button', { name: 'Recharger' }));
    expect(reloadPage).toHaveBeenCalledTimes(2);
  });
});

describe('a page whose code is still on its way', () => {
  it('shows the frame with a loader where the page goes, then the page', async () => {
    await open('/', 'es');
    expect(screen.getByText('Concordia header')).toBeTruthy();
    expect(screen.getByRole('status', { name: 'Cargando…' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Home page' }, LOADED)).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('a page that does not exist', () => {
  it('says the page does not exist', async () => {
    const router = createMemoryRouter(
      [
        {
          path: '/gone',
          loader: () => {
            // How a route answers "no such page" in React Router: a response, not an Error.
            // eslint-disable-next-line @typescript-eslint/only-throw-error
            throw data(null, { status: 404 });
          },
          element: <p>never shown</p>,
          HydrateFallback: () => null,
          errorElement: <RouteErrorPage />,
        },
      ],
      { initialEntries: ['/gone'] },
    );
    await renderInLanguage('fr', <RouterProvider router={router} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Page introuvable');
    expect(screen.queryByText('Cette page n’a pas pu s’afficher')).toBeNull();
  });
});
