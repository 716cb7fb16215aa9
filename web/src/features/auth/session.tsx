// The session (token, expiry, user) kept in localStorage: log in, log out, end on a 401 or at expiry.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setToken, setUnauthorizedHandler, type User } from '../../api/client';
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
  /** Ends the session without calling the server (401 or expiry). */
  expire: () => void;
  clearNotice: () => void;
}

const STORAGE_KEY = 'portrait.session';
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

  useEffect(() => {
    setUnauthorizedHandler(expire);
    return () => setUnauthorizedHandler(null);
  }, [expire]);

  // End the session when the token's time is up, and check a remembered token once.
  useEffect(() => {
    if (!session) return;
    const ms = session.expires_at * 1000 - Date.now();
    const timer = window.setTimeout(expire, Math.max(0, Math.min(ms, 2 ** 31 - 1)));
    return () => window.clearTimeout(timer);
  }, [session, expire]);

  useEffect(() => {
    if (session && initial === undefined) {
      // A 401 here ends the session through the middleware.
      authApi.verify().catch(() => undefined);
    }
    // only on start
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const res = await authApi.login(username, password);
    const s: Session = { token: res.token, expires_at: res.expires_at, user: res.user };
    setToken(s.token);
    saveSession(s);
    setNotice(null);
    setSession(s);
    return s;
  }, []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } catch {
      /* the token is dropped either way */
    }
    end('loggedOut');
  }, [end]);

  const clearNotice = useCallback(() => setNotice(null), []);

  const value = useMemo(() => ({ session, notice, login, logout, expire, clearNotice }), [session, notice, login, logout, expire, clearNotice]);
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
