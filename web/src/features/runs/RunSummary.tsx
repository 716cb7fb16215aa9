// A finished run's figures: what changes, and the book before and after.
import { useId, type ReactNode } from 'react';
import type { BookStats, Run } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useNumberFormat } from '../../shared/useNumberFormat';

function Stat({ label, value, sub }: { label: string; value: ReactNode; sub?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-3 border-b border-slate-100 py-1.5 last:border-b-0">
      <dt className="text-slate-700">{label}</dt>
      <dd className="text-right font-semibold tabular-nums text-slate-900">
        {value}
        {sub && <span className="block text-xs font-normal text-slate-600">{sub}</span>}
      </dd>
    </div>
  );
}

/** The change from `from` to `to`, green when it goes the good way (`better`). */
function Delta({ from, to, digits = 0, better = 'up' }: { from: number; to: number; digits?: number; better?: 'up' | 'down' }) {
  const num = useNumberFormat();
  const d = to - from;
  if (Math.abs(d) < 10 ** -digits / 2) return null;
  const text = `${d > 0 ? '+' : '−'}${num(Math.abs(d), digits)}`;
  const good = better === 'up' ? d > 0 : d < 0;
  return <span className={`ml-1 text-xs font-medium ${good ? 'text-green-800' : 'text-red-800'}`}>({text})</span>;
}

function BookCard({ title, stats, before, bound }: { title: string; stats: BookStats; before?: BookStats; bound?: number }) {
  const { t } = useI18n();
  const num = useNumberFormat();
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <h3 id={id} className="mb-2 font-semibold text-slate-900">
        {title}
      </h3>
      <dl>
        <Stat label={t.runs.assigned} value={<>{num(stats.assigned)}{before && <Delta from={before.assigned} to={stats.assigned} />}</>} />
        <Stat label={t.runs.unassigned} value={<>{num(stats.unassigned)}{before && <Delta from={before.unassigned} to={stats.unassigned} better="down" />}</>} />
        <Stat label={t.runs.meanScore} value={<>{num(stats.mean_score, 2)}{before && <Delta from={before.mean_score} to={stats.mean_score} digits={2} />}</>} />
        <Stat
          label={t.runs.totalScore}
          value={<>{num(stats.total_score)}{before && <Delta from={before.total_score} to={stats.total_score} />}</>}
          sub={
            bound !== undefined && bound > 0 ? (
              <>
                {t.runs.bound(num(bound))} · {t.runs.boundShare(Math.round((stats.total_score / bound) * 100))}
              </>
            ) : undefined
          }
        />
        <Stat label={t.runs.load} value={`${num(stats.load_min)} / ${num(stats.load_median)} / ${num(stats.load_max)}`} />
        <Stat label={t.runs.overload} value={<>{num(stats.overload)}{before && <Delta from={before.overload} to={stats.overload} better="down" />}</>} />
      </dl>
    </section>
  );
}

/** A finished run's figures: what changes, and the book before and after (proposed or applied). */
export function RunSummaryView({ run }: { run: Run }) {
  const { t } = useI18n();
  const num = useNumberFormat();
  const headingId = useId();
  const s = run.summary;
  if (!s) return null;
  const isAssignment = run.kind !== 'segmentation';
  return (
    <section aria-labelledby={headingId} className="mb-4">
      <h2 id={headingId} className="mb-2">
        {t.runs.summary}
      </h2>
      <dl className="mb-3 grid grid-cols-1 gap-3 sm:grid-cols-3">
        {isAssignment && (
          <>
            <div className="card">
              <dt className="text-sm font-medium text-slate-700">{t.runs.changedCount}</dt>
              <dd className="mt-1 text-3xl font-bold tabular-nums">{num(s.changed_count)}</dd>
            </div>
            <div className="card">
              <dt className="text-sm font-medium text-slate-700">{t.runs.shortfall}</dt>
              <dd className={`mt-1 text-3xl font-bold tabular-nums ${s.capacity_shortfall > 0 ? 'text-red-800' : ''}`}>{num(s.capacity_shortfall)}</dd>
              <dd className="mt-1 text-sm text-slate-600">{t.runs.shortfallHint}</dd>
            </div>
          </>
        )}
        <div className="card">
          <dt className="text-sm font-medium text-slate-700">{t.runs.segments}</dt>
          <dd className="mt-1 text-3xl font-bold tabular-nums">{num(s.segments)}</dd>
        </div>
      </dl>
      {isAssignment && (
        <div className="grid gap-3 md:grid-cols-2">
          <BookCard title={t.runs.before} stats={s.before} bound={s.capacity_free_bound} />
          <BookCard title={run.status === 'committed' ? t.runs.after : t.runs.proposedAfter} stats={s.after} before={s.before} bound={s.capacity_free_bound} />
        </div>
      )}
    </section>
  );
}
