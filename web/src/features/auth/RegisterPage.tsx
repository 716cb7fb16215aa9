// Registration of a customer account; the API's field errors sit under their fields.
import { useEffect, useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../shared/ui/FormField';
import { Notice, useErrorText } from '../../shared/ui/States';
import { register } from './api';

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
      await register(body);
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

  const field = (name: Field, label: string, props: InputHTMLAttributes<HTMLInputElement>, hint?: string) => (
    <FormField id={`reg-${name}`} label={label} hint={hint} error={fieldErrors[name]}>
      {(control) => <input {...control} className="input" value={values[name]} onChange={(e) => setValues({ ...values, [name]: e.target.value })} {...props} />}
    </FormField>
  );

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
