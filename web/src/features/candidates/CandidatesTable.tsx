// The ranked candidate managers as a table: who, where, the score and its parts, the load, and whether they can take the customer.
import { useI18n } from '../../i18n/i18n';
import { formatNumber } from '../../shared/format';
import { DataTable, type Column } from '../../shared/ui/DataTable';
import { MatchedTags } from '../../shared/ui/TagChips';
import type { Candidate } from './api';

const AVAILABILITY_STYLE: Record<Candidate['availability'], string> = {
  current: 'border-blue-700 bg-blue-50 text-blue-900',
  available: 'border-green-700 bg-green-50 text-green-900',
  full: 'border-amber-600 bg-amber-50 text-amber-950',
  not_taking_customers: 'border-slate-400 bg-slate-100 text-slate-800',
};

/** Only someone who can take customers at all, and is not already the customer's manager. */
export const canAssign = (m: Candidate) => m.availability === 'available' || m.availability === 'full';

interface Props {
  candidates: readonly Candidate[];
  busy?: boolean;
  /** Admins only: without it the table has no actions column. */
  onAssign?: (candidate: Candidate) => void;
}

/** The candidates in the server's order (best score first), numbered. */
export function CandidatesTable({ candidates, busy, onAssign }: Props) {
  const { t, locale } = useI18n();
  const c = t.candidates;
  const num = (n: number) => formatNumber(n, locale);
  const rank = new Map(candidates.map((m, i) => [m.manager_id, i + 1]));
  const columns: Column<Candidate>[] = [
    { key: 'rank', label: c.columns.rank, className: 'tabular-nums', cell: (m) => rank.get(m.manager_id) },
    {
      key: 'manager',
      label: c.columns.manager,
      rowHeader: true,
      cell: (m) => (
        <>
          <span className="font-semibold">{m.name}</span>
          <span className="block text-sm font-normal text-slate-600">{m.username}</span>
        </>
      ),
    },
    {
      key: 'unit',
      label: c.columns.unit,
      cell: (m) => (
        <>
          {m.unit_name}
          <span className="block text-xs text-slate-600">{m.unit_code}</span>
        </>
      ),
    },
    {
      key: 'score',
      label: c.columns.score,
      className: 'min-w-48',
      cell: (m) => (
        <div className="space-y-1">
          <p>
            <strong className="text-lg tabular-nums">{m.score}</strong>
            <span className="ml-2 text-slate-700">= {c.scoreParts(m.needs_match, m.hobbies_match)}</span>
          </p>
          <MatchedTags label={c.needs} names={m.matched_needs} tone="need" />
          <MatchedTags label={c.hobbies} names={m.matched_hobbies} tone="hobby" />
          {m.matched_needs.length + m.matched_hobbies.length === 0 && <p className="text-sm text-slate-600">{c.noOverlap}</p>}
        </div>
      ),
    },
    {
      key: 'load',
      label: c.columns.load,
      className: 'tabular-nums whitespace-nowrap',
      cell: (m) => `${num(m.customer_count)} / ${num(m.capacity)}`,
    },
    { key: 'seats', label: c.columns.seats, className: 'tabular-nums', cell: (m) => num(m.seats_left) },
    {
      key: 'availability',
      label: c.columns.availability,
      cell: (m) => <span className={`inline-block rounded border px-2 py-0.5 text-sm ${AVAILABILITY_STYLE[m.availability]}`}>{c.availability[m.availability]}</span>,
    },
  ];
  if (onAssign) {
    columns.push({
      key: 'actions',
      label: c.columns.actions,
      cell: (m) =>
        canAssign(m) ? (
          <button type="button" className="btn-secondary" onClick={() => onAssign(m)}>
            {c.assign}
            {/* Names can repeat, so the username tells the buttons apart. */}
            <span className="sr-only">: {t.common.nameWithUsername(m.name, m.username)}</span>
          </button>
        ) : null,
    });
  }
  return <DataTable caption={c.tableCaption} columns={columns} rows={candidates} rowKey={(m) => m.manager_id} busy={busy} />;
}
