// Customers per class (A–E, unclassified) as a bar chart.
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../../i18n/i18n';
import { ChartFrame } from './ChartFrame';

export interface ClassCount {
  /** A–E, or '' for customers without a class yet. */
  cls: string;
  count: number;
}

const FILL: Record<string, string> = { A: '#047857', B: '#0369a1', C: '#b45309', D: '#c2410c', E: '#475569', '': '#94a3b8' };

/** The API's class counts (A–E and "unclassified") as chart rows: A–E in order, then unclassified when there are any. */
export function toClassCounts(mix: readonly { class: string; count: number }[]): ClassCount[] {
  const byClass = new Map(mix.map((c) => [c.class, c.count]));
  const rows: ClassCount[] = ['A', 'B', 'C', 'D', 'E'].map((cls) => ({ cls, count: byClass.get(cls) ?? 0 }));
  const unclassified = byClass.get('unclassified') ?? 0;
  if (unclassified > 0) rows.push({ cls: '', count: unclassified });
  return rows;
}

export function ClassDistributionChart({ data, title, description }: { data: ClassCount[]; title?: string; description?: string }) {
  const { t } = useI18n();
  const rows = data.map((d) => ({ label: d.cls || t.dashboard.unclassified, count: d.count, cls: d.cls }));
  return (
    <ChartFrame
      title={title ?? t.dashboard.classChart}
      description={description ?? t.dashboard.classChartDesc}
      columns={[t.customers.class, t.dashboard.count]}
      rows={rows.map((r) => [r.label, r.count])}
    >
      {(width) => (
        <BarChart width={width} height={260} data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fill: '#334155' }} />
          <YAxis allowDecimals={false} tick={{ fill: '#334155' }} />
          <Tooltip cursor={{ fill: '#e2e8f0' }} />
          <Bar dataKey="count" name={t.dashboard.count} isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.label} fill={FILL[r.cls] ?? '#1d4ed8'} />
            ))}
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
}
