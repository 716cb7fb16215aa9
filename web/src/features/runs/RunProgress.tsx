// A run's (or an import job's) status badge and its progress bar with a live phase.
import { useId } from 'react';
import type { Run } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

const STATUS_STYLE: Record<string, string> = {
  running: 'border-blue-700 bg-blue-50 text-blue-900',
  proposed: 'border-amber-700 bg-amber-50 text-amber-900',
  committed: 'border-green-700 bg-green-50 text-green-900',
  discarded: 'border-slate-500 bg-slate-100 text-slate-800',
  failed: 'border-red-700 bg-red-50 text-red-900',
};

/**
 * Whether a run is still a preview: a dry run is one until it is decided. Once committed it is
 * in force, and a discarded or failed one never will be, so the status says what it is.
 */
export function isPreview(run: Pick<Run, 'dry_run' | 'status'>): boolean {
  return run.dry_run && (run.status === 'running' || run.status === 'proposed');
}

export function RunStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium whitespace-nowrap ${STATUS_STYLE[status] ?? STATUS_STYLE.discarded}`}>
      {t.runs.statuses[status] ?? status}
    </span>
  );
}

/**
 * A running run's phase and percentage: a progressbar (value in aria-valuenow/-text) and a
 * polite live region that announces the phase as it changes (not every percent).
 */
export function RunProgress({ run, title }: { run: Pick<Run, 'phase' | 'progress'>; title?: string }) {
  const { t } = useI18n();
  const headingId = useId();
  const pct = Math.max(0, Math.min(100, Math.round(run.progress)));
  const phase = t.runs.phases[run.phase] ?? run.phase;
  return (
    <section className="card mb-4" aria-labelledby={headingId}>
      <h2 id={headingId}>{title ?? t.runs.progress}</h2>
      <div
        role="progressbar"
        aria-labelledby={headingId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={t.runs.progressText(phase, pct)}
        className="mt-3 h-4 w-full overflow-hidden rounded-full border border-slate-400 bg-slate-100"
      >
        <div className="h-full rounded-full bg-blue-700 transition-[width] duration-300" style={{ width: `${pct}%` }} />
      </div>
      <div className="mt-2 flex items-center justify-between gap-2 text-slate-800">
        <p role="status" aria-live="polite" className="font-medium">
          {phase}
        </p>
        <span aria-hidden="true" className="tabular-nums">
          {pct}%
        </span>
      </div>
    </section>
  );
}
