import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/i18n';
import { ChartFrame } from './ChartFrame';

export interface ClassCount {
  /** A–E, or '' for customers without a class yet. */
  cls: string;
  count: number;
}

const FILL: Record<string, string> = { A: '#047857', B: '#0369a1', C: '#b45309', D: '#c2410c', E: '#475569', '': '#94a3b8' };

export function ClassDistributionChart({ data }: { data: ClassCount[] }) {
  const { t } = useI18n();
  const rows = data.map((d) => ({ label: d.cls || t.dashboard.unclassified, count: d.count, cls: d.cls }));
  return (
    <ChartFrame
      title={t.dashboard.classChart}
      description={t.dashboard.classChartDesc}
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
