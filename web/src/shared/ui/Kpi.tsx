// Headline figures: a number goes through the one formatter, so every KPI groups its digits alike.
import { useNumberFormat } from '../useNumberFormat';

/** One headline figure in a `<dl>`: its label, the value, and an optional line under it. */
export function Kpi({ label, value, sub }: { label: string; value: string | number; sub?: string }) {
  const num = useNumberFormat();
  return (
    <div className="card">
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="mt-1 text-3xl font-bold tabular-nums text-slate-900">{typeof value === 'number' ? num(value) : value}</dd>
      {sub && <dd className="mt-1 text-sm text-slate-600">{sub}</dd>}
    </div>
  );
}
