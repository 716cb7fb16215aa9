// The admin's manual assign and unassign dialogs, each with a required reason.
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { FormDialog } from '../../shared/ui/FormDialog';
import { CheckboxField, FormField } from '../../shared/ui/FormField';
import { Loading, Notice, useErrorText } from '../../shared/ui/States';
import { useAsync } from '../../shared/useAsync';
import { useNumberFormat } from '../../shared/useNumberFormat';
import { allManagers } from '../managers/api';
import { manualAssign, unassign } from './api';

export interface AssignTarget {
  user_id: number;
  name: string;
  manager_id?: number | null;
  manager_name?: string | null;
}

export function ReasonField({ id, value, onChange, error }: { id: string; value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useI18n();
  return (
    <FormField id={id} label={t.assign.reason} hint={t.assign.reasonHint} error={error}>
      {(control) => <textarea {...control} className="input min-h-20" maxLength={500} value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
}

/**
 * Puts one customer with an active manager of the admin's choice, with a reason. A 409
 * over_capacity answer reveals an "assign over capacity" checkbox for a second try.
 */
export function ManualAssignDialog({ customer, onCancel, onDone }: { customer: AssignTarget; onCancel: () => void; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const num = useNumberFormat();
  const errorText = useErrorText();
  const managers = useAsync(allManagers, []);
  const ids = { manager: useId(), reason: useId(), override: useId() };
  const [managerId, setManagerId] = useState(customer.manager_id ? String(customer.manager_id) : '');
  const [reason, setReason] = useState('');
  const [override, setOverride] = useState(false);
  const [overCapacity, setOverCapacity] = useState(false);
  const [errors, setErrors] = useState<{ manager?: string; reason?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const overrideRef = useRef<HTMLInputElement>(null);
  const active = (managers.data ?? []).filter((m) => m.active);
  // After a 409 over_capacity, move to the checkbox that just appeared.
  useEffect(() => {
    if (overCapacity) overrideRef.current?.focus();
  }, [overCapacity]);

  const submit = async () => {
    const local: typeof errors = {};
    if (!managerId) local.manager = t.assign.managerRequired;
    if (!reason.trim()) local.reason = t.assign.reasonRequired;
    setErrors(local);
    setFormError(null);
    if (local.manager || local.reason) {
      document.getElementById(local.manager ? ids.manager : ids.reason)?.focus();
      return;
    }
    setBusy(true);
    try {
      const res = await manualAssign({ customer_id: customer.user_id, manager_id: Number(managerId), reason: reason.trim(), ...(override ? { override: true } : {}) });
      onDone(t.assign.assigned(customer.name, res.assignment.manager_name ?? '', res.assignment.score));
    } catch (e) {
      setBusy(false);
      if (e instanceof ApiError && e.error === 'over_capacity') {
        setOverCapacity(true);
      } else if (e instanceof ApiError && e.field === 'reason') {
        setErrors({ reason: errorText(e) });
        document.getElementById(ids.reason)?.focus();
      } else {
        setFormError(errorText(e));
      }
    }
  };

  return (
    <FormDialog
      open
      title={t.assign.assignFor(customer.name)}
      description={customer.manager_name ? t.assign.current(customer.manager_name) : t.common.unassigned}
      submitLabel={t.assign.submit}
      busy={busy}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      {formError && <Notice kind="error">{formError}</Notice>}
      <div>
        <label htmlFor={ids.manager} className="label">
          {t.assign.manager}
        </label>
        <select
          id={ids.manager}
          className="input"
          value={managerId}
          onChange={(e) => {
            setManagerId(e.target.value);
            setOverCapacity(false);
            setOverride(false);
          }}
          aria-invalid={errors.manager || overCapacity ? true : undefined}
          aria-describedby={errors.manager ? `${ids.manager}-error` : overCapacity ? `${ids.manager}-full` : undefined}
        >
          <option value="">{managers.loading ? t.common.loading : t.assign.choose}</option>
          {active.map((m) => (
            <option key={m.user_id} value={m.user_id}>
              {t.assign.managerOption(t.common.nameWithUsername(m.name, m.username), num(m.customer_count), num(m.capacity))}
            </option>
          ))}
        </select>
        {managers.loading && !managers.data && <Loading />}
        {managers.error !== undefined && <p className="field-error">{errorText(managers.error)}</p>}
        {managers.data && active.length === 0 && <p className="field-error">{t.assign.noManagers}</p>}
        {errors.manager && (
          <p id={`${ids.manager}-error`} className="field-error">
            {errors.manager}
          </p>
        )}
        {overCapacity && (
          <p id={`${ids.manager}-full`} role="alert" className="field-error">
            {t.assign.overCapacity}
          </p>
        )}
      </div>
      {overCapacity && (
        <CheckboxField inputRef={overrideRef} id={ids.override} label={t.assign.override} checked={override} onChange={setOverride} />
      )}
      <ReasonField id={ids.reason} value={reason} onChange={setReason} error={errors.reason} />
    </FormDialog>
  );
}

/** Removes a customer's manager, with a reason. */
export function UnassignDialog({ customer, onCancel, onDone }: { customer: AssignTarget; onCancel: () => void; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setFormError(null);
    if (!reason.trim()) {
      setError(t.assign.reasonRequired);
      document.getElementById(reasonId)?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await unassign({ customer_id: customer.user_id, reason: reason.trim() });
      onDone(t.assign.unassigned(customer.name));
    } catch (e) {
      setBusy(false);
      if (e instanceof ApiError && e.field === 'reason') setError(errorText(e));
      else setFormError(errorText(e));
    }
  };

  return (
    <FormDialog
      open
      title={t.assign.unassignFor(customer.name)}
      description={customer.manager_name ? t.assign.current(customer.manager_name) : undefined}
      submitLabel={t.assign.submitUnassign}
      danger
      busy={busy}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      {formError && <Notice kind="error">{formError}</Notice>}
      <ReasonField id={reasonId} value={reason} onChange={setReason} error={error} />
    </FormDialog>
  );
}
