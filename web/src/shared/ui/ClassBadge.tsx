// A customer's class (A–E) as a coloured badge, or — without one.
const COLORS: Record<string, string> = {
  A: 'bg-emerald-100 text-emerald-900 border-emerald-700',
  B: 'bg-sky-100 text-sky-900 border-sky-700',
  C: 'bg-amber-100 text-amber-900 border-amber-700',
  D: 'bg-orange-100 text-orange-900 border-orange-700',
  E: 'bg-slate-100 text-slate-900 border-slate-600',
};

export function ClassBadge({ value }: { value: string | null | undefined }) {
  if (!value) return <span className="text-slate-500">—</span>;
  return <span className={`inline-block min-w-7 rounded border px-1.5 text-center font-semibold ${COLORS[value] ?? ''}`}>{value}</span>;
}
