// The admin's "assign to this manager" from the candidate list: a required reason, and an explicit capacity override for a full manager.
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatNumber } from '../../shared/format';
import { FormDialog } from '../../shared/ui/FormDialog';
import { CheckboxField } from '../../shared/ui/FormField';
import { Notice, useErrorText } from '../../shared/ui/States';
import { ReasonField, type AssignTarget } from '../customers/AssignDialogs';
import { manualAssign } from '../customers/api';
import type { Candidate } from './api';

interface Props {
  customer: AssignTarget;
  candidate: Candidate;
  onCancel: () => void;
  onDone: (message: string) => void;
}

/**
 * Puts the customer with one candidate through the same manual-assign call as the customer page.
 * A full candidate needs the override ticked before anything is sent; a 409 over_capacity (a seat
 * taken meanwhile) reveals the same checkbox for a second try.
 */
export function CandidateAssignDialog({ customer, candidate: m, onCancel, onDone }: Props) {
  const { t, locale } = useI18n();
  const c = t.candidates;
  const errorText = useErrorText();
  const ids = { reason: useId(), override: useId() };
  const [reason, setReason] = useState('');
  const [override, setOverride] = useState(false);
  const [overCapacity, setOverCapacity] = useState(m.availability === 'full');
  const [errors, setErrors] = useState<{ reason?: string; override?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const overrideRef = useRef<HTMLInputElement>(null);
  const [raced, setRaced] = useState(false);
  // Only after the server said "full": the checkbox has just appeared and is what to decide next.
  useEffect(() => {
    if (raced) overrideRef.current?.focus();
  }, [raced]);

  const submit = async () => {
    const local: typeof errors = {};
    if (!reason.trim()) local.reason = t.assign.reasonRequired;
    if (overCapacity && !override) local.override = c.overrideRequired;
    setErrors(local);
    setFormError(null);
    if (local.reason || local.override) {
      (local.reason ? document.getElementById(ids.reason) : overrideRef.current)?.focus();
      return;
    }
    setBusy(true);
    try {
      const res = await manualAssign({ customer_id: customer.user_id, manager_id: m.manager_id, reason: reason.trim(), ...(override ? { override: true } : {}) });
      onDone(t.assign.assigned(customer.name, res.assignment.manager_name ?? m.name, res.assignment.score));
    } catch (e) {
      setBusy(false);
      if (e instanceof ApiError && e.error === 'over_capacity') {
        setOverCapacity(true);
        setRaced(true);
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
      title={c.assignTitle(customer.name, t.common.nameWithUsername(m.name, m.username))}
      description={customer.manager_name ? t.assign.current(customer.manager_name) : t.common.unassigned}
      submitLabel={t.assign.submit}
      busy={busy}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      {formError && <Notice kind="error">{formError}</Notice>}
      <p className="text-slate-700">{c.candidateLine(m.unit_name, formatNumber(m.customer_count, locale), formatNumber(m.capacity, locale))}</p>
      {overCapacity && (
        <div>
          <Notice kind="warning">{raced ? t.assign.overCapacity : c.fullNotice}</Notice>
          <CheckboxField inputRef={overrideRef} id={ids.override} label={t.assign.override} checked={override} onChange={setOverride} />
          {errors.override && (
            <p id={`${ids.override}-error`} role="alert" className="field-error">
              {errors.override}
            </p>
          )}
        </div>
      )}
      <ReasonField id={ids.reason} value={reason} onChange={setReason} error={errors.reason} />
    </FormDialog>
  );
}
