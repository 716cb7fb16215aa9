// An admin's dialog setting a new password for someone else, which they must change at next login.
import { useId, useState } from 'react';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { FormDialog } from '../../shared/ui/FormDialog';
import { Notice, useErrorText } from '../../shared/ui/States';
import { setPassword } from './api';
import { BY_CODE, PasswordField, type MemberProps } from './StaffFields';
import { passwordProblem } from './staffQuery';

/** A new password for someone else; every session of theirs ends and they must change it at next login. */
export function ResetPasswordDialog({ member: m, onCancel, onDone }: MemberProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const id = useId();
  const [password, setPasswordValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setFormError(null);
    const weak = passwordProblem(password);
    if (weak) {
      setError(t.errors[weak]);
      document.getElementById(id)?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await setPassword(m.id, password);
      onDone(t.staff.resetDone(m.name));
    } catch (e) {
      setBusy(false);
      if (e instanceof ApiError && (e.field === 'password' || BY_CODE[e.error] === 'password')) {
        setError(errorText(e));
        document.getElementById(id)?.focus();
      } else {
        setFormError(errorText(e));
      }
    }
  };

  return (
    <FormDialog
      open
      title={t.staff.resetTitle(m.name)}
      description={t.staff.resetBody(m.name)}
      submitLabel={t.staff.resetSubmit}
      busy={busy}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      {formError && <Notice kind="error">{formError}</Notice>}
      <PasswordField id={id} label={t.staff.newPassword} hint={t.staff.passwordHint} value={password} onChange={setPasswordValue} error={error} />
    </FormDialog>
  );
}
