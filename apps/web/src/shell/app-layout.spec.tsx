/**
 * @jest-environment ./tools/test/jsdom-environment.js
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { z } from 'zod';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { LeaveGuardsProvider } from '../common/leave-guards';
import { useLeaveWarning } from '../common/use-leave-warning';
import { renderInLanguage } from '../testing/render-in-language';
import { useKeepWhileWriting, useUnsentText } from '../unsent/use-unsent-text';
import { AppLayout } from './app-layout';

const mockLogout = jest.fn(() => Promise.resolve());
jest.mock('../auth/auth-context', () => ({
  useMe: () => jest.requireActual<typeof import('../testing/fixtures')>('../testing/fixtures').testMe(),
  useOptionalMe: () => jest.requireActual<typeof import('../testing/fixtures')>('../testing/fixtures').testMe(),
  useAuth: () => ({ logout: mockLogout }),
}));
// The header's live parts talk to the server; signing out does not need them.
jest.mock('../notifications/notification-bell', () => ({ NotificationBell: () => null }));
jest.mock('./socket-indicator', () => ({ SocketIndicator: () => null }));
jest.mock('./language-switcher', () => ({ LanguageSwitcher: () => null }));

/** A page with a text the reader types and has not saved, as the draft editor's. */
const EditingPage = () => {
  const [text, setText] = useState('');
  const leaveWarning = useLeaveWarning(text !== '');
  return (
    <>
      {leaveWarning}
      <textarea aria-label="Paragraph text" value={text} onChange={(event) => setText(event.target.value)} />
    </>
  );
};

/** A comment being written: kept in the browser until sent, and erased by signing out. */
const CommentingPage = () => {
  const unsent = useUnsentText('spec-comment', z.string());
  const [text, setText] = useState('');
  useKeepWhileWriting(unsent, text === '' ? null : text);
  return <textarea aria-label="Comment" value={text} onChange={(event) => setText(event.target.value)} />;
};

const openEditingPage = (path = '/edit') =>
  renderInLanguage(
    'en',
    <RouterProvider
      router={createMemoryRouter(
        [
          {
            element: (
              <LeaveGuardsProvider>
                <AppLayout />
              </LeaveGuardsProvider>
            ),
            children: [
              { path: '/edit', element: <EditingPage /> },
              { path: '/comment', element: <CommentingPage /> },
            ],
          },
          { path: '/login', element: <h2>Sign-in page</h2> },
        ],
        { initialEntries: [path] },
      )}
    />,
  );

beforeEach(() => mockLogout.mockClear());

describe('signing out from the header', () => {
  it('asks first when the page holds unsaved text, and Stay keeps the text and the session', async () => {
    await openEditingPage();
    fireEvent.change(screen.getByRole('textbox', { name: 'Paragraph text' }), { target: { value: 'States shall' } });
    fireEvent.click(screen.getByTestId('sign-out'));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Leave without saving?')).toBeTruthy();
    expect(mockLogout).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Paragraph text' }).value).toBe('States shall');
    expect(mockLogout).not.toHaveBeenCalled();
  });

  it('signs out when told to leave anyway, asking nothing more', async () => {
    await openEditingPage();
    fireEvent.change(screen.getByRole('textbox', { name: 'Paragraph text' }), { target: { value: 'States shall' } });
    fireEvent.click(screen.getByTestId('sign-out'));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign-in page' })).toBeTruthy();
    expect(mockLogout).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks first too when a comment is written and not sent', async () => {
    await openEditingPage('/comment');
    fireEvent.change(screen.getByRole('textbox', { name: 'Comment' }), { target: { value: 'We object' } });
    fireEvent.click(screen.getByTestId('sign-out'));

    expect(within(await screen.findByRole('dialog')).getByText('Leave without saving?')).toBeTruthy();
    expect(mockLogout).not.toHaveBeenCalled();
  });

  it('signs out at once when nothing is unsaved', async () => {
    await openEditingPage();
    fireEvent.click(screen.getByTestId('sign-out'));

    expect(await screen.findByRole('heading', { name: 'Sign-in page' })).toBeTruthy();
    expect(mockLogout).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
