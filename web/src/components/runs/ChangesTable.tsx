import { Link, useSearchParams } from 'react-router';
import { api, call, type Change } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useAsync } from '../../lib/useAsync';
import { ClassBadge } from '../ClassBadge';
import { Pagination } from '../Pagination';
import { EmptyState, ErrorState, Loading } from '../States';

export const CHANGES_PER_PAGE = 20;

function Chips({ label, names, tone }: { label: string; names: readonly string[]; tone: 'need' | 'hobby' }) {
  const { tag } = useI18n();
  if (names.length === 0) return null;
  const style = tone === 'need' ? 'border-blue-700 bg-blue-50 text-blue-900' : 'border-green-700 bg-green-50 text-green-900';
  return (
    <div className="flex flex-wrap items-center gap-1">
      <span className="text-xs text-slate-700">{label}:</span>
      <ul className="contents">
        {names.map((n) => (
          <li key={n} className={`rounded-full border px-2 py-0.5 text-xs ${style}`}>
            {tag(n)}
          </li>
        ))}
      </ul>
    </div>
  );
}

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

/** One page of a run's proposed (or applied) changes. */
export function ChangesTable({ items }: { items: readonly Change[] }) {
  const { t } = useI18n();
  const manager = (name: string | null | undefined) => name ?? <span className="text-slate-600">{t.common.unassigned}</span>;
  const score = (n: number | null | undefined) => (n == null ? '—' : n);
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="sr-only">{t.runs.changesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.runs.customer}</th>
            <th scope="col">{t.runs.fromTo}</th>
            <th scope="col">{t.runs.score}</th>
            <th scope="col">{t.runs.matched}</th>
            <th scope="col">{t.runs.class}</th>
            <th scope="col">{t.runs.reason}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.customer_id}>
              <th scope="row" className="text-left font-normal">
                <Link className="link" to={`/admin/customers/${c.customer_id}`}>
                  {c.customer_name}
                </Link>
              </th>
              <td className="whitespace-nowrap">
                {manager(c.from_manager_name)} <Arrow /> <strong className="font-semibold">{manager(c.to_manager_name)}</strong>
              </td>
              <td className="whitespace-nowrap tabular-nums">
                {score(c.score_before)} <Arrow /> <strong>{score(c.score_after)}</strong>
              </td>
              <td className="min-w-48 space-y-1">
                <Chips label={t.runs.needs} names={c.matched_needs} tone="need" />
                <Chips label={t.runs.hobbies} names={c.matched_hobbies} tone="hobby" />
                {c.matched_needs.length === 0 && c.matched_hobbies.length === 0 && <span className="text-slate-600">{t.common.none}</span>}
              </td>
              <td>
                <ClassBadge value={c.class} />
              </td>
              <td className="whitespace-nowrap">{t.reasons[c.reason] ?? c.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A run's changes, paged through `?page=` in the address; `version` refetches (after a commit). */
export function RunChanges({ runId, version = 0 }: { runId: number; version?: number }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const state = useAsync(
    () => call(api.GET('/api/admin/assignment-runs/{id}/changes', { params: { path: { id: runId }, query: { page, per_page: CHANGES_PER_PAGE } } })),
    [runId, page, version],
  );
  const data = state.data;
  return (
    <div aria-busy={state.loading}>
      {state.loading && !data && <Loading />}
      {state.error !== undefined && <ErrorState error={state.error} onRetry={state.reload} />}
      {data && data.items.length === 0 && <EmptyState>{t.runs.noChanges}</EmptyState>}
      {data && data.items.length > 0 && (
        <>
          <ChangesTable items={data.items} />
          <Pagination
            page={data.page}
            perPage={data.per_page}
            total={data.total}
            onPage={(p) => {
              const next = new URLSearchParams(params);
              next.set('page', String(p));
              setParams(next);
            }}
          />
        </>
      )}
    </div>
  );
}
