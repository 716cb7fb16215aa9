// Demand for every need against the managers offering it, worst gaps first, flagged by colour and words.
import { useId } from 'react';
import type { CapabilityGaps, CapabilityGap } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber, formatPercent, formatTime } from '../../../shared/format';

export type GapState = 'no_manager' | 'over_demand' | 'ok';

/** Unserved customers: those with the need whose manager does not offer it (or who have none). */
export const unserved = (g: CapabilityGap) => Math.max(0, g.customers - g.served);

/** A need nobody offers, or with more unserved customers than the offering managers' free places. */
export function gapState(g: CapabilityGap): GapState {
  if (g.managers === 0) return 'no_manager';
  if (unserved(g) > g.capacity_left) return 'over_demand';
  return 'ok';
}

/** Most unserved customers first, then most customers, then by name. */
export function sortGaps(needs: readonly CapabilityGap[]): CapabilityGap[] {
  return [...needs].sort((a, b) => unserved(b) - unserved(a) || b.customers - a.customers || a.need.localeCompare(b.need));
}

const ROW: Record<GapState, string> = { no_manager: 'bg-red-50', over_demand: 'bg-amber-50', ok: '' };
const BADGE: Record<GapState, string> = {
  no_manager: 'border-red-700 bg-red-100 text-red-900',
  over_demand: 'border-amber-700 bg-amber-100 text-amber-900',
  ok: 'border-transparent text-slate-700',
};

/** Demand for every need against the managers who offer it, worst gaps first. */
export function CapabilityGapsTable({ data }: { data: CapabilityGaps }) {
  const { t, tag, locale } = useI18n();
  const a = t.analytics;
  const titleId = useId();
  const descId = useId();
  const rows = sortGaps(data.needs);
  const label: Record<GapState, string> = { no_manager: a.noManager, over_demand: a.overDemand, ok: a.enough };
  const n = (v: number) => formatNumber(v, locale);
  return (
    <section className="card min-w-0" aria-labelledby={titleId}>
      <h2 id={titleId}>{a.gaps}</h2>
      <p id={descId} className="mb-2 text-sm text-slate-600">
        {a.gapsDesc}
      </p>
      {rows.length === 0 ? (
        <p className="my-2 rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600">{a.gapsEmpty}</p>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">{a.computedAt(formatTime(data.computed_at, locale))}</p>
          {/* Scrolls sideways on a phone; focusable so the keyboard can scroll it too. */}
          <div className="table-wrap" tabIndex={0} role="group" aria-labelledby={titleId}>
            <table className="data-table" aria-describedby={descId}>
              <caption className="sr-only">{a.gaps}</caption>
              <thead>
                <tr>
                  <th scope="col">{a.need}</th>
                  <th scope="col" className="text-right">{a.customers}</th>
                  <th scope="col" className="text-right">{a.served}</th>
                  <th scope="col" className="text-right" aria-sort="descending">{a.unserved}</th>
                  <th scope="col" className="text-right">{a.managers}</th>
                  <th scope="col" className="text-right">{a.capacityLeft}</th>
                  <th scope="col">{a.status}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((g) => {
                  const state = gapState(g);
                  const bg = ROW[state];
                  return (
                    <tr key={g.need} data-gap={state}>
                      <th scope="row" className={`font-medium text-slate-900 ${bg}`}>
                        {tag(g.need)}
                      </th>
                      <td className={`text-right tabular-nums ${bg}`}>{n(g.customers)}</td>
                      <td className={`text-right whitespace-nowrap tabular-nums ${bg}`}>
                        {g.customers > 0 ? formatPercent(g.served / g.customers, locale) : '—'}
                        <span className="ml-1 text-xs text-slate-600">({n(g.served)})</span>
                      </td>
                      <td className={`text-right font-semibold tabular-nums ${bg}`}>{n(unserved(g))}</td>
                      <td className={`text-right tabular-nums ${bg} ${state === 'no_manager' ? 'font-semibold text-red-900' : ''}`}>{n(g.managers)}</td>
                      <td className={`text-right tabular-nums ${bg} ${state === 'over_demand' ? 'font-semibold text-amber-900' : ''}`}>{n(g.capacity_left)}</td>
                      <td className={bg}>
                        <span className={`inline-block whitespace-nowrap rounded border px-1.5 text-sm ${BADGE[state]}`}>
                          {state !== 'ok' && <span aria-hidden="true">⚠ </span>}
                          {label[state]}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
