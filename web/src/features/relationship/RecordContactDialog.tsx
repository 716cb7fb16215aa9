// The "record a contact" dialog: kind, life event, note, when it happened and an optional follow-up, checked before it is sent.
import { useId, useState } from 'react';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { FormDialog } from '../../shared/ui/FormDialog';
import { FormField } from '../../shared/ui/FormField';
import { Notice, useErrorText } from '../../shared/ui/States';
import { useNumberFormat } from '../../shared/useNumberFormat';
import { LIFE_EVENTS, MAX_NOTE, RECORDED_KINDS, recordInteraction, type LifeEvent, type Recorded } from './api';
import { checkDraft, DRAFT_FIELDS, noteLength, type ContactDraft, type DraftField, type RecordedKind } from './contactDraft';
import { toLocalInput } from './dates';

interface Props {
  customerId: number;
  customerName: string;
  onCancel: () => void;
  onRecorded: (recorded: Recorded) => void;
}

export function RecordContactDialog({ customerId, customerName, onCancel, onRecorded }: Props) {
  const { t } = useI18n();
  const r = t.relationship;
  const num = useNumberFormat();
  const errorText = useErrorText();
  const base = useId();
  const ids = Object.fromEntries(DRAFT_FIELDS.map((f) => [f, `${base}-${f}`])) as Record<DraftField, string>;
  const [draft, setDraft] = useState<ContactDraft>(() => ({ kind: 'call', lifeEvent: '', note: '', happenedAt: toLocalInput(new Date()), followUpAt: '' }));
  const [errors, setErrors] = useState<DraftField[]>([]);
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (changes: Partial<ContactDraft>) => setDraft((d) => ({ ...d, ...changes }));
  const errorOf = (f: DraftField) => (errors.includes(f) ? r.invalid[f] : undefined);
  const focus = (f: DraftField) => document.getElementById(ids[f])?.focus();

  const submit = async () => {
    setFormError(null);
    const checked = checkDraft(draft, Math.floor(Date.now() / 1000));
    if ('errors' in checked) {
      setErrors(checked.errors);
      focus(checked.errors[0]!);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      onRecorded(await recordInteraction(customerId, checked.body));
    } catch (e) {
      const field = e instanceof ApiError ? (DRAFT_FIELDS.find((f) => f === e.field) ?? null) : null;
      if (field) {
        setErrors([field]);
        focus(field);
      } else {
        setFormError(e);
      }
      setBusy(false);
    }
  };

  const count = noteLength(draft.note);
  return (
    <FormDialog open title={r.recordFor(customerName)} submitLabel={r.form.submit} busy={busy} onSubmit={submit} onCancel={onCancel}>
      {formError !== null && <Notice kind="error">{errorText(formError)}</Notice>}
      <FormField id={ids.kind} label={r.form.kind} error={errorOf('kind')}>
        {(control) => (
          <select {...control} className="input" value={draft.kind} onChange={(e) => set({ kind: e.target.value as RecordedKind })}>
            {RECORDED_KINDS.map((k) => (
              <option key={k} value={k}>
                {r.kinds[k]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {draft.kind === 'life_event' && (
        <FormField id={ids.life_event} label={r.form.lifeEvent} error={errorOf('life_event')}>
          {(control) => (
            <select {...control} className="input" value={draft.lifeEvent} onChange={(e) => set({ lifeEvent: e.target.value as LifeEvent | '' })}>
              <option value="">{r.form.choose}</option>
              {LIFE_EVENTS.map((k) => (
                <option key={k} value={k}>
                  {r.lifeEvents[k]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField id={ids.note} label={r.form.note} hint={r.form.noteCount(num(count), num(MAX_NOTE))} error={errorOf('note')}>
        {(control) => <textarea {...control} className="input min-h-24" value={draft.note} onChange={(e) => set({ note: e.target.value })} />}
      </FormField>
      <FormField id={ids.happened_at} label={r.form.happenedAt} error={errorOf('happened_at')}>
        {(control) => (
          <input {...control} type="datetime-local" className="input" required value={draft.happenedAt} onChange={(e) => set({ happenedAt: e.target.value })} />
        )}
      </FormField>
      <FormField id={ids.follow_up_at} label={r.form.followUpAt} hint={r.form.followUpHint} error={errorOf('follow_up_at')}>
        {(control) => (
          <input {...control} type="datetime-local" className="input" min={draft.happenedAt || undefined} value={draft.followUpAt} onChange={(e) => set({ followUpAt: e.target.value })} />
        )}
      </FormField>
    </FormDialog>
  );
}
