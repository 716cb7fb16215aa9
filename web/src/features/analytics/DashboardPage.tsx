// The admin's dashboard (/admin): headline figures, class and load charts, then the five analyses.
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { AsyncPanel } from '../../shared/ui/AsyncPanel';
import { Kpi } from '../../shared/ui/Kpi';
import { Page } from '../../shared/ui/Page';
import { ErrorState, Loading } from '../../shared/ui/States';
import { useAsync } from '../../shared/useAsync';
import { listCustomers } from '../customers/api';
import { allManagers } from '../managers/api';
import { PersonaCards } from '../runs/PersonaCards';
import { getCapabilityGaps, getClassification, getPersonas, getProjection, getScores, getTrend } from './api';
import { CapabilityGapsTable } from './charts/CapabilityGapsTable';
import { ClassDistributionChart, toClassCounts } from './charts/ClassDistributionChart';
import { ManagerLoadChart } from './charts/ManagerLoadChart';
import { ProjectionScatter } from './charts/ProjectionScatter';
import { RunTrendChart } from './charts/RunTrendChart';
import { ScoreHistogramChart } from './charts/ScoreHistogramChart';

/** The unassigned total from the list endpoint (per_page=1). */
async function countUnassigned(): Promise<number> {
  const page = await listCustomers({ unassigned: true, per_page: 1 });
  return page.total;
}

async function load() {
  const [classification, unassigned, managers] = await Promise.all([
    getClassification(),
    countUnassigned(),
    allManagers(),
  ]);
  // A–E in order, then customers without a class ('' in the chart) when there are any.
  return { total: classification.total, unassigned, managers, classes: toClassCounts(classification.classes) };
}

/** The trend covers the latest 50 runs. */
const loadTrend = () => getTrend(50);

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
  const personas = useAsync(getPersonas, []);
  const scores = useAsync(() => getScores().finally(gate.open), []);
  const trend = useAsync(loadTrend, []);
  const projection = useAsync(() => gate.opened.then(getProjection), []);
  const gaps = useAsync(() => gate.opened.then(getCapabilityGaps), []);
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
