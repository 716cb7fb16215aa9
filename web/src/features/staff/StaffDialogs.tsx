// An admin's form dialogs on the staff directory: a new manager or admin, a change to one (name,
// unit, grade, contact details), and a new password the person must change at next login.
// The server's errors sit under the field its `field` (or its code) names.
import { useId, useState, type ReactNode } from 'react';
import { ApiError, type StaffMember, type Unit } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatNumber } from '../../shared/format';
import { FormDialog } from '../../shared/ui/FormDialog';
import { CheckboxField, FormField } from '../../shared/ui/FormField';
import { Notice, useErrorText } from '../../shared/ui/States';
import { unitPath } from '../organisation/tree';
import { createStaff, setPassword, updateStaff } from './api';
import { passwordProblem, ROLES, type StaffRole } from './staffQuery';

type Field = 'username' | 'name' | 'role' | 'unit' | 'password' | 'grade' | 'phone' | 'email' | 'capacity';
/** In the forms' order: the first one at fault takes focus. */
const FIELDS: Field[] = ['username', 'name', 'role', 'unit', 'password', 'grade', 'phone', 'email', 'capacity'];
type FieldErrors = Partial<Record<Field, string>>;
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
const BY_CODE: Record<string, Field> = {
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
function useStaffErrors() {
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

function focusFirst(ids: Ids, errors: FieldErrors) {
  const first = FIELDS.find((f) => errors[f]);
  if (first) document.getElementById(ids[first])?.focus();
}

/** "Phone (optional)": the label, the word in a lighter type. */
function Optional({ label }: { label: string }) {
  const { t } = useI18n();
  return (
    <>
      {label}
      <span className="font-normal text-slate-600">{t.staff.optional}</span>
    </>
  );
}

/** The units a person can be put in: the open ones (and `current`, marked, even when closed). */
function UnitSelect({ id, units, value, onChange, error, current }: {
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
function GradeSelect({ id, value, onChange, error, removable, hint }: {
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

function TextField({ id, label, hint, value, onChange, error, type = 'text', autoComplete = 'off', maxLength }: {
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
function PasswordField({ id, label, hint, value, onChange, error }: { id: string; label: string; hint: string; value: string; onChange: (v: string) => void; error?: string }) {
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

function useIds(): Ids {
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

interface NewProps {
  units: readonly Unit[];
  /** The unit chosen first (the list's unit filter), when it is open. */
  unitId?: number;
  onCancel: () => void;
  /** Called with the success message once the server has created the account. */
  onDone: (message: string) => void;
}

/** A new manager or admin in an open unit, with a first password to change at first login. */
export function NewStaffDialog({ units, unitId, onCancel, onDone }: NewProps) {
  const { t } = useI18n();
  const staffErrors = useStaffErrors();
  const ids = useIds();
  const open = units.filter((u) => !u.closed);
  const [v, setV] = useState({
    username: '',
    name: '',
    role: 'manager' as StaffRole,
    unit: String(open.find((u) => u.id === unitId)?.id ?? open[0]?.id ?? ''),
    password: '',
    grade: '',
    phone: '',
    email: '',
    capacity: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [field]: value }));
  const manager = v.role === 'manager';

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!v.username.trim()) found.username = t.staff.usernameRequired;
    if (!v.name.trim()) found.name = t.staff.nameRequired;
    if (!v.unit) found.unit = t.staff.unitRequired;
    const weak = passwordProblem(v.password);
    if (weak) found.password = t.errors[weak];
    if (manager && v.capacity.trim()) {
      const n = Number(v.capacity.trim());
      if (!Number.isInteger(n) || n < 0 || n > 10000) found.capacity = t.errors.invalid_capacity;
    }
    return found;
  };

  const submit = async () => {
    const local = check();
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) {
      focusFirst(ids, local);
      return;
    }
    setBusy(true);
    try {
      const created = await createStaff({
        username: v.username.trim(),
        name: v.name.trim(),
        role: v.role,
        unit_id: Number(v.unit),
        password: v.password,
        ...(v.grade ? { grade: Number(v.grade) } : {}),
        ...(v.phone.trim() ? { phone: v.phone.trim() } : {}),
        ...(v.email.trim() ? { email: v.email.trim() } : {}),
        ...(manager && v.capacity.trim() ? { capacity: Number(v.capacity.trim()) } : {}),
      });
      onDone(t.staff.created(created.name, created.username));
    } catch (e) {
      setBusy(false);
      const present = FIELDS.filter((f) => f !== 'capacity' || manager);
      const { fields, form } = staffErrors(e, present, true);
      setErrors(fields);
      setFormError(form);
      focusFirst(ids, fields);
    }
  };

  return (
    <FormDialog open title={t.staff.addTitle} submitLabel={t.staff.create} busy={busy} onSubmit={() => void submit()} onCancel={onCancel}>
      {formError && <Notice kind="error">{formError}</Notice>}
      <TextField id={ids.username} label={t.staff.username} hint={t.staff.usernameHint} maxLength={50} value={v.username} onChange={set('username')} error={errors.username} />
      <TextField id={ids.name} label={t.staff.name} maxLength={100} value={v.name} onChange={set('name')} error={errors.name} />
      <FormField id={ids.role} label={t.staff.role} error={errors.role}>
        {(control) => (
          <select {...control} className="input" value={v.role} onChange={(e) => set('role')(e.target.value)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t.roles[r]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <UnitSelect id={ids.unit} units={units} value={v.unit} onChange={set('unit')} error={errors.unit} />
      <PasswordField id={ids.password} label={t.staff.firstPassword} hint={t.staff.firstPasswordHint} value={v.password} onChange={set('password')} error={errors.password} />
      <GradeSelect id={ids.grade} value={v.grade} onChange={set('grade')} error={errors.grade} removable hint={t.staff.gradeHint} />
      <TextField id={ids.phone} label={<Optional label={t.staff.phone} />} type="tel" autoComplete="off" maxLength={32} value={v.phone} onChange={set('phone')} error={errors.phone} />
      <TextField id={ids.email} label={<Optional label={t.staff.email} />} type="email" maxLength={254} value={v.email} onChange={set('email')} error={errors.email} />
      {manager && (
        <FormField id={ids.capacity} label={<Optional label={t.staff.capacity} />} hint={t.staff.capacityHint} error={errors.capacity}>
          {(control) => <input {...control} className="input" inputMode="numeric" autoComplete="off" value={v.capacity} onChange={(e) => set('capacity')(e.target.value)} />}
        </FormField>
      )}
    </FormDialog>
  );
}

interface MemberProps {
  member: StaffMember;
  onCancel: () => void;
  onDone: (message: string) => void;
}

/** Name, unit, grade, phone and e-mail of one account; only what changed is sent (an emptied phone or e-mail clears it). */
export function EditStaffDialog({ member: m, units, onCancel, onDone }: MemberProps & { units: readonly Unit[] }) {
  const { t } = useI18n();
  const staffErrors = useStaffErrors();
  const ids = useIds();
  const [v, setV] = useState({
    name: m.name,
    unit: String(m.unit_id),
    grade: m.grade == null ? '' : String(m.grade),
    phone: m.phone ?? '',
    email: m.email ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [field]: value }));

  const submit = async () => {
    setFormError(null);
    const name = v.name.trim();
    if (!name) {
      setErrors({ name: t.staff.nameRequired });
      document.getElementById(ids.name)?.focus();
      return;
    }
    const unitChanged = v.unit !== String(m.unit_id);
    const body = {
      ...(name !== m.name ? { name } : {}),
      ...(unitChanged ? { unit_id: Number(v.unit) } : {}),
      ...(v.grade && v.grade !== String(m.grade ?? '') ? { grade: Number(v.grade) } : {}),
      ...(v.phone.trim() !== (m.phone ?? '') ? { phone: v.phone.trim() } : {}),
      ...(v.email.trim() !== (m.email ?? '') ? { email: v.email.trim() } : {}),
    };
    if (Object.keys(body).length === 0) {
      onCancel();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const updated = await updateStaff(m.id, body);
      onDone(t.staff.updated(updated.name));
    } catch (e) {
      setBusy(false);
      const { fields, form } = staffErrors(e, ['name', 'unit', 'grade', 'phone', 'email'], unitChanged);
      setErrors(fields);
      setFormError(form);
      focusFirst(ids, fields);
    }
  };

  return (
    <FormDialog open title={t.staff.editTitle(m.name)} description={m.username} submitLabel={t.common.save} busy={busy} onSubmit={() => void submit()} onCancel={onCancel}>
      {formError && <Notice kind="error">{formError}</Notice>}
      <TextField id={ids.name} label={t.staff.name} maxLength={100} value={v.name} onChange={set('name')} error={errors.name} />
      <UnitSelect id={ids.unit} units={units} value={v.unit} onChange={set('unit')} error={errors.unit} current={m.unit_id} />
      <GradeSelect id={ids.grade} value={v.grade} onChange={set('grade')} error={errors.grade} removable={m.grade == null} hint={m.grade == null ? t.staff.gradeHint : t.staff.gradeKept} />
      <TextField id={ids.phone} label={t.staff.phone} hint={t.staff.contactHint} type="tel" maxLength={32} value={v.phone} onChange={set('phone')} error={errors.phone} />
      <TextField id={ids.email} label={t.staff.email} hint={t.staff.contactHint} type="email" maxLength={254} value={v.email} onChange={set('email')} error={errors.email} />
    </FormDialog>
  );
}

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
