// The admin's audit log (/admin/audit-log): who did what to which record in which unit, with the before and after.
import { useSearchParams } from 'react-router';
import type { AuditRecord } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { PagedTable, type Column } from '../../shared/ui/DataTable';
import { Page } from '../../shared/ui/Page';
import { pageFrom } from '../../shared/ui/Pagination';
import { Time } from '../../shared/ui/Time';
import { useAsync } from '../../shared/useAsync';
import { listUnits } from '../organisation/api';
import { UnitName } from '../organisation/UnitName';
import { listAudit } from './api';

const PER_PAGE = 25;

function ChangeDetails({ record: r }: { record: AuditRecord }) {
  const { t } = useI18n();
  if (r.before == null && r.after == null) return '—';
  return (
    <details>
      <summary className="cursor-pointer text-blue-800">{t.audit.show}</summary>
      <div className="mt-2 grid gap-2 md:grid-cols-2">
        <div>
          <div className="text-xs font-semibold">{t.audit.before}</div>
          <pre className="max-w-xs overflow-x-auto rounded bg-slate-100 p-2 text-xs">{JSON.stringify(r.before, null, 2)}</pre>
        </div>
        <div>
          <div className="text-xs font-semibold">{t.audit.after}</div>
          <pre className="max-w-xs overflow-x-auto rounded bg-slate-100 p-2 text-xs">{JSON.stringify(r.after, null, 2)}</pre>
        </div>
      </div>
    </details>
  );
}

export default function AuditLogPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = pageFrom(params);
  const state = useAsync(() => listAudit(page, PER_PAGE), [page]);
  const units = useAsync(listUnits, []);
  const columns: Column<AuditRecord>[] = [
    { key: 'id', label: t.audit.id, className: 'tabular-nums', cell: (r) => r.id },
    {
      key: 'at',
      label: t.audit.at,
      className: 'whitespace-nowrap',
      cell: (r) => <Time at={r.at} />,
    },
    { key: 'actor', label: t.audit.actor, cell: (r) => r.actor_id ?? t.audit.system },
    { key: 'action', label: t.audit.action, cell: (r) => <code className="rounded bg-slate-100 px-1">{r.action}</code> },
    { key: 'target', label: t.audit.target, className: 'break-all', cell: (r) => r.target },
    { key: 'unit', label: t.audit.unit, className: 'whitespace-nowrap', cell: (r) => <UnitName id={r.unit_id} units={units.data} /> },
    { key: 'change', label: t.audit.change, cell: (r) => <ChangeDetails record={r} /> },
  ];
  return (
    <Page title={t.audit.title}>
      <PagedTable
        state={state}
        empty={t.audit.empty}
        caption={t.audit.caption}
        columns={columns}
        rowKey={(r) => r.id}
        onPage={(p) => setParams({ page: String(p) })}
      />
    </Page>
  );
}
