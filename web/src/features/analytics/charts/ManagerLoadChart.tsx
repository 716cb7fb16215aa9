// Each manager's customers against their capacity, as horizontal bars.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../../i18n/i18n';
import { ChartFrame } from './ChartFrame';

export interface ManagerLoad {
  name: string;
  /** Names repeat (two 经理1); the username tells them apart once it is known. */
  username?: string;
  load: number;
  capacity: number;
}

/** The tooltip's heading: the hovered bar's manager with their username, else the axis label. */
export function loadTooltipLabel(label: unknown, payload: readonly { payload?: unknown }[] | undefined, who: (m: ManagerLoad) => string): string {
  const row = payload?.[0]?.payload as ManagerLoad | undefined;
  return row ? who(row) : String(label ?? '');
}

export function ManagerLoadChart({ data }: { data: ManagerLoad[] }) {
  const { t } = useI18n();
  const height = Math.max(220, data.length * 36 + 60);
  const who = (m: ManagerLoad) => (m.username ? t.common.nameWithUsername(m.name, m.username) : m.name);
  return (
    <ChartFrame
      title={t.dashboard.loadChart}
      description={t.dashboard.loadChartDesc}
      columns={[t.managers.name, t.dashboard.load, t.dashboard.capacityBar]}
      rows={data.map((d) => [who(d), d.load, d.capacity])}
    >
      {(width) => (
        <BarChart width={width} height={height} data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: '#334155' }} />
          <YAxis type="category" dataKey="name" width={80} tick={{ fill: '#334155' }} />
          <Tooltip cursor={{ fill: '#e2e8f0' }} labelFormatter={(label, payload) => loadTooltipLabel(label, payload, who)} />
          <Legend itemSorter={null} />
          <Bar dataKey="load" name={t.dashboard.load} fill="#1d4ed8" isAnimationActive={false} />
          <Bar dataKey="capacity" name={t.dashboard.capacityBar} fill="#94a3b8" isAnimationActive={false} />
        </BarChart>
      )}
    </ChartFrame>
  );
}
