import { Link } from 'react-router';
import { allManagers, api, call } from '../../api/client';
import { ClassDistributionChart, type ClassCount } from '../../components/charts/ClassDistributionChart';
import { ManagerLoadChart } from '../../components/charts/ManagerLoadChart';
import { CLASSES } from '../../components/CustomersTable';
import { Page } from '../../components/Page';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n/i18n';
import { useAsync } from '../../lib/useAsync';

/** The unassigned total from the list endpoint (per_page=1). */
async function countUnassigned(): Promise<number> {
  const page = await call(api.GET('/api/customers', { params: { query: { unassigned: true, per_page: 1 } } }));
  return page.total;
}

async function load() {
  const [classification, unassigned, managers] = await Promise.all([
    call(api.GET('/api/customers/classification')),
    countUnassigned(),
    allManagers(),
  ]);
  // A–E in order, then customers without a class ('' in the chart) when there are any.
  const byClass = new Map(classification.classes.map((c) => [c.class, c.count]));
  const classes: ClassCount[] = CLASSES.map((cls) => ({ cls, count: byClass.get(cls) ?? 0 }));
  const unclassified = byClass.get('unclassified') ?? 0;
  if (unclassified > 0) classes.push({ cls: '', count: unclassified });
  return { total: classification.total, unassigned, managers, classes };
}

function Kpi({ label, value, sub }: { label: string; value: string | number; sub?: string }) {
  return (
    <div className="card">
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="mt-1 text-3xl font-bold tabular-nums text-slate-900">{value}</dd>
      {sub && <dd className="mt-1 text-sm text-slate-600">{sub}</dd>}
    </div>
  );
}

export default function DashboardPage() {
  const { t } = useI18n();
  const state = useAsync(load, []);
  const d = state.data;
  const active = d?.managers.filter((m) => m.active) ?? [];
  const used = d?.managers.reduce((s, m) => s + m.customer_count, 0) ?? 0;
  const capacity = active.reduce((s, m) => s + m.capacity, 0);
  return (
    <Page
      title={t.dashboard.title}
      actions={
        <Link to="/admin/runs" className="link">
          {t.nav.assignmentRuns} →
        </Link>
      }
    >
      {state.loading && !d && <Loading />}
      {state.error !== undefined && <ErrorState error={state.error} onRetry={state.reload} />}
      {d && (
        <>
          <dl className="mb-4 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <Kpi label={t.dashboard.customers} value={d.total} />
            <Kpi label={t.dashboard.managers} value={d.managers.length} sub={t.dashboard.activeManagers(active.length)} />
            <Kpi label={t.dashboard.unassigned} value={d.unassigned} />
            <Kpi
              label={t.dashboard.capacity}
              value={t.dashboard.capacityValue(used, capacity)}
              sub={capacity > 0 ? `${Math.round((used / capacity) * 100)}%` : undefined}
            />
          </dl>
          <div className="grid gap-4 lg:grid-cols-2">
            <ClassDistributionChart data={d.classes} />
            <ManagerLoadChart data={d.managers.map((m) => ({ name: m.name, load: m.customer_count, capacity: m.capacity }))} />
          </div>
        </>
      )}
    </Page>
  );
}
