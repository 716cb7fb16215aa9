// Changing one's own password (/account/password, every role): current, new and its confirmation,
// checked here first; the server's errors sit under their field. The answer's token replaces the
// session's. When an administrator set the password (`must_change_password`) the guard keeps the
// user here, the page says why, and a success goes on to the role's home page.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../shared/ui/FormField';
import { Page } from '../../shared/ui/Page';
import { Notice, useErrorText } from '../../shared/ui/States';
import { homePath, useAuth, type PasswordChangedState } from './session';

type Field = 'current' | 'next' | 'confirm';
const FIELDS: Field[] = ['current', 'next', 'confirm'];
const MIN_CHARS = 8;
const MAX_BYTES = 72;

/** Which field a server error belongs to: by its code, else by the field it names. */
function fieldOf(err: ApiError): Field | null {
  if (err.error === 'wrong_password' || err.field === 'current_password') return 'current';
  if (err.error === 'weak_password' || err.error === 'password_too_long' || err.field === 'new_password' || err.field === 'password') return 'next';
  return null;
}

export default function ChangePasswordPage() {
  const { t } = useI18n();
  const { session, changePassword } = useAuth();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const forced = session?.user.must_change_password === true;
  const [values, setValues] = useState<Record<Field, string>>({ current: '', next: '', confirm: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [changed, setChanged] = useState(false);
  const [busy, setBusy] = useState(false);

  /** The checks the server would make, and that the two new passwords match. */
  const check = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    if (!values.current) found.current = t.password.currentMissing;
    if ([...values.next].length < MIN_CHARS) found.next = t.errors.weak_password;
    else if (new TextEncoder().encode(values.next).length > MAX_BYTES) found.next = t.errors.password_too_long;
    if (values.confirm !== values.next) found.confirm = t.password.mismatch;
    return found;
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setChanged(false);
    setFormError(null);
    const local = check();
    setErrors(local);
    const first = FIELDS.find((f) => local[f]);
    if (first) {
      focusField(first);
      return;
    }
    setBusy(true);
    try {
      const s = await changePassword(values.current, values.next);
      setValues({ current: '', next: '', confirm: '' });
      if (forced) {
        const state: PasswordChangedState = { passwordChanged: true };
        navigate(homePath(s.user.role), { replace: true, state });
        return;
      }
      setChanged(true);
    } catch (err) {
      const field = err instanceof ApiError ? fieldOf(err) : null;
      if (field) {
        setErrors({ [field]: errorText(err) });
        focusField(field);
      } else {
        setFormError(err);
      }
    } finally {
      setBusy(false);
    }
  };

  const set = (f: Field) => (text: string) => {
    setValues((v) => ({ ...v, [f]: text }));
    setChanged(false);
  };
  const hasErrors = FIELDS.some((f) => errors[f]);

  return (
    <Page title={forced ? t.password.forcedTitle : t.password.title}>
      <section className="card max-w-lg" aria-label={t.password.title}>
        {forced ? <Notice kind="info">{t.password.forced}</Notice> : <p className="mb-4 text-slate-700">{t.password.intro}</p>}
        {changed && <Notice kind="success">{t.password.changed}</Notice>}
        {hasErrors && <Notice kind="error">{t.profile.fixErrors}</Notice>}
        {formError !== null && <Notice kind="error">{errorText(formError)}</Notice>}
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <FormField id="pw-current" label={t.password.current} error={errors.current}>
            {(control) => (
              <input {...control} className="input" type="password" autoComplete="current-password" required value={values.current} onChange={(e) => set('current')(e.target.value)} />
            )}
          </FormField>
          <FormField id="pw-next" label={t.password.next} hint={t.password.nextHint} error={errors.next}>
            {(control) => (
              <input {...control} className="input" type="password" autoComplete="new-password" required value={values.next} onChange={(e) => set('next')(e.target.value)} />
            )}
          </FormField>
          <FormField id="pw-confirm" label={t.password.confirm} error={errors.confirm}>
            {(control) => (
              <input {...control} className="input" type="password" autoComplete="new-password" required value={values.confirm} onChange={(e) => set('confirm')(e.target.value)} />
            )}
          </FormField>
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className="btn-primary" disabled={busy}>
              {busy ? t.password.saving : t.password.submit}
            </button>
            {forced && (
              <Link to="/logout" className="link">
                {t.password.logoutInstead}
              </Link>
            )}
          </div>
        </form>
      </section>
    </Page>
  );
}

function focusField(f: Field) {
  document.getElementById(`pw-${f}`)?.focus();
}
