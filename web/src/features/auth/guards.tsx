// Route guards: RequireAuth sends visitors to /login and a user who must change their password to
// its page; RequireRole shows other roles the "not allowed" page.
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { NotAllowedPage } from '../../app/NotAllowedPage';
import { PASSWORD_PATH, useAuth, type Role } from './session';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  // An administrator set the password: nothing else until the user has chosen their own (the
  // server refuses every other call anyway). Logging out (/logout) is outside this guard.
  if (session.user.must_change_password && location.pathname !== PASSWORD_PATH) return <Navigate to={PASSWORD_PATH} replace />;
  return <>{children}</>;
}

/** Renders the child routes only for these roles; others get the "not allowed" page (no data is fetched). */
export function RequireRole({ roles }: { roles: Role[] }) {
  const { session } = useAuth();
  if (!session || !roles.includes(session.user.role as Role)) return <NotAllowedPage />;
  return <Outlet />;
}
