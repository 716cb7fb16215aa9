import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, call, type CustomerListQuery, type CustomerProfile } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { formatFen } from '../lib/format';
import { useTags } from '../lib/tags';
import { useAsync } from '../lib/useAsync';
import { ClassBadge } from './ClassBadge';
import { Pagination } from './Pagination';
import { EmptyState, ErrorState, Loading } from './States';

export const CLASSES = ['A', 'B', 'C', 'D', 'E'] as const;
const PER_PAGE = [20, 50, 100] as const;
type SortKey = 'class' | 'score' | 'name' | 'age' | 'total_assets';

interface Props {
  /** Where a row's detail page lives: `${detailBase}/${id}`. */
  detailBase: string;
  /** Admins can list customers without a manager. */
  showUnassigned?: boolean;
  showManager?: boolean;
  /** Buttons for one row, in a last "actions" column (admins: assign/unassign). */
  rowActions?: (customer: CustomerProfile) => ReactNode;
  /** Change it to fetch the page again (after an action changed a row). */
  reloadKey?: number;
}

const CLASS_FILTERS = ['A', 'B', 'C', 'D', 'E', 'unclassified'] as const satisfies readonly NonNullable<CustomerListQuery['class']>[];
const SORTS = ['id', 'name', 'age', 'total_assets', 'class', 'score'] as const satisfies readonly NonNullable<CustomerListQuery['sort']>[];

function isOneOf<T extends string>(value: string | null, values: readonly T[]): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}

/** Reads the list query from the address bar, so filters survive reloads and the back button. */
function readQuery(params: URLSearchParams): CustomerListQuery & { page: number; per_page: number } {
  const num = (k: string, d: number) => {
    const n = Number(params.get(k));
    return Number.isInteger(n) && n > 0 ? n : d;
  };
  const q: CustomerListQuery & { page: number; per_page: number } = { page: num('page', 1), per_page: num('per_page', 20) };
  for (const k of ['q', 'need', 'hobby'] as const) {
    const v = params.get(k);
    if (v) q[k] = v;
  }
  // An address typed or kept from an older release may hold a value the server refuses.
  const cls = params.get('class');
  if (isOneOf(cls, CLASS_FILTERS)) q.class = cls;
  const sort = params.get('sort');
  if (isOneOf(sort, SORTS)) q.sort = sort;
  const order = params.get('order');
  if (order === 'asc' || order === 'desc') q.order = order;
  if (params.get('unassigned') === 'true') q.unassigned = true;
  return q;
}

