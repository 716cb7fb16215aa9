// The run history: one page of runs, newest first, each linking to its page; the page is in `?page=`.
import { Link, useSearchParams } from 'react-router';
import type { Run } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { PagedTable, type Column } from '../../shared/ui/DataTable';
import { pageFrom } from '../../shared/ui/Pagination';
import { Time } from '../../shared/ui/Time';
import { useAsync } from '../../shared/useAsync';
import { useNumberFormat } from '../../shared/useNumberFormat';
import { isPreview, RunStatusBadge } from './RunProgress';
import { listRuns } from './api';

const PER_PAGE = 20;

export function RunHistory() {
  const { t } = useI18n();
  const num = useNumberFormat();
  const [params, setParams] = useSearchParams();
  const page = pageFrom(params);
  const state = useAsync(() => listRuns(page, PER_PAGE), [page]);
  const columns: Column<Run>[] = [
    {
      key: 'id',
      label: t.runs.id,
      rowHeader: true,
      className: 'text-left font-normal',
      cell: (r) => (
        <Link className="link whitespace-nowrap" to={`/admin/runs/${r.id}`}>
          {t.runs.open(r.id)}
        </Link>
      ),
    },
    { key: 'kind', label: t.runs.kind, className: 'whitespace-nowrap', cell: (r) => t.runs.kinds[r.kind] ?? r.kind },
    {
      key: 'status',
      label: t.runs.status,
      className: 'whitespace-nowrap',
      cell: (r) => (
        <>
          <RunStatusBadge status={r.status} />
          {r.status === 'running' && <span className="ml-1 tabular-nums">{r.progress}%</span>}
        </>
      ),
    },
    {
      key: 'options',
      label: t.runs.options,
      className: 'text-slate-700',
      cell: (r) => [isPreview(r) && t.runs.dryRunFlag, r.rebalance && t.runs.rebalanceFlag, r.k != null && t.runs.kFlag(r.k)].filter(Boolean).join(' · ') || '—',
    },
    { key: 'changed', label: t.runs.changed, className: 'tabular-nums', cell: (r) => (r.kind === 'segmentation' ? '—' : (r.summary ? num(r.summary.changed_count) : '—')) },
    {
      key: 'created',
      label: t.runs.createdAt,
      className: 'whitespace-nowrap',
      cell: (r) => <Time at={r.created_at} />,
    },
    { key: 'duration', label: t.runs.duration, className: 'whitespace-nowrap tabular-nums', cell: (r) => (r.duration_ms != null ? t.runs.ms(r.duration_ms) : '—') },
  ];
  return (
    <section aria-labelledby="run-history">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id="run-history">{t.runs.history}</h2>
        <button type="button" className="btn-secondary" onClick={state.reload} disabled={state.loading}>
          {t.common.refresh}
          <span className="sr-only">: {t.runs.history}</span>
        </button>
      </div>
      <PagedTable
        state={state}
        empty={t.runs.empty}
        caption={t.runs.historyCaption}
        columns={columns}
        rowKey={(r) => r.id}
        onPage={(p) => setParams({ page: String(p) })}
      />
    </section>
  );
}
