import { useEffect, useId, useRef, useState } from 'react';
import { ApiError, allManagers, api, call } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useAsync } from '../lib/useAsync';
import { FormDialog } from './FormDialog';
import { Loading, Notice, useErrorText } from './States';

export interface AssignTarget {
  user_id: number;
  name: string;
  manager_id?: number | null;
  manager_name?: string | null;
}

function ReasonField({ id, value, onChange, error }: { id: string; value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useI18n();
  return (
    <div>
      <label htmlFor={id} className="label">
        {t.assign.reason}
      </label>
      <textarea
        id={id}
        className="input min-h-20"
        maxLength={500}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      />
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        {t.assign.reasonHint}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Puts one customer with an active manager of the admin's choice, with a reason. A 409
 * over_capacity answer reveals an "assign over capacity" checkbox for a second try.
 */
export function ManualAssignDialog({ customer, onCancel, onDone }: { customer: AssignTarget; onCancel: () => void; onDone: (message: string) => void }) {
  const { t } = useI18n();
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
      const res = await call(
        api.POST('/api/admin/manual-assign', {
          body: { customer_id: customer.user_id, manager_id: Number(managerId), reason: reason.trim(), ...(override ? { override: true } : {}) },
        }),
      );
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
              {t.assign.managerOption(m.name, m.customer_count, m.capacity)}
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
        <div className="flex items-center gap-2">
          <input ref={overrideRef} id={ids.override} type="checkbox" className="size-5 accent-blue-700" checked={override} onChange={(e) => setOverride(e.target.checked)} />
          <label htmlFor={ids.override}>{t.assign.override}</label>
        </div>
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
      await call(api.POST('/api/admin/unassign', { body: { customer_id: customer.user_id, reason: reason.trim() } }));
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
