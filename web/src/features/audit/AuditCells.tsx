// The audit table's cells: the actor and the target by name (each with a "filter by it" button), the action's phrase, and the change line by line over its raw JSON.
import { Link } from 'react-router';
import type { AuditRecord } from '../../api/client';
import { actionLabel, actorText, diffLines, targetInfo, type Describe } from './describe';

interface CellProps {
  record: AuditRecord;
  describe: Describe;
}

/** A small button that narrows the list to what the cell names. */
function FilterButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="ml-1 rounded p-0.5 text-blue-800 hover:bg-slate-100" aria-label={label} title={label} onClick={onClick}>
      <svg aria-hidden="true" viewBox="0 0 16 16" className="inline size-3.5 align-[-2px]" fill="currentColor">
        <path d="M1.5 2h13l-5 6v5l-3 1.5V8z" />
      </svg>
    </button>
  );
}

export function ActorCell({ record: r, describe: d, onFilter }: CellProps & { onFilter?: (actorId: number) => void }) {
  const text = actorText(d, r);
  if (r.actor_id == null) return <span className="text-slate-600">{text}</span>;
  const id = r.actor_id;
  return (
    <>
      <span title={d.t.audit.accountId(id)}>{text}</span>
      {onFilter && <FilterButton label={d.t.audit.onlyActor(text)} onClick={() => onFilter(id)} />}
    </>
  );
}

export function ActionCell({ record: r, describe: d }: CellProps) {
  const label = actionLabel(d, r.action);
  // The recorded action stays on hover: it is what the filter and the CSV use.
  return label === r.action ? <code className="rounded bg-slate-100 px-1">{r.action}</code> : <span title={r.action}>{label}</span>;
}

export function TargetCell({ record: r, describe: d, onFilter }: CellProps & { onFilter?: (target: string) => void }) {
  const { text, link } = targetInfo(d, r);
  return (
    <>
      {link ? (
        <Link to={link} className="link" title={r.target}>
          {text}
        </Link>
      ) : (
        <span title={r.target}>{text}</span>
      )}
      {onFilter && <FilterButton label={d.t.audit.onlyTarget(text)} onClick={() => onFilter(r.target)} />}
    </>
  );
}

function Raw({ label, value }: { label: string; value: unknown }) {
  return (
    <div>
      <div className="text-xs font-semibold">{label}</div>
      <pre className="max-w-xs overflow-x-auto rounded bg-slate-100 p-2 text-xs">{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

export function ChangeCell({ record: r, describe: d }: CellProps) {
  const a = d.t.audit;
  if (r.before == null && r.after == null) return <span className="text-slate-600">—</span>;
  const lines = diffLines(d, r.before, r.after);
  return (
    <div className="min-w-48">
      {lines.length > 0 && (
        <ul className="space-y-0.5">
          {lines.map((l) => (
            <li key={l.key}>
              {l.before === undefined ? (
                a.values.field(l.label, l.after)
              ) : (
                <>
                  {a.values.fieldChange(l.label, l.before, '')}
                  <strong>{l.after}</strong>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <details className="mt-1">
        <summary className="cursor-pointer text-sm text-blue-800">{a.details}</summary>
        <div className="mt-2 grid gap-2 md:grid-cols-2">
          <Raw label={a.before} value={r.before} />
          <Raw label={a.after} value={r.after} />
        </div>
      </details>
    </div>
  );
}
