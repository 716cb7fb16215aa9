// The managers table's cells that do more than show a value: the load bar, the capacity form
// and the book transfer button (each named with its manager for screen readers).
import type { ManagerProfile } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

/** A manager's customers against their capacity, as figures and a bar (red when full). */
export function LoadBar({ manager: m }: { manager: ManagerProfile }) {
  const pct = m.capacity > 0 ? Math.min(100, Math.round((m.customer_count / m.capacity) * 100)) : 0;
  return (
    <>
      <span className="tabular-nums">
        {m.customer_count} / {m.capacity}
      </span>
      <div className="mt-1 h-2 w-full rounded bg-slate-200" aria-hidden="true">
        <div className={`h-2 rounded ${pct >= 100 ? 'bg-red-700' : 'bg-blue-700'}`} style={{ width: `${pct}%` }} />
      </div>
    </>
  );
}

interface CapacityProps {
  manager: ManagerProfile;
  /** What the admin typed, or the current capacity. */
  draft: string;
  onDraft: (value: string) => void;
  error?: string;
  onSave: () => void;
}

/** The capacity as a small form: Save (enabled once changed) asks for confirmation first. */
export function CapacityCell({ manager: m, draft, onDraft, error, onSave }: CapacityProps) {
  const { t } = useI18n();
  const changed = draft !== String(m.capacity);
  // Names repeat; with the username, each row's field and button are told apart when heard alone.
  const who = t.common.nameWithUsername(m.name, m.username);
  return (
    <>
      <form
        className="flex items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          onSave();
        }}
      >
        <label htmlFor={`cap-${m.user_id}`} className="sr-only">
          {t.managers.capacityFor(who)}
        </label>
        <input
          id={`cap-${m.user_id}`}
          className="input w-24"
          inputMode="numeric"
          value={draft}
          onChange={(e) => onDraft(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `cap-err-${m.user_id}` : undefined}
        />
        <button type="submit" className="btn-secondary" disabled={!changed}>
          {t.common.save}
          <span className="sr-only"> {t.managers.capacityFor(who)}</span>
        </button>
      </form>
      {error && (
        <p id={`cap-err-${m.user_id}`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

interface TransferProps {
  manager: ManagerProfile;
  /** The manager whose transfer is being prepared, if any (every button waits meanwhile). */
  transferring: number | null;
  error?: string;
  onTransfer: () => void;
}

/** "Transfer book": a dry-run transfer of the whole book, whose run page shows the preview. */
export function TransferCell({ manager: m, transferring, error, onTransfer }: TransferProps) {
  const { t } = useI18n();
  const who = t.common.nameWithUsername(m.name, m.username);
  return (
    <>
      <button
        type="button"
        className="btn-secondary whitespace-nowrap"
        disabled={transferring !== null || m.customer_count === 0}
        onClick={onTransfer}
        title={t.managers.transferFor(who)}
        aria-describedby={error ? `transfer-err-${m.user_id}` : undefined}
      >
        {transferring === m.user_id ? t.managers.transferring : t.managers.transfer}
        <span className="sr-only">: {who}</span>
      </button>
      {error && (
        <p id={`transfer-err-${m.user_id}`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
