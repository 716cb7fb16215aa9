// The one data table (columns, sortable headers) and PagedTable (one page of a list with its states and pager).
// A sortable header is a button inside <th aria-sort>.
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { AsyncState } from '../useAsync';
import { Pagination } from './Pagination';
import { EmptyState, ErrorState, Loading } from './States';

export interface Column<T> {
  /** The column's key, and its sort key when it is sortable. */
  key: string;
  label: string;
  /** A button in the header sorts by `key` (needs the table's `sort`). */
  sortable?: boolean;
  /** The cell is the row's header (`<th scope="row">`) rather than a `<td>`. */
  rowHeader?: boolean;
  className?: string;
  cell: (row: T) => ReactNode;
}

export interface Sort {
  key?: string;
  order?: 'asc' | 'desc';
  onSort: (key: string) => void;
}

interface TableProps<T> {
  /** Read by screen readers only. */
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  rowClassName?: string;
  busy?: boolean;
  sort?: Sort;
}

function Header<T>({ column, sort }: { column: Column<T>; sort?: Sort }) {
  const { t } = useI18n();
  if (!column.sortable || !sort) return <th scope="col">{column.label}</th>;
  const dir = sort.key === column.key ? (sort.order === 'desc' ? 'descending' : 'ascending') : undefined;
  return (
    <th scope="col" aria-sort={dir ?? 'none'}>
      <button type="button" className="inline-flex items-center gap-1 rounded font-semibold hover:underline" onClick={() => sort.onSort(column.key)}>
        {column.label}
        <span aria-hidden="true" className="text-xs text-slate-600">
          {dir === 'ascending' ? '▲' : dir === 'descending' ? '▼' : '↕'}
        </span>
        <span className="sr-only">{t.common.sortBy(column.label)}</span>
      </button>
    </th>
  );
}

/** A table in a box that scrolls sideways on a phone, with a caption and one header row. */
export function DataTable<T>({ caption, columns, rows, rowKey, rowClassName, busy, sort }: TableProps<T>) {
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <Header key={c.key} column={c} sort={sort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" className={c.className}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={c.className}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  per_page: number;
}

interface PagedProps<T> extends Omit<TableProps<T>, 'rows' | 'busy'> {
  state: AsyncState<Paged<T>>;
  /** Stands in for the table when the page has no rows. */
  empty: ReactNode;
  onPage: (page: number) => void;
  /** Keep the pager under an empty page past the end (a list whose filters can shrink it under the current page). */
  pagerWhenEmpty?: boolean;
}

/** One page of a paged list: loading, error with Retry, empty, or the table, then the pager. */
export function PagedTable<T>({ state, empty, onPage, pagerWhenEmpty, ...table }: PagedProps<T>) {
  const data = state.data;
  const pager = data && (pagerWhenEmpty ? data.total > 0 : data.items.length > 0);
  return (
    <>
      {state.loading && !data && <Loading />}
      {state.error !== undefined && <ErrorState error={state.error} onRetry={state.reload} />}
      {data && data.items.length === 0 && <EmptyState>{empty}</EmptyState>}
      {data && data.items.length > 0 && <DataTable {...table} rows={data.items} busy={state.loading} />}
      {pager && <Pagination page={data.page} perPage={data.per_page} total={data.total} onPage={onPage} />}
    </>
  );
}
