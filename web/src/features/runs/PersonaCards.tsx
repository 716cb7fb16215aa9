// The segments a run found (or the latest segmentation), one card each: size, top tags, medians, class mix.
import { useId, type ReactNode } from 'react';
import type { Persona } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatFen } from '../../shared/format';
import { EmptyState } from '../../shared/ui/States';
import { TagList } from '../../shared/ui/TagChips';
import { useNumberFormat } from '../../shared/useNumberFormat';

const MIX_FILL: Record<string, string> = { A: 'bg-emerald-700', B: 'bg-sky-700', C: 'bg-amber-600', D: 'bg-orange-700', E: 'bg-slate-500' };

function TagShares({ label, items }: { label: string; items: Persona['top_needs'] }) {
  const { t } = useI18n();
  const share = new Map(items.map((s) => [s.tag, s.share]));
  return (
    <div className="col-span-2">
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="mt-1">
        <TagList names={items.map((s) => s.tag)} note={(name) => t.runs.share(Math.round((share.get(name) ?? 0) * 100))} />
      </dd>
    </div>
  );
}

function PersonaCard({ p, total }: { p: Persona; total: number }) {
  const { t, locale } = useI18n();
  const num = useNumberFormat();
  const id = useId();
  const mixTotal = p.class_mix.reduce((s, c) => s + c.count, 0);
  return (
    <section className="card" aria-labelledby={id}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={id} className="text-lg font-semibold text-slate-900">
          {t.runs.segment(p.segment)}
        </h3>
        <span className="text-slate-700">
          {t.runs.size(num(p.size))}
          {total > 0 && <span className="text-sm text-slate-600"> · {t.runs.share(Math.round((p.size / total) * 100))}</span>}
        </span>
      </div>
      {/* Only dt/dd groups inside the list, each in one div: HTML allows that wrapper and no other. */}
      <dl className="mt-3 grid grid-cols-2 gap-3">
        <TagShares label={t.runs.topNeeds} items={p.top_needs} />
        <TagShares label={t.runs.topHobbies} items={p.top_hobbies} />
        <div>
          <dt className="text-sm font-medium text-slate-700">{t.runs.medianAge}</dt>
          <dd className="tabular-nums">{p.median_age ?? '—'}</dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-slate-700">{t.runs.medianAssets}</dt>
          <dd className="tabular-nums">{formatFen(p.median_assets, locale)}</dd>
        </div>
        <div className="col-span-2">
          <dt className="text-sm font-medium text-slate-700">{t.runs.classMix}</dt>
          <dd className="mt-1">
            {mixTotal > 0 && (
              <div className="mb-1 flex h-2.5 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
                {p.class_mix
                  .filter((c) => c.count > 0)
                  .map((c) => (
                    <div key={c.class} className={MIX_FILL[c.class] ?? 'bg-slate-400'} style={{ width: `${(c.count / mixTotal) * 100}%` }} />
                  ))}
              </div>
            )}
            <ul className="flex flex-wrap gap-x-3 text-sm text-slate-800">
              {p.class_mix.map((c) => (
                <li key={c.class} className="tabular-nums">
                  {c.class === 'unclassified' ? t.dashboard.unclassified : c.class} {num(c.count)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** The segments found by a run (or the latest segmentation), one card each; `empty` stands in when there are none. */
export function PersonaCards({ personas, empty }: { personas: readonly Persona[]; empty?: ReactNode }) {
  const { t } = useI18n();
  const headingId = useId();
  if (personas.length === 0) {
    if (empty === undefined) return null;
    return (
      <section aria-labelledby={headingId} className="mb-4">
        <h2 id={headingId} className="mb-2">
          {t.runs.personas}
        </h2>
        <EmptyState>{empty}</EmptyState>
      </section>
    );
  }
  const total = personas.reduce((s, p) => s + p.size, 0);
  return (
    <section aria-labelledby={headingId} className="mb-4">
      <h2 id={headingId} className="mb-2">
        {t.runs.personas}
      </h2>
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {personas.map((p) => (
          <PersonaCard key={p.segment} p={p} total={total} />
        ))}
      </div>
    </section>
  );
}
