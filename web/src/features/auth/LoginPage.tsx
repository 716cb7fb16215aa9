// The login page: back to where the person was after logging in, with the session's notices.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../shared/ui/FormField';
import { Notice, useErrorText } from '../../shared/ui/States';
import { about } from './api';
import { homePath, PASSWORD_PATH, useAuth, type Session } from './session';

const PREFIX: Record<string, string> = { customer: '/me', manager: '/manager', admin: '/admin' };

/**
 * Where to go after logging in: to the password page when an administrator set the password,
 * else back where the person was, if that page is theirs.
 */
function target({ user }: Session, from: unknown): string {
  if (user.must_change_password) return PASSWORD_PATH;
  const role = user.role;
  const prefix = PREFIX[role];
  if (typeof from === 'string' && prefix && from.startsWith(prefix)) return from;
  return homePath(role);
}

export function LoginPage() {
  const { t } = useI18n();
  const { session, login, notice, clearNotice } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const state = (location.state ?? {}) as { from?: string; registered?: string };
  const [username, setUsername] = useState(state.registered ?? '');
  // The demo passwords are shown only while the server says they open the demo accounts.
  const [demo, setDemo] = useState(false);
  useEffect(() => {
    let live = true;
    about()
      .then((a) => live && setDemo(a.demo_accounts))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${t.auth.loginTitle} · ${t.app.name}`;
  }, [t]);

  if (session && !busy) return <Navigate to={target(session, state.from)} replace />;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!username.trim() || !password) {
      setError(new Error(t.auth.missing));
      return;
    }
    setBusy(true);
    try {
      const s = await login(username.trim(), password);
      navigate(target(s, state.from), { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="card w-full max-w-sm">
      <h1 className="mb-4">
        {t.auth.loginTitle}
      </h1>
      {notice === 'expired' && <Notice kind="info">{t.auth.sessionExpired}</Notice>}
      {notice === 'loggedOut' && <Notice kind="info">{t.auth.loggedOut}</Notice>}
      {state.registered && !notice && <Notice kind="success">{t.auth.registered}</Notice>}
      {error !== null && <Notice kind="error">{errorText(error)}</Notice>}
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormField id="login-username" label={t.auth.username}>
          {(control) => (
            <input
              {...control}
              className="input"
              autoComplete="username"
              required
              value={username}
              onChange={(e) => {
                setUsername(e.target.value);
                clearNotice();
              }}
            />
          )}
        </FormField>
        <FormField id="login-password" label={t.auth.password}>
          {(control) => (
            <input {...control} className="input" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          )}
        </FormField>
        <button type="submit" className="btn-primary w-full" disabled={busy}>
          {busy ? t.auth.signingIn : t.auth.submitLogin}
        </button>
      </form>
      <p className="mt-4 text-sm">
        {t.auth.noAccount}{' '}
        <Link to="/register" className="link">
          {t.auth.registerLink}
        </Link>
      </p>
      {demo && <p className="mt-3 text-xs text-slate-600">{t.auth.demo}</p>}
    </div>
  );
}
