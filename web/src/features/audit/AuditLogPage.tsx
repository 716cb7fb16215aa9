// The admin's audit log (/admin/audit-log): who did what to which record, when and why, in words; filtered in the address bar, exported as CSV.
import type { AuditRecord } from '../../api/client';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { PagedTable, type Column } from '../../shared/ui/DataTable';
import { Page } from '../../shared/ui/Page';
import { Time } from '../../shared/ui/Time';
import { useAsync } from '../../shared/useAsync';
import { useListParams } from '../../shared/useListParams';
import { listUnits } from '../organisation/api';
import { UnitName } from '../organisation/UnitName';
import { accountNames, listAudit, type AccountName } from './api';
import { ActionCell, ActorCell, ChangeCell, TargetCell } from './AuditCells';
import { AuditFilters } from './AuditFilters';
import { PER_PAGE, badRange, pageOf, readAuditFilters, toApiQuery } from './auditQuery';
import { CsvExport } from './CsvExport';
import { accountIdsOf, actorText, targetInfo } from './describe';
import { useDescribe } from './useDescribe';

// One empty map for every render without names, so the words built from it stay memoised.
const NO_ACCOUNTS: ReadonlyMap<number, AccountName> = new Map();

export default function AuditLogPage() {
  const { t } = useI18n();
  const { params, update, goToPage } = useListParams();
  const filters = readAuditFilters(params);
  const page = pageOf(params);
  const query = toApiQuery(filters);
  const invalid = badRange(filters);
  const state = useAsync(
    () =>
      // Said at the dates already; asking the server would only bring its 422 back.
      invalid ? Promise.reject(new ApiError(422, { error: 'invalid_range', message: 'from after to' })) : listAudit(query, page, PER_PAGE),
    [JSON.stringify(query), page, invalid],
  );
  const units = useAsync(listUnits, []);
  const items = state.data?.items ?? [];
  const ids = accountIdsOf(items);
  const names = useAsync(() => (ids.length ? accountNames(ids) : Promise.resolve(NO_ACCOUNTS)), [ids.join(',')]);
  const describe = useDescribe(units.data, names.data ?? NO_ACCOUNTS);

  // Every entry of a filtered list has the filtered actor and target: the first one names them.
  const byActor = filters.actorId === undefined ? undefined : items.find((r) => r.actor_id === filters.actorId);
  const ofTarget = filters.target === undefined ? undefined : items.find((r) => r.target === filters.target);
  const filtered = Object.values(filters).some((v) => v !== undefined);

  const columns: Column<AuditRecord>[] = [
    { key: 'at', label: t.audit.at, className: 'whitespace-nowrap', cell: (r) => <Time at={r.at} /> },
    { key: 'actor', label: t.audit.actor, cell: (r) => <ActorCell record={r} describe={describe} onFilter={(id) => update({ actor_id: String(id) })} /> },
    { key: 'action', label: t.audit.action, cell: (r) => <ActionCell record={r} describe={describe} /> },
    { key: 'target', label: t.audit.target, className: 'break-words', cell: (r) => <TargetCell record={r} describe={describe} onFilter={(target) => update({ target })} /> },
    { key: 'unit', label: t.audit.unit, className: 'whitespace-nowrap', cell: (r) => <UnitName id={r.unit_id} units={units.data} /> },
    { key: 'change', label: t.audit.change, cell: (r) => <ChangeCell record={r} describe={describe} /> },
  ];
  return (
    <Page title={t.audit.title}>
      <AuditFilters filters={filters} update={update} actorName={byActor && actorText(describe, byActor)} />
      {ofTarget && (
        <p className="mb-3 flex flex-wrap items-center gap-2">
          <strong>{t.audit.filters.showingTarget(targetInfo(describe, ofTarget).text)}</strong>
          <button type="button" className="link" onClick={() => update({ target: undefined })}>
            {t.audit.filters.showAll}
          </button>
        </p>
      )}
      <CsvExport query={query} total={state.data?.total} describe={describe} disabled={invalid || state.data?.total === 0} />
      <PagedTable
        state={state}
        empty={filtered ? t.audit.emptyFiltered : t.audit.empty}
        caption={t.audit.caption}
        columns={columns}
        rowKey={(r) => r.id}
        onPage={goToPage}
      />
    </Page>
  );
}
