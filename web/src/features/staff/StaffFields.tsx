// The staff forms' shared parts: their fields (unit, grade, text, a password shown on request), the
// ids that let the first field at fault take focus, and the server's errors put under the field
// its `field` (or its code) names.
import { useId, useState, type ReactNode } from 'react';
import { ApiError, type StaffMember, type Unit } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatNumber } from '../../shared/format';
import { CheckboxField, FormField } from '../../shared/ui/FormField';
import { useErrorText } from '../../shared/ui/States';
import { unitPath } from '../organisation/tree';

type Field = 'username' | 'name' | 'role' | 'unit' | 'password' | 'grade' | 'phone' | 'email' | 'capacity';
/** In the forms' order: the first one at fault takes focus. */
export const FIELDS: Field[] = ['username', 'name', 'role', 'unit', 'password', 'grade', 'phone', 'email', 'capacity'];
export type FieldErrors = Partial<Record<Field, string>>;
type Ids = Record<Field, string>;

const BY_FIELD: Record<string, Field> = {
  username: 'username',
  name: 'name',
  role: 'role',
  unit_id: 'unit',
  password: 'password',
  grade: 'grade',
  phone: 'phone',
  email: 'email',
  capacity: 'capacity',
};
export const BY_CODE: Record<string, Field> = {
  username_taken: 'username',
  invalid_username: 'username',
  invalid_name: 'name',
  invalid_role: 'role',
  unit_closed: 'unit',
  weak_password: 'password',
  password_too_long: 'password',
  invalid_grade: 'grade',
  invalid_phone: 'phone',
  invalid_email: 'email',
  invalid_capacity: 'capacity',
};

/**
 * The server's answer for a staff form: the field its `field` or its code names (a taken
 * username, a closed unit), a 403 at the unit when the form chose one; anything else is the form's.
 */
export function useStaffErrors() {
  const { t } = useI18n();
  const errorText = useErrorText();
  return (e: unknown, present: readonly Field[], unitChosen: boolean): { fields: FieldErrors; form: string | null } => {
    if (e instanceof ApiError) {
      const field = (e.field ? BY_FIELD[e.field] : undefined) ?? BY_CODE[e.error];
      if (field && present.includes(field)) return { fields: { [field]: errorText(e) }, form: null };
      if (e.status === 403 && unitChosen) return { fields: { unit: t.staff.unitOutside }, form: null };
    }
    return { fields: {}, form: errorText(e) };
  };
}

export function focusFirst(ids: Ids, errors: FieldErrors) {
  const first = FIELDS.find((f) => errors[f]);
  if (first) document.getElementById(ids[first])?.focus();
}

/** "Phone (optional)": the label, the word in a lighter type. */
export function Optional({ label }: { label: string }) {
  const { t } = useI18n();
  return (
    <>
      {label}
      <span className="font-normal text-slate-600">{t.staff.optional}</span>
    </>
  );
}

/** The units a person can be put in: the open ones (and `current`, marked, even when closed). */
export function UnitSelect({ id, units, value, onChange, error, current }: {
  id: string;
  units: readonly Unit[];
  value: string;
  onChange: (v: string) => void;
  error?: string;
  current?: number;
}) {
  const { t } = useI18n();
  const options = units.filter((u) => !u.closed || u.id === current);
  return (
    <FormField id={id} label={t.staff.unit} hint={options.length === 0 ? t.staff.noUnits : undefined} error={error}>
      {(control) => (
        <select {...control} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((u) => (
            <option key={u.id} value={u.id}>
              {t.staff.unitOption(unitPath(units, u), u.code) + (u.closed ? t.staff.closedUnit : '') + (u.id === current ? t.staff.current : '')}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** Grade 1–9; "not set" is offered while there is none (the server cannot remove one). */
export function GradeSelect({ id, value, onChange, error, removable, hint }: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  removable: boolean;
  hint: string;
}) {
  const { t, locale } = useI18n();
  return (
    <FormField id={id} label={t.staff.grade} hint={hint} error={error}>
      {(control) => (
        <select {...control} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
          {removable && <option value="">{t.staff.gradeNone}</option>}
          {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((g) => (
            <option key={g} value={g}>
              {formatNumber(g, locale)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

export function TextField({ id, label, hint, value, onChange, error, type = 'text', autoComplete = 'off', maxLength }: {
  id: string;
  label: ReactNode;
  hint?: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  type?: string;
  autoComplete?: string;
  maxLength?: number;
}) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <input {...control} type={type} className="input" autoComplete={autoComplete} maxLength={maxLength} spellCheck={false} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </FormField>
  );
}

/** A password an admin types for someone else, hidden unless "show password" is ticked. */
export function PasswordField({ id, label, hint, value, onChange, error }: { id: string; label: string; hint: string; value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useI18n();
  const showId = useId();
  const [shown, setShown] = useState(false);
  return (
    <div>
      <TextField id={id} label={label} hint={hint} value={value} onChange={onChange} error={error} type={shown ? 'text' : 'password'} autoComplete="new-password" />
      <CheckboxField id={showId} label={t.staff.showPassword} className="mt-2 flex items-center gap-2 text-sm" checked={shown} onChange={setShown} />
    </div>
  );
}

export function useIds(): Ids {
  return {
    username: useId(),
    name: useId(),
    role: useId(),
    unit: useId(),
    password: useId(),
    grade: useId(),
    phone: useId(),
    email: useId(),
    capacity: useId(),
  };
}

/** What a dialog about one account is given. */
export interface MemberProps {
  member: StaffMember;
  onCancel: () => void;
  onDone: (message: string) => void;
}
