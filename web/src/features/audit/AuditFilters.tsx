// The audit log's filters: actor, kind of action, target and a range of days, all kept in the address bar.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../shared/ui/FormField';
import { ActorFilter } from './ActorFilter';
import { CATEGORIES, badRange, type AuditFilters as Filters } from './auditQuery';

interface Props {
  filters: Filters;
  /** Sets (or, with undefined or '', removes) address-bar parameters and goes back to page 1. */
  update: (changes: Record<string, string | undefined>) => void;
  actorName: string | undefined;
}

/** The target typed in full (it is matched exactly), sent on Enter or on leaving the field. */
function TargetFilter({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const send = () => {
    if (text.trim() !== value) onChange(text.trim());
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    send();
  };
  return (
    <form onSubmit={onSubmit} role="search">
      <FormField id={id} label={t.audit.filters.target} hint={t.audit.filters.targetHint}>
        {(control) => <input {...control} className="input" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} onBlur={send} />}
      </FormField>
    </form>
  );
}

export function AuditFilters({ filters, update, actorName }: Props) {
  const { t } = useI18n();
  const f = t.audit.filters;
  const ids = { category: useId(), from: useId(), to: useId() };
  const known = CATEGORIES.some((c) => c.prefix === filters.action);
  const any = Object.values(filters).some((v) => v !== undefined);
  const rangeError = badRange(filters) ? f.rangeError : undefined;
  return (
    <section aria-label={f.label} className="card mb-4">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <ActorFilter actorId={filters.actorId} actorName={actorName} onChange={(v) => update({ actor_id: v === undefined ? undefined : String(v) })} />
        <FormField id={ids.category} label={f.category}>
          {(control) => (
            <select {...control} className="input" value={filters.action ?? ''} onChange={(e) => update({ action: e.target.value })}>
              <option value="">{f.all}</option>
              {/* An action from a link (?action=assignment.manual) is kept, and shown as what it is. */}
              {filters.action && !known && <option value={filters.action}>{f.otherAction(t.audit.actions[filters.action] ?? filters.action)}</option>}
              {CATEGORIES.map((c) => (
                <option key={c.key} value={c.prefix}>
                  {f.categories[c.key]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <TargetFilter value={filters.target ?? ''} onChange={(v) => update({ target: v })} />
        <FormField id={ids.from} label={f.from}>
          {(control) => (
            <input {...control} type="date" className="input" max={filters.to} value={filters.from ?? ''} onChange={(e) => update({ from: e.target.value })} />
          )}
        </FormField>
        <FormField id={ids.to} label={f.to} error={rangeError}>
          {(control) => (
            <input {...control} type="date" className="input" min={filters.from} value={filters.to ?? ''} onChange={(e) => update({ to: e.target.value })} />
          )}
        </FormField>
        {any && (
          <div className="flex items-end">
            <button
              type="button"
              className="btn-secondary"
              onClick={() => update({ actor_id: undefined, action: undefined, target: undefined, from: undefined, to: undefined })}
            >
              {f.clear}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
