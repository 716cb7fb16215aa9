import { useState } from 'react';
import { Link } from 'react-router';
import { allManagers, api, call } from '../../api/client';
import { AsyncPanel } from '../../components/AsyncPanel';
import { CapabilityGapsTable } from '../../components/charts/CapabilityGapsTable';
import { ClassDistributionChart, toClassCounts } from '../../components/charts/ClassDistributionChart';
import { ManagerLoadChart } from '../../components/charts/ManagerLoadChart';
import { ProjectionScatter } from '../../components/charts/ProjectionScatter';
import { RunTrendChart } from '../../components/charts/RunTrendChart';
import { ScoreHistogramChart } from '../../components/charts/ScoreHistogramChart';
import { Kpi } from '../../components/Kpi';
import { Page } from '../../components/Page';
import { PersonaCards } from '../../components/runs/PersonaCards';
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
  return { total: classification.total, unassigned, managers, classes: toClassCounts(classification.classes) };
}

const loadPersonas = () => call(api.GET('/api/admin/analytics/personas'));
const loadScores = () => call(api.GET('/api/admin/analytics/scores'));
const loadTrend = () => call(api.GET('/api/admin/analytics/trend', { params: { query: { limit: 50 } } }));
const loadProjection = () => call(api.GET('/api/admin/analytics/projection'));
const loadGaps = () => call(api.GET('/api/admin/analytics/capability-gaps'));

/**
 * The analytics under the headline figures. Each part loads on its own, so a slow
 * projection does not hold back the rest, and one failure keeps the others (with Retry).
 */
function Analytics() {
  const { t } = useI18n();
  const a = t.analytics;
  // Scores, gaps and the projection are one computation on the server, cached until the book
  // changes. While one request recomputes, the server answers concurrent ones with the
  // previous figures, so right after a run three parallel requests would disagree. Scores
  // go first; the other two follow once it is back (then they share its computation).
  const [gate] = useState(() => {
    let open = () => {};
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { opened, open };
  });
  const personas = useAsync(loadPersonas, []);
  const scores = useAsync(() => loadScores().finally(gate.open), []);
  const trend = useAsync(loadTrend, []);
  const projection = useAsync(() => gate.opened.then(loadProjection), []);
  const gaps = useAsync(() => gate.opened.then(loadGaps), []);
  return (
    <>
      <div className="mt-4">
        <AsyncPanel title={t.runs.personas} state={personas}>
          {(d) => (
            <PersonaCards
              personas={d.personas}
              empty={
                <>
                  {a.personasEmpty}{' '}
                  <Link to="/admin/runs" className="link">
                    {a.startRun}
                  </Link>
                </>
              }
            />
          )}
        </AsyncPanel>
      </div>
      <div className="mt-4 grid grid-cols-1 gap-4 lg:grid-cols-2">
        <AsyncPanel title={a.scores} state={scores}>
          {(d) => <ScoreHistogramChart data={d} />}
        </AsyncPanel>
        <AsyncPanel title={a.trend} state={trend}>
          {(d) => <RunTrendChart runs={d.runs} />}
        </AsyncPanel>
      </div>
      {/* Full width: the scatter gains room, the table its columns. */}
      <div className="mt-4 grid grid-cols-1 gap-4">
        <AsyncPanel title={a.projection} state={projection}>
          {(d) => <ProjectionScatter data={d} />}
        </AsyncPanel>
        <AsyncPanel title={a.gaps} state={gaps}>
          {(d) => <CapabilityGapsTable data={d} />}
        </AsyncPanel>
      </div>
    </>
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
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            <ClassDistributionChart data={d.classes} />
            <ManagerLoadChart data={d.managers.map((m) => ({ name: m.name, load: m.customer_count, capacity: m.capacity }))} />
          </div>
        </>
      )}
      <Analytics />
    </Page>
  );
}
