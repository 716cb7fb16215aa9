// A radar chart of the top candidates (needs matched, hobbies matched, seats left, score), as the original system drew it.
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import { useI18n } from '../../i18n/i18n';
import { formatNumber } from '../../shared/format';
import { ChartFrame } from '../analytics/charts/ChartFrame';
import type { Candidate } from './api';

/** How many candidates the chart compares: more outlines than this are a tangle. */
export const CHART_TOP = 5;
const COLOURS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c'];

type Axis = 'needs' | 'hobbies' | 'seats' | 'score';
const AXES: Axis[] = ['needs', 'hobbies', 'seats', 'score'];
const value = (m: Candidate, axis: Axis) =>
  axis === 'needs' ? m.needs_match : axis === 'hobbies' ? m.hobbies_match : axis === 'seats' ? m.seats_left : m.score;

/** The top candidates' four figures; the table under the chart (and the main table) carries the numbers. */
export function CandidatesChart({ candidates }: { candidates: readonly Candidate[] }) {
  const { t, locale } = useI18n();
  const c = t.candidates;
  const top = candidates.slice(0, CHART_TOP);
  // Seats run to hundreds while matches are a handful, so every axis is scaled to its own largest value.
  const rows = AXES.map((axis) => {
    const max = Math.max(0, ...top.map((m) => value(m, axis)));
    const row: Record<string, string | number> = { axis: c.axes[axis] };
    top.forEach((m, i) => {
      row[`c${i}`] = max > 0 ? value(m, axis) / max : 0;
      row[`r${i}`] = value(m, axis);
    });
    return row;
  });
  return (
    <ChartFrame
      title={c.chart}
      description={c.chartDesc(top.length)}
      columns={[c.columns.manager, ...AXES.map((a) => c.axes[a])]}
      rows={top.map((m) => [t.common.nameWithUsername(m.name, m.username), ...AXES.map((a) => formatNumber(value(m, a), locale))])}
    >
      {(width) => (
        <RadarChart width={width} height={360} data={rows} outerRadius="75%" margin={{ top: 16, right: 32, bottom: 8, left: 32 }}>
          <PolarGrid />
          <PolarAngleAxis dataKey="axis" tick={{ fill: '#334155' }} />
          <PolarRadiusAxis domain={[0, 1]} tick={false} axisLine={false} />
          {top.map((m, i) => (
            <Radar
              key={m.manager_id}
              dataKey={`c${i}`}
              name={t.common.nameWithUsername(m.name, m.username)}
              stroke={COLOURS[i]}
              strokeWidth={2}
              fill={COLOURS[i]}
              fillOpacity={0.08}
              isAnimationActive={false}
            />
          ))}
          <Tooltip formatter={(_v, name, item) => [formatNumber(Number((item.payload as Record<string, number>)[`r${String(item.dataKey).slice(1)}`]), locale), name]} />
          {/* In rank order, as in the table, not by name. */}
          <Legend itemSorter={null} wrapperStyle={{ paddingTop: 12 }} />
        </RadarChart>
      )}
    </ChartFrame>
  );
}
