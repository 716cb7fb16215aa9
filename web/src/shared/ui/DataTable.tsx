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

/** Over the rows while the next ones load: they stay readable (dimmed), with a cue of what is happening. */
function BusyCue() {
  const { t } = useI18n();
  return (
    <div role="status" className="absolute top-2 right-2 z-10 flex items-center gap-2 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-700 shadow-sm">
      <span aria-hidden="true" className="size-3.5 animate-spin rounded-full border-2 border-slate-300 border-t-blue-700" />
      {t.pagination.loadingPage}
    </div>
  );
}

/**
 * A table in a box that scrolls sideways on a phone, with a caption and one header row. `busy`:
 * newer rows are on their way, so these are dimmed under a loading cue (outside the scrolling
 * box, so the cue stays in view when the table is scrolled sideways).
 */
export function DataTable<T>({ caption, columns, rows, rowKey, rowClassName, busy, sort }: TableProps<T>) {
  return (
    <div className="relative">
      {busy && <BusyCue />}
      <div className={`table-wrap transition-opacity ${busy ? 'opacity-50' : ''}`} aria-busy={busy || undefined}>
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

/**
 * One page of a paged list: loading, error (with Retry where it may help), empty, or the table,
 * then the pager. The rows of the page before stay, dimmed, while the next one loads. A page past
 * the end is not "nothing matches": the list has rows, only not there, and the pager leads back.
 */
export function PagedTable<T>({ state, empty, onPage, pagerWhenEmpty, ...table }: PagedProps<T>) {
  const { t } = useI18n();
  const data = state.data;
  const pastEnd = data !== undefined && data.items.length === 0 && data.total > 0;
  const pager = data && (pagerWhenEmpty || pastEnd ? data.total > 0 : data.items.length > 0);
  return (
    <>
      {state.loading && !data && <Loading />}
      {state.error !== undefined && <ErrorState error={state.error} onRetry={state.reload} />}
      {data && data.items.length === 0 && (
        <div className={state.loading ? 'opacity-50' : undefined} aria-busy={state.loading || undefined}>
          <EmptyState>{pastEnd ? t.pagination.pageGone : empty}</EmptyState>
        </div>
      )}
      {data && data.items.length > 0 && <DataTable {...table} rows={data.items} busy={state.loading} />}
      {pager && <Pagination page={data.page} perPage={data.per_page} total={data.total} onPage={onPage} />}
    </>
  );
}
