// The most common needs in a manager's book, as horizontal bars.
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { NeedCount } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { formatPercent } from '../../../shared/format';
import { ChartFrame } from './ChartFrame';

/** The most common needs in a manager's book: one horizontal bar per need, with its count. */
export function TopNeedsChart({ data, total }: { data: readonly NeedCount[]; total: number }) {
  const { t, tag, locale } = useI18n();
  const m = t.managerStats;
  const rows = data.map((d) => ({ label: tag(d.need), customers: d.customers }));
  const height = Math.max(160, rows.length * 40 + 40);
  return (
    <ChartFrame
      title={m.topNeeds}
      description={m.topNeedsDesc}
      columns={[m.need, m.customersWithNeed, m.shareOfBook]}
      rows={rows.map((r) => [r.label, r.customers, total > 0 ? formatPercent(r.customers / total, locale) : '—'])}
      empty={rows.length === 0 ? m.topNeedsEmpty : undefined}
    >
      {(width) => (
        <BarChart width={width} height={height} data={rows} layout="vertical" margin={{ top: 8, right: 36, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: '#334155' }} />
          <YAxis type="category" dataKey="label" width={84} tick={{ fill: '#334155' }} />
          <Tooltip cursor={{ fill: '#e2e8f0' }} />
          <Bar dataKey="customers" name={m.customersWithNeed} fill="#1d4ed8" isAnimationActive={false}>
            <LabelList dataKey="customers" position="right" fill="#0f172a" />
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
}
