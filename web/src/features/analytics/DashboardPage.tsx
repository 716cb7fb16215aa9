// The admin's dashboard (/admin): headline figures, class and load charts, then the five analyses,
// of the admin's whole part of the organisation or of the unit chosen in the address bar.
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { AsyncPanel } from '../../shared/ui/AsyncPanel';
import { Kpi } from '../../shared/ui/Kpi';
import { Page } from '../../shared/ui/Page';
import { ErrorState, Loading } from '../../shared/ui/States';
import { useAsync } from '../../shared/useAsync';
import { useListParams } from '../../shared/useListParams';
import { useNumberFormat } from '../../shared/useNumberFormat';
import { allManagers } from '../managers/api';
import { listUnits } from '../organisation/api';
import { UnitFilter, unitIdFrom } from '../organisation/UnitFilter';
import { PersonaCards } from '../runs/PersonaCards';
import { getCapabilityGaps, getDashboard, getPersonas, getProjection, getScores, getStats, getTrend } from './api';
import { CapabilityGapsTable } from './charts/CapabilityGapsTable';
import { ClassDistributionChart, toClassCounts } from './charts/ClassDistributionChart';
import { ManagerLoadChart } from './charts/ManagerLoadChart';
import { ProjectionScatter } from './charts/ProjectionScatter';
import { RunTrendChart } from './charts/RunTrendChart';
import { ScoreHistogramChart } from './charts/ScoreHistogramChart';

/** That unit and everything below it; undefined: the admin's whole part. */
type Scope = { unit: number | undefined };

async function load(unit: number | undefined) {
  const [figures, stats] = await Promise.all([getDashboard(unit), getStats(unit)]);
  // A–E in order, then customers without a class ('' in the chart) when there are any.
  return { figures, loads: stats.manager_loads, classes: toClassCounts(figures.customer_classes) };
}

/** The trend covers the latest 50 runs. */
const TREND_RUNS = 50;

/** The totals and the class and load charts. */
function Headline({ unit }: Scope) {
  const { t } = useI18n();
  const num = useNumberFormat();
  const state = useAsync(() => load(unit), []);
  // The loads name managers by name only, and names repeat: the usernames come from the managers
  // list, on their own so the figures do not wait for them (and still show should the list fail).
  const managers = useAsync(() => allManagers().catch(() => []), []);
  const usernames = new Map((managers.data ?? []).map((m) => [m.user_id, m.username]));
  const d = state.data;
  if (state.error !== undefined) return <ErrorState error={state.error} onRetry={state.reload} />;
  if (!d) return <Loading />;
  const f = d.figures;
  return (
    <>
      <dl className="mb-4 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Kpi label={t.dashboard.customers} value={f.total_customers} />
        <Kpi label={t.dashboard.managers} value={f.total_managers} sub={t.dashboard.activeManagers(num(f.active_managers))} />
        <Kpi label={t.dashboard.unassigned} value={f.unassigned_customers} />
        <Kpi
          label={t.dashboard.capacity}
          value={t.dashboard.capacityValue(num(f.capacity_used), num(f.capacity_total))}
          sub={f.capacity_total > 0 ? `${Math.round((f.capacity_used / f.capacity_total) * 100)}%` : undefined}
        />
      </dl>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <ClassDistributionChart data={d.classes} />
        <ManagerLoadChart
          data={d.loads.map((m) => ({ name: m.manager_name, username: usernames.get(m.manager_id), load: m.customer_count, capacity: m.capacity }))}
        />
      </div>
    </>
  );
}

/**
 * The analytics under the headline figures. Each part loads on its own, so a slow
 * projection does not hold back the rest, and one failure keeps the others (with Retry).
 */
function Analytics({ unit }: Scope) {
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
  const personas = useAsync(() => getPersonas(unit), []);
  const scores = useAsync(() => getScores(unit).finally(gate.open), []);
  const trend = useAsync(() => getTrend(TREND_RUNS, unit), []);
  const projection = useAsync(() => gate.opened.then(() => getProjection(unit)), []);
  const gaps = useAsync(() => gate.opened.then(() => getCapabilityGaps(unit)), []);
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
  const filterId = useId();
  const { params, update } = useListParams();
  const unit = unitIdFrom(params);
  // Without the units (still loading, or refused) the filter offers "all units" and the chosen one.
  const units = useAsync(listUnits, []);
  // Another unit mounts both parts afresh: new requests, a new gate for the analyses, and no
  // figures of the previous unit left on screen while the new ones load.
  const scope = unit ?? 'all';
  return (
    <Page
      title={t.dashboard.title}
      actions={
        <Link to="/admin/runs" className="link">
          {t.nav.assignmentRuns} →
        </Link>
      }
    >
      <div className="mb-4 sm:max-w-sm">
        <UnitFilter id={filterId} units={units.data ?? []} value={unit} onChange={(v) => update({ unit_id: v })} />
      </div>
      <Headline key={`headline-${scope}`} unit={unit} />
      <Analytics key={`analytics-${scope}`} unit={unit} />
    </Page>
  );
}
