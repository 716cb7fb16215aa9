// Logs out (telling the server) and goes to the login page.
import { useEffect, useRef } from 'react';
import { Navigate } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { Loading } from '../../shared/ui/States';
import { useAuth } from './session';

export function LogoutPage() {
  const { t } = useI18n();
  const { session, logout } = useAuth();
  const started = useRef(false);
  useEffect(() => {
    if (session && !started.current) {
      started.current = true;
      void logout();
    }
  }, [session, logout]);
  if (!session) return <Navigate to="/login" replace />;
  return (
    <main id="main" className="p-6">
      <Loading label={t.auth.loggingOut} />
    </main>
  );
}