export function CustomersTable({ detailBase, showUnassigned, showManager, rowActions, reloadKey = 0 }: Props) {
  const { t, tag, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const key = params.toString();
  const state = useAsync(() => call(api.GET('/api/customers', { params: { query } })), [key, reloadKey]);
  const tags = useTags();
  const [search, setSearch] = useState(query.q ?? '');
  useEffect(() => setSearch(query.q ?? ''), [query.q]);
  // Router navigations run in a transition, so a checkbox bound only to the URL would flip
  // back until it lands; keep the ticked state locally and follow the URL when it changes.
  const [unassigned, setUnassigned] = useState(query.unassigned === true);
  useEffect(() => setUnassigned(query.unassigned === true), [query.unassigned]);
  const ids = { search: useId(), cls: useId(), need: useId(), hobby: useId(), unassigned: useId(), per: useId() };

  const update = (changes: Record<string, string | undefined>, resetPage = true) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (resetPage) next.delete('page');
    setParams(next);
  };

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    update({ q: search.trim() });
  };

  const sortBy = (col: SortKey) => {
    const order = query.sort === col && query.order !== 'desc' ? 'desc' : 'asc';
    update({ sort: col, order });
  };

  const columns: { key: SortKey | 'segment' | 'manager'; label: string; sortable: boolean }[] = [
    { key: 'class', label: t.customers.columns.class, sortable: true },
    { key: 'segment', label: t.customers.columns.segment, sortable: false },
    { key: 'score', label: t.customers.columns.score, sortable: true },
    { key: 'name', label: t.customers.columns.name, sortable: true },
    { key: 'age', label: t.customers.columns.age, sortable: true },
    { key: 'total_assets', label: t.customers.columns.assets, sortable: true },
  ];
  if (showManager) columns.push({ key: 'manager', label: t.customers.columns.manager, sortable: false });

  const data = state.data;
  return (
    <div>
      <section aria-label={t.customers.filters} className="card mb-4">
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-6">
          <form onSubmit={onSearch} role="search" className="col-span-2">
            <label htmlFor={ids.search} className="label">
              {t.customers.search}
            </label>
            <div className="flex gap-2">
              <input id={ids.search} type="search" className="input" value={search} onChange={(e) => setSearch(e.target.value)} />
              <button type="submit" className="btn-secondary">
                {t.customers.searchButton}
              </button>
            </div>
          </form>
          <div>
            <label htmlFor={ids.cls} className="label">
              {t.customers.class}
            </label>
            <select id={ids.cls} className="input" value={query.class ?? ''} onChange={(e) => update({ class: e.target.value })}>
              <option value="">{t.common.all}</option>
              {CLASSES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={ids.need} className="label">
              {t.customers.need}
            </label>
            <select id={ids.need} className="input" value={query.need ?? ''} onChange={(e) => update({ need: e.target.value })}>
              <option value="">{t.common.all}</option>
              {(tags.data?.needs ?? (query.need ? [query.need] : [])).map((n) => (
                <option key={n} value={n}>
                  {tag(n)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={ids.hobby} className="label">
              {t.customers.hobby}
            </label>
            <select id={ids.hobby} className="input" value={query.hobby ?? ''} onChange={(e) => update({ hobby: e.target.value })}>
              <option value="">{t.common.all}</option>
              {(tags.data?.hobbies ?? (query.hobby ? [query.hobby] : [])).map((n) => (
                <option key={n} value={n}>
                  {tag(n)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={ids.per} className="label">
              {t.customers.perPage}
            </label>
            <select id={ids.per} className="input" value={query.per_page} onChange={(e) => update({ per_page: e.target.value })}>
              {PER_PAGE.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          {showUnassigned && (
            <div className="col-span-2 flex items-center gap-2 lg:col-span-6">
              <input
                id={ids.unassigned}
                type="checkbox"
                className="size-5 accent-blue-700"
                checked={unassigned}
                onChange={(e) => {
                  setUnassigned(e.target.checked);
                  update({ unassigned: e.target.checked ? 'true' : undefined });
                }}
              />
              <label htmlFor={ids.unassigned}>{t.customers.unassignedOnly}</label>
            </div>
          )}
        </div>
      </section>

      {state.error !== undefined && <ErrorState error={state.error} onRetry={state.reload} />}
      {state.loading && !data && <Loading />}
      {data && data.items.length === 0 && <EmptyState>{t.customers.empty}</EmptyState>}
      {data && data.items.length > 0 && (
        <>
          <div className="table-wrap" aria-busy={state.loading}>
            <table className="data-table">
              <caption className="sr-only">{t.customers.tableCaption}</caption>
              <thead>
                <tr>
                  {columns.map((c) => {
                    const active = query.sort === c.key;
                    const dir = active ? (query.order === 'desc' ? 'descending' : 'ascending') : undefined;
                    return (
                      <th key={c.key} scope="col" aria-sort={c.sortable ? (dir ?? 'none') : undefined}>
                        {c.sortable ? (
                          <button type="button" className="inline-flex items-center gap-1 rounded font-semibold hover:underline" onClick={() => sortBy(c.key as SortKey)}>
                            {c.label}
                            <span aria-hidden="true" className="text-xs text-slate-600">
                              {dir === 'ascending' ? '▲' : dir === 'descending' ? '▼' : '↕'}
                            </span>
                            <span className="sr-only">{t.customers.sortBy(c.label)}</span>
                          </button>
                        ) : (
                          c.label
                        )}
                      </th>
                    );
                  })}
                  {rowActions && <th scope="col">{t.assign.actions}</th>}
                </tr>
              </thead>
              <tbody>
                {data.items.map((c) => (
                  <tr key={c.user_id} className="hover:bg-slate-50">
                    <td>
                      <ClassBadge value={c.class} />
                    </td>
                    <td>{c.segment ?? '—'}</td>
                    <td>{c.match_score ?? '—'}</td>
                    <td>
                      <Link className="link" to={`${detailBase}/${c.user_id}`}>
                        {c.name}
                      </Link>
                      <div className="text-xs text-slate-600">{c.username}</div>
                    </td>
                    <td>{c.age ?? '—'}</td>
                    <td className="text-right whitespace-nowrap tabular-nums">{formatFen(c.total_assets, locale)}</td>
                    {showManager && <td>{c.manager_name ?? <span className="text-slate-600">{t.common.unassigned}</span>}</td>}
                    {rowActions && <td className="whitespace-nowrap">{rowActions(c)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {data && data.total > 0 && <Pagination page={data.page} perPage={data.per_page} total={data.total} onPage={(p) => update({ page: String(p) }, false)} />}
    </div>
  );
}
