import type { LoginRequest, LoginResponse, Me, UpdateProfileRequest } from '@concordia/contracts';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, apiClient } from '../api/endpoints';
import { applyLanguage } from '../i18n/apply-language';
import { unsentStore } from '../unsent/unsent-store';

export type AuthState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; me: Me };

export interface AuthContextValue {
  state: AuthState;
  login: (credentials: LoginRequest) => Promise<Me>;
  /** Starts the session an accepted invitation returned. */
  startSession: (session: LoginResponse) => Me;
  logout: () => Promise<void>;
  updateProfile: (patch: UpdateProfileRequest) => Promise<Me>;
  /** Reads the profile again after a change of the user's own roles (a process they just created). */
  reloadMe: () => Promise<Me>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export const AuthProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  // The API client is the source of truth for the session: a refresh that fails anywhere (a page's
  // call, the socket) signs the user out here too.
  useEffect(
    () =>
      apiClient.onSession((session) => {
        setState(session ? { status: 'signed-in', me: session.me } : { status: 'signed-out' });
      }),
    [],
  );

  // On load the access token is gone (memory only); the refresh cookie, if any, brings it back.
  useEffect(() => {
    apiClient.refresh().catch(() => {
      // API unreachable: show the sign-in page, whose submit reports the outage.
      setState((current) => (current.status === 'loading' ? { status: 'signed-out' } : current));
    });
  }, []);

  const me = state.status === 'signed-in' ? state.me : null;
  const userId = useRef<string | null>(null);
  userId.current = me?.user.id ?? userId.current;
  useEffect(() => {
    if (me) void applyLanguage(me.user.language, { remember: true });
  }, [me]);
  useEffect(() => {
    if (me) unsentStore.openUser(me.user.id);
  }, [me]);

  const login = useCallback(async (credentials: LoginRequest) => {
    const session = await api.auth.login(credentials);
    apiClient.setSession(session);
    return session.me;
  }, []);

  const startSession = useCallback((session: LoginResponse) => {
    apiClient.setSession(session);
    return session.me;
  }, []);

  const logout = useCallback(async () => {
    // A conference computer is shared: what this user left unsent must not stay for the next one.
    // An expired session keeps it (that user signs in again and finds it), a sign-out does not.
    if (userId.current) unsentStore.forgetUser(userId.current);
    try {
      await api.auth.logout();
    } finally {
      // Whatever the server said, this tab forgets the session.
      apiClient.setSession(null);
    }
  }, []);

  const updateProfile = useCallback(async (patch: UpdateProfileRequest) => {
    const updated = await api.auth.updateMe(patch);
    setState({ status: 'signed-in', me: updated });
    return updated;
  }, []);

  const reloadMe = useCallback(async () => {
    const fresh = await api.auth.me();
    setState({ status: 'signed-in', me: fresh });
    return fresh;
  }, []);

  const value = useMemo(
    () => ({ state, login, startSession, logout, updateProfile, reloadMe }),
    [state, login, startSession, logout, updateProfile, reloadMe],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
};

export const useAuth = (): AuthContextValue => {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
};

export const useOptionalMe = (): Me | null => {
  const value = useContext(AuthContext);
  return value?.state.status === 'signed-in' ? value.state.me : null;
};

/** For screens behind <RequireAuth>, where a session is guaranteed. */
export const useMe = (): Me => {
  const me = useOptionalMe();
  if (!me) throw new Error('useMe used outside a signed-in route');
  return me;
};
