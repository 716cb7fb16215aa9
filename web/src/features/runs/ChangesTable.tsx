// A run's changes: customer, from → to, scores, matched tags, class and reason, paged through `?page=`.
import { Link, useSearchParams } from 'react-router';
import type { Change } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ClassBadge } from '../../shared/ui/ClassBadge';
import { PagedTable, type Column } from '../../shared/ui/DataTable';
import { pageFrom } from '../../shared/ui/Pagination';
import { MatchedTags } from '../../shared/ui/TagChips';
import { useAsync } from '../../shared/useAsync';
import { listChanges } from './api';

export const CHANGES_PER_PAGE = 20;

/** "→", read as "to" by screen readers. */
function Arrow() {
  const { t } = useI18n();
  return (
    <>
      <span aria-hidden="true">→</span>
      <span className="sr-only">{t.runs.to}</span>
    </>
  );
}

/** The columns of a run's proposed (or applied) changes. */
function useChangeColumns(): Column<Change>[] {
  const { t } = useI18n();
  const manager = (name: string | null | undefined) => name ?? <span className="text-slate-600">{t.common.unassigned}</span>;
  const score = (n: number | null | undefined) => (n == null ? '—' : n);
  return [
    {
      key: 'customer',
      label: t.runs.customer,
      rowHeader: true,
      className: 'text-left font-normal',
      cell: (c) => (
        <Link className="link" to={`/admin/customers/${c.customer_id}`}>
          {c.customer_name}
        </Link>
      ),
    },
    {
      key: 'fromTo',
      label: t.runs.fromTo,
      className: 'whitespace-nowrap',
      cell: (c) => (
        <>
          {manager(c.from_manager_name)} <Arrow /> <strong className="font-semibold">{manager(c.to_manager_name)}</strong>
        </>
      ),
    },
    {
      key: 'score',
      label: t.runs.score,
      className: 'whitespace-nowrap tabular-nums',
      cell: (c) => (
        <>
          {score(c.score_before)} <Arrow /> <strong>{score(c.score_after)}</strong>
        </>
      ),
    },
    {
      key: 'matched',
      label: t.runs.matched,
      className: 'min-w-48 space-y-1',
      cell: (c) => (
        <>
          <MatchedTags label={t.runs.needs} names={c.matched_needs} tone="need" />
          <MatchedTags label={t.runs.hobbies} names={c.matched_hobbies} tone="hobby" />
          {c.matched_needs.length === 0 && c.matched_hobbies.length === 0 && <span className="text-slate-600">{t.common.none}</span>}
        </>
      ),
    },
    { key: 'class', label: t.runs.class, cell: (c) => <ClassBadge value={c.class} /> },
    { key: 'reason', label: t.runs.reason, className: 'whitespace-nowrap', cell: (c) => t.reasons[c.reason] ?? c.reason },
  ];
}

/** A run's changes, paged through `?page=` in the address; `version` refetches (after a commit). */
export function RunChanges({ runId, version = 0 }: { runId: number; version?: number }) {
  const { t } = useI18n();
  const columns = useChangeColumns();
  const [params, setParams] = useSearchParams();
  const page = pageFrom(params);
  const state = useAsync(() => listChanges(runId, page, CHANGES_PER_PAGE), [runId, page, version]);
  return (
    <div aria-busy={state.loading}>
      <PagedTable
        state={state}
        empty={t.runs.noChanges}
        caption={t.runs.changesCaption}
        columns={columns}
        rowKey={(c) => c.customer_id}
        onPage={(p) => {
          const next = new URLSearchParams(params);
          next.set('page', String(p));
          setParams(next);
        }}
      />
    </div>
  );
}
