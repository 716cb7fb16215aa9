import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, api, call } from '../api/client';
import { Notice, useErrorText } from '../components/States';
import { useI18n } from '../i18n/i18n';

type Field = 'username' | 'password' | 'name';

export function RegisterPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [values, setValues] = useState<Record<Field, string>>({ username: '', password: '', name: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${t.auth.registerTitle} · ${t.app.name}`;
  }, [t]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      const body = { username: values.username.trim(), password: values.password, name: values.name.trim() || undefined };
      await call(api.POST('/api/auth/register', { body }));
      navigate('/login', { state: { registered: body.username } });
    } catch (err) {
      if (err instanceof ApiError && err.field && ['username', 'password', 'name'].includes(err.field)) {
        setFieldErrors({ [err.field as Field]: errorText(err) });
      } else if (err instanceof ApiError && err.error === 'username_taken') {
        setFieldErrors({ username: errorText(err) });
      } else {
        setError(err);
      }
      setBusy(false);
    }
  };

  const field = (name: Field, label: string, props: React.InputHTMLAttributes<HTMLInputElement>, hint?: string) => {
    const err = fieldErrors[name];
    const describedBy = [hint ? `reg-${name}-hint` : '', err ? `reg-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div>
        <label htmlFor={`reg-${name}`} className="label">
          {label}
        </label>
        <input
          id={`reg-${name}`}
          className="input"
          value={values[name]}
          onChange={(e) => setValues({ ...values, [name]: e.target.value })}
          aria-invalid={err ? true : undefined}
          aria-describedby={describedBy}
          {...props}
        />
        {hint && (
          <p id={`reg-${name}-hint`} className="mt-1 text-sm text-slate-600">
            {hint}
          </p>
        )}
        {err && (
          <p id={`reg-${name}-error`} className="field-error">
            {err}
          </p>
        )}
      </div>
    );
  };

  return (
    <div className="card w-full max-w-sm">
      <h1 className="mb-4">{t.auth.registerTitle}</h1>
      {error !== null && <Notice kind="error">{errorText(error)}</Notice>}
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {field('username', t.auth.username, { autoComplete: 'username', required: true })}
        {field('password', t.auth.password, { type: 'password', autoComplete: 'new-password', required: true }, t.auth.passwordHint)}
        {field('name', t.auth.name, { autoComplete: 'name' })}
        <button type="submit" className="btn-primary w-full" disabled={busy}>
          {busy ? t.auth.registering : t.auth.submitRegister}
        </button>
      </form>
      <p className="mt-4 text-sm">
        {t.auth.haveAccount}{' '}
        <Link to="/login" className="link">
          {t.auth.loginLink}
        </Link>
      </p>
    </div>
  );
}
