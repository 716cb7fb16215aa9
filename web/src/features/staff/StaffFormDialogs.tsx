// An admin's form dialogs on the staff directory: a new manager or admin, and a change to one (name,
// unit, grade, contact details). The server's errors sit under the field they name.
import { useState } from 'react';
import type { Unit } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { CAPACITY_RANGE, parseWholeNumber } from '../../shared/format';
import { FormDialog } from '../../shared/ui/FormDialog';
import { FormField } from '../../shared/ui/FormField';
import { Notice } from '../../shared/ui/States';
import { createStaff, updateStaff } from './api';
import { FIELDS, focusFirst, GradeSelect, Optional, PasswordField, TextField, UnitSelect, useIds, useStaffErrors, type FieldErrors, type MemberProps } from './StaffFields';
import { passwordProblem, ROLES, type StaffRole } from './staffQuery';

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
    if (manager && v.capacity.trim() && parseWholeNumber(v.capacity, CAPACITY_RANGE.min, CAPACITY_RANGE.max) === null) {
      found.capacity = t.managers.capacityInvalid;
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
