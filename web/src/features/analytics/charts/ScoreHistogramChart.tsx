// Current match scores beside the best possible ones, per score, with both means.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScoreDistribution } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber, formatTime } from '../../../shared/format';
import { ChartFrame } from './ChartFrame';

export const CURRENT_FILL = '#1d4ed8';
export const BEST_FILL = '#64748b';

function Mean({ label, value, swatch }: { label: string; value: string; swatch: string }) {
  return (
    <div className="flex items-baseline gap-2">
      <dt className="flex items-center gap-1.5 text-sm text-slate-700">
        <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ background: swatch }} />
        {label}
      </dt>
      <dd className="text-xl font-bold tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}

/** Current match scores of assigned customers beside every customer's best possible score. */
export function ScoreHistogramChart({ data }: { data: ScoreDistribution }) {
  const { t, locale } = useI18n();
  const a = t.analytics;
  const empty = data.assigned + data.unassigned === 0 || data.buckets.length === 0;
  const rows = data.buckets.map((b) => ({ label: String(b.score), current: b.current, best: b.best_possible }));
  const note = !empty && (
    <>
      <dl className="mb-1 flex flex-wrap gap-x-6 gap-y-1">
        <Mean label={a.meanCurrent} value={formatNumber(data.mean_current, locale, 2)} swatch={CURRENT_FILL} />
        <Mean label={a.meanBest} value={formatNumber(data.mean_best_possible, locale, 2)} swatch={BEST_FILL} />
      </dl>
      <p className="mb-2 text-sm text-slate-600">
        {a.assignedOf(formatNumber(data.assigned, locale), formatNumber(data.unassigned, locale))} · {a.computedAt(formatTime(data.computed_at, locale))}
      </p>
    </>
  );
  return (
    <ChartFrame
      title={a.scores}
      description={a.scoresDesc}
      columns={[a.score, a.current, a.bestPossible]}
      rows={rows.map((r) => [r.label, r.current, r.best])}
      note={note}
      empty={empty ? a.scoresEmpty : undefined}
    >
      {(width) => (
        <BarChart width={width} height={260} data={rows} margin={{ top: 8, right: 8, bottom: 20, left: 0 }} barGap={1}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fill: '#334155' }} label={{ value: a.score, position: 'insideBottom', offset: -12, fill: '#334155' }} />
          <YAxis allowDecimals={false} tick={{ fill: '#334155' }} />
          <Tooltip cursor={{ fill: '#e2e8f0' }} labelFormatter={(label) => `${a.score} ${String(label)}`} />
          <Legend verticalAlign="top" height={28} itemSorter={null} />
          <Bar dataKey="current" name={a.current} fill={CURRENT_FILL} isAnimationActive={false} />
          <Bar dataKey="best" name={a.bestPossible} fill={BEST_FILL} isAnimationActive={false} />
        </BarChart>
      )}
    </ChartFrame>
  );
}
