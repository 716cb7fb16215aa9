// The session (token, expiry, user) kept in localStorage: log in, log out, change the password
// (the new token replaces the old), end on a 401 or at expiry; a 403 `password_change_required`
// marks the user as having to choose their own password (the guard then sends them to its page).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setPasswordChangeRequiredHandler, setToken, setUnauthorizedHandler, type LoginResponse, type User } from '../../api/client';
import * as authApi from './api';

export type Role = 'admin' | 'manager' | 'customer';
export interface Session {
  token: string;
  /** Unix seconds. */
  expires_at: number;
  user: User;
}
/** Why the last session ended, shown once on the login page. */
export type Notice = 'expired' | 'loggedOut' | null;

interface Auth {
  session: Session | null;
  notice: Notice;
  login: (username: string, password: string) => Promise<Session>;
  logout: () => Promise<void>;
  /** Changes the user's own password; the answer's token becomes this session's. */
  changePassword: (currentPassword: string, newPassword: string) => Promise<Session>;
  /** Ends the session without calling the server (401 or expiry). */
  expire: () => void;
  clearNotice: () => void;
}

const STORAGE_KEY = 'portrait.session';
/** The page where every signed-in user changes their password, and where `must_change_password` sends them. */
export const PASSWORD_PATH = '/account/password';
/** The location state that asks the layout to say the password was changed (after a forced change). */
export interface PasswordChangedState {
  passwordChanged?: boolean;
}
const AuthContext = createContext<Auth | null>(null);

function loadSession(): Session | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    if (!s.token || !s.user || s.expires_at * 1000 <= Date.now()) return null;
    return s;
  } catch {
    return null;
  }
}

function saveSession(s: Session | null) {
  try {
    if (s) localStorage.setItem(STORAGE_KEY, JSON.stringify(s));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    /* ignore */
  }
}

export function AuthProvider({ children, initial }: { children: ReactNode; initial?: Session | null }) {
  const [session, setSession] = useState<Session | null>(() => {
    const s = initial !== undefined ? initial : loadSession();
    setToken(s?.token ?? null);
    return s;
  });
  const [notice, setNotice] = useState<Notice>(null);

  const end = useCallback((why: Notice) => {
    setToken(null);
    saveSession(null);
    setSession((current) => {
      if (current) setNotice(why);
      return null;
    });
  }, []);

  const expire = useCallback(() => end('expired'), [end]);

  /** Replaces the signed-in user's record (from verify, or after a 403 `password_change_required`). */
  const updateUser = useCallback((change: (user: User) => User) => {
    setSession((current) => {
      if (!current) return current;
      const next = { ...current, user: change(current.user) };
      saveSession(next);
      return next;
    });
  }, []);

  const requirePasswordChange = useCallback(
    () => updateUser((user) => (user.must_change_password ? user : { ...user, must_change_password: true })),
    [updateUser],
  );

  useEffect(() => {
    setUnauthorizedHandler(expire);
    setPasswordChangeRequiredHandler(requirePasswordChange);
    return () => {
      setUnauthorizedHandler(null);
      setPasswordChangeRequiredHandler(null);
    };
  }, [expire, requirePasswordChange]);

  // End the session when the token's time is up, and check a remembered token once.
  useEffect(() => {
    if (!session) return;
    const ms = session.expires_at * 1000 - Date.now();
    const timer = window.setTimeout(expire, Math.max(0, Math.min(ms, 2 ** 31 - 1)));
    return () => window.clearTimeout(timer);
  }, [session, expire]);

  useEffect(() => {
    if (session && initial === undefined) {
      // A 401 here ends the session through the middleware; the answer's user says whether
      // an administrator has set the password since (`must_change_password`).
      authApi
        .verify()
        .then((v) => {
          if (v?.user) updateUser(() => v.user);
        })
        .catch(() => undefined);
    }
    // only on start
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Makes a login (or password change) answer the session. */
  const start = useCallback((res: LoginResponse) => {
    const s: Session = { token: res.token, expires_at: res.expires_at, user: res.user };
    setToken(s.token);
    saveSession(s);
    setNotice(null);
    setSession(s);
    return s;
  }, []);

  const login = useCallback(async (username: string, password: string) => start(await authApi.login(username, password)), [start]);

  // Every session of the user ends on the server, this one included: the answer's token is the new one.
  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) =>
      start(await authApi.changePassword({ current_password: currentPassword, new_password: newPassword })),
    [start],
  );

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } catch {
      /* the token is dropped either way */
    }
    end('loggedOut');
  }, [end]);

  const clearNotice = useCallback(() => setNotice(null), []);

  const value = useMemo(
    () => ({ session, notice, login, logout, changePassword, expire, clearNotice }),
    [session, notice, login, logout, changePassword, expire, clearNotice],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

export function homePath(role: string | undefined): string {
  switch (role) {
    case 'admin':
      return '/admin';
    case 'manager':
      return '/manager/customers';
    case 'customer':
      return '/me/profile';
    default:
      return '/login';
  }
}
