// Assigned, unassigned and the mean score run by run, with a tooltip per run.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber, formatTime } from '../../../shared/format';
import { ChartFrame } from './ChartFrame';

const ASSIGNED = '#1d4ed8';
const UNASSIGNED = '#b45309';
const MEAN = '#047857';

interface Row {
  label: string;
  assigned: number;
  unassigned: number;
  mean: number;
  point: TrendPoint;
}

/** Kind and status of a run in words ("自动分配 · 已提交"). */
function useRunWords() {
  const { t } = useI18n();
  return (p: TrendPoint) => {
    const kind = t.runs.kinds[p.kind] ?? p.kind;
    const status = t.runs.statuses[p.status] ?? p.status;
    return `${kind} · ${status}${p.dry_run && p.status === 'proposed' ? ` (${t.runs.dryRunFlag})` : ''}`;
  };
}

/** The tooltip of one run: when, what, the three figures and how long it took. */
export function TrendTooltip({ active, point }: { active?: boolean; point?: TrendPoint }) {
  const { t, locale } = useI18n();
  const words = useRunWords();
  const a = t.analytics;
  if (!active || !point) return null;
  return (
    <div className="rounded-md border border-slate-300 bg-white p-2 text-sm text-slate-900 shadow">
      <p className="font-semibold">{a.runLabel(point.run_id)}</p>
      <p className="text-slate-700">{words(point)}</p>
      <p className="text-slate-700">{formatTime(point.created_at, locale)}</p>
      <dl className="mt-1 grid grid-cols-[auto_auto] gap-x-3">
        <dt>{a.assigned}</dt>
        <dd className="text-right tabular-nums">{formatNumber(point.assigned, locale)}</dd>
        <dt>{a.unassigned}</dt>
        <dd className="text-right tabular-nums">{formatNumber(point.unassigned, locale)}</dd>
        <dt>{a.meanScore}</dt>
        <dd className="text-right tabular-nums">{formatNumber(point.mean_score, locale, 2)}</dd>
        <dt>{a.duration}</dt>
        <dd className="text-right tabular-nums">{point.duration_ms != null ? t.runs.ms(point.duration_ms) : '—'}</dd>
      </dl>
    </div>
  );
}

/** Assigned and unassigned customers (left axis) and the mean score (right axis) run by run, oldest first. */
export function RunTrendChart({ runs }: { runs: readonly TrendPoint[] }) {
  const { t, locale } = useI18n();
  const words = useRunWords();
  const a = t.analytics;
  const rows: Row[] = runs.map((p) => ({ label: `#${p.run_id}`, assigned: p.assigned, unassigned: p.unassigned, mean: p.mean_score, point: p }));
  return (
    <ChartFrame
      title={a.trend}
      description={a.trendDesc}
      columns={[a.run, a.status, a.assigned, a.unassigned, a.meanScore, a.duration]}
      rows={rows.map((r) => [
        r.label,
        words(r.point),
        r.assigned,
        r.unassigned,
        formatNumber(r.mean, locale, 2),
        r.point.duration_ms != null ? t.runs.ms(r.point.duration_ms) : '—',
      ])}
      empty={runs.length === 0 ? a.trendEmpty : undefined}
    >
      {(width) => {
        // Dots only while there is room for them (about 12 px per run).
        const dot = width / Math.max(1, rows.length) >= 12 ? { r: 3 } : false;
        return (
          <LineChart width={width} height={280} data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fill: '#334155' }} padding={{ left: 16, right: 16 }} />
            <YAxis yAxisId="count" allowDecimals={false} tick={{ fill: '#334155' }} />
            <YAxis yAxisId="score" orientation="right" tick={{ fill: '#334155' }} width={40} tickFormatter={(v: number) => formatNumber(v, locale, 1)} />
            <Tooltip content={({ active, payload }) => <TrendTooltip active={active} point={(payload?.[0]?.payload as Row | undefined)?.point} />} />
            <Legend verticalAlign="top" height={28} itemSorter={null} />
            <Line yAxisId="count" dataKey="assigned" name={a.assigned} stroke={ASSIGNED} strokeWidth={2} dot={dot} isAnimationActive={false} />
            <Line yAxisId="count" dataKey="unassigned" name={a.unassigned} stroke={UNASSIGNED} strokeWidth={2} strokeDasharray="6 3" dot={dot} isAnimationActive={false} />
            <Line yAxisId="score" dataKey="mean" name={a.meanScore} stroke={MEAN} strokeWidth={2} strokeDasharray="2 2" dot={dot} isAnimationActive={false} />
          </LineChart>
        );
      }}
    </ChartFrame>
  );
}
