// The customer list: filters and sorting in the address bar, one page of customers, the pager.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CustomerProfile } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatFen } from '../../shared/format';
import { ClassBadge } from '../../shared/ui/ClassBadge';
import { PagedTable, type Column } from '../../shared/ui/DataTable';
import { useAsync } from '../../shared/useAsync';
import { useListParams } from '../../shared/useListParams';
import { listUnits } from '../organisation/api';
import { CustomerFilters } from './CustomerFilters';
import { listCustomers } from './api';
import { readQuery, type ListQuery, type SortKey } from './customerQuery';

interface Props {
  /** Where a row's detail page lives: `${detailBase}/${id}`. */
  detailBase: string;
  /** Admins can list customers without a manager. */
  showUnassigned?: boolean;
  showManager?: boolean;
  /** Admins: a filter by unit (that unit and everything below it), from the units they may see. */
  showUnitFilter?: boolean;
  /** Buttons for one row, in a last "actions" column (admins: assign/unassign). */
  rowActions?: (customer: CustomerProfile) => ReactNode;
  /** Change it to fetch the page again (after an action changed a row). */
  reloadKey?: number;
  /** Stands in for the table when no filter is set and there are no customers at all (a manager's empty book). */
  emptyList?: ReactNode;
}

/** Whether the query narrows the list; only then does an empty page mean "nothing matches". */
function isFiltered(q: ListQuery): boolean {
  return Boolean(q.q || q.class || q.need || q.hobby || q.unassigned || q.manager_id != null || q.unit_id != null);
}

export function CustomersTable({ detailBase, showUnassigned, showManager, showUnitFilter, rowActions, reloadKey = 0, emptyList }: Props) {
  const { t, locale } = useI18n();
  const { params, update, goToPage } = useListParams();
  const query = readQuery(params);
  const key = params.toString();
  const state = useAsync(() => listCustomers(query), [key, reloadKey]);
  // Without the units (still loading, or refused) the filter offers "all units" and the chosen one.
  const units = useAsync(() => (showUnitFilter ? listUnits() : Promise.resolve(undefined)), [showUnitFilter]);

  const sortBy = (col: SortKey) => {
    const order = query.sort === col && query.order !== 'desc' ? 'desc' : 'asc';
    update({ sort: col, order });
  };

  const dash = (v: ReactNode) => v ?? '—';
  const columns: Column<CustomerProfile>[] = [
    { key: 'class', label: t.customers.columns.class, sortable: true, cell: (c) => <ClassBadge value={c.class} /> },
    { key: 'segment', label: t.customers.columns.segment, cell: (c) => dash(c.segment) },
    { key: 'score', label: t.customers.columns.score, sortable: true, cell: (c) => dash(c.match_score) },
    {
      key: 'name',
      label: t.customers.columns.name,
      sortable: true,
      cell: (c) => (
        <>
          <Link className="link" to={`${detailBase}/${c.user_id}`}>
            {c.name}
          </Link>
          <div className="text-xs text-slate-600">{c.username}</div>
        </>
      ),
    },
    { key: 'age', label: t.customers.columns.age, sortable: true, cell: (c) => dash(c.age) },
    {
      key: 'total_assets',
      label: t.customers.columns.assets,
      sortable: true,
      className: 'text-right whitespace-nowrap tabular-nums',
      cell: (c) => formatFen(c.total_assets, locale),
    },
  ];
  // The customer's home unit: its name, the code on hover.
  columns.push({
    key: 'unit',
    label: t.customers.columns.unit,
    className: 'whitespace-nowrap',
    cell: (c) => <span title={c.unit_code}>{c.unit_name}</span>,
  });
  if (showManager) {
    columns.push({ key: 'manager', label: t.customers.columns.manager, cell: (c) => c.manager_name ?? <span className="text-slate-600">{t.common.unassigned}</span> });
  }
  if (rowActions) columns.push({ key: 'actions', label: t.assign.actions, className: 'whitespace-nowrap', cell: rowActions });

  return (
    <div>
      <CustomerFilters query={query} update={update} showUnassigned={showUnassigned} units={showUnitFilter ? (units.data ?? []) : undefined} />
      <PagedTable
        state={state}
        empty={isFiltered(query) ? t.customers.empty : (emptyList ?? t.customers.none)}
        caption={t.customers.tableCaption}
        columns={columns}
        rowKey={(c) => c.user_id}
        rowClassName="hover:bg-slate-50"
        sort={{ key: query.sort, order: query.order, onSort: (k) => sortBy(k as SortKey) }}
        onPage={goToPage}
        pagerWhenEmpty
      />
    </div>
  );
}
