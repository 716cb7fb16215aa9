// The departure dialog's parts: the choice between on leave and deactivated, the wait for a
// preview still running (polled through the runs feature's useRun), and the proposal's figures.
import { useEffect, useId, type Ref } from 'react';
import { Link } from 'react-router';
import type { Run, StaffMember } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatNumber } from '../../shared/format';
import { ErrorState } from '../../shared/ui/States';
import { RunProgress } from '../runs/RunProgress';
import { useRun } from '../runs/useRun';
import type { Departure } from './api';

export const DEPARTURES: readonly Departure[] = ['on_leave', 'deactivated'];

/** On leave or deactivated, as two radios with what each means; the member's current status is marked and not offered. */
export function DepartureChoice({ member, value, onChange, disabled }: { member: StaffMember; value: Departure; onChange: (d: Departure) => void; disabled?: boolean }) {
  const { t } = useI18n();
  const name = useId();
  const hints = { on_leave: t.departure.onLeaveHint, deactivated: t.departure.deactivatedHint };
  return (
    <fieldset disabled={disabled}>
      <legend className="label">{t.departure.kind}</legend>
      <div className="space-y-2">
        {DEPARTURES.map((d) => {
          const id = `${name}-${d}`;
          const current = member.status === d;
          return (
            <div key={d} className="flex items-start gap-2">
              <input
                id={id}
                type="radio"
                name={name}
                className="mt-1 size-5 accent-blue-700"
                value={d}
                checked={value === d}
                disabled={current}
                aria-describedby={`${id}-hint`}
                onChange={() => onChange(d)}
              />
              <label htmlFor={id}>
                <span className="font-medium">
                  {t.departure[d]}
                  {current && t.departure.already}
                </span>
                <span id={`${id}-hint`} className="block text-sm text-slate-700">
                  {hints[d]}
                </span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A preview the server answered with 202: its progress, fetched again until it is no longer running. */
export function RunWaiter({ run: first, pollMs, onSettled }: { run: Run; pollMs?: number; onSettled: (run: Run) => void }) {
  const { t } = useI18n();
  const { run, error, reload } = useRun(first.id, pollMs);
  useEffect(() => {
    if (run && run.status !== 'running') onSettled(run);
    // Once, when the run settles.
  }, [run?.status]);
  if (error !== undefined) return <ErrorState error={error} onRetry={reload} />;
  return <RunProgress run={run ?? first} title={t.departure.previewing} />;
}

interface ProposalProps {
  run: Run;
  departure: Departure;
  /** The figures take focus when they appear, so they are read first. */
  focusRef?: Ref<HTMLDivElement>;
}

/** What the proposal would do: customers moving, those left without a manager, managers left out; and the run's page. */
export function DepartureProposal({ run, departure, focusRef }: ProposalProps) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const s = run.summary;
  const figures: [string, number, boolean][] = [
    [t.departure.moving, s?.changed_count ?? 0, false],
    [t.departure.shortfall, s?.capacity_shortfall ?? 0, (s?.capacity_shortfall ?? 0) > 0],
    [t.departure.unavailable, s?.managers_unavailable ?? 0, false],
  ];
  return (
    <section ref={focusRef} tabIndex={-1} aria-labelledby={titleId} className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
      <h3 id={titleId} className="font-semibold">
        {t.departure.proposal}
      </h3>
      <p className="mt-1">{t.departure.chosen(t.departure[departure])}</p>
      <dl className="mt-2 space-y-1">
        {figures.map(([label, value, warn]) => (
          <div key={label} className="flex justify-between gap-3">
            <dt>{label}</dt>
            <dd className={`font-semibold tabular-nums ${warn ? 'text-red-800' : ''}`}>{formatNumber(value, locale)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2">
        <Link className="link" to={`/admin/runs/${run.id}`}>
          {t.departure.details(run.id)}
        </Link>
      </p>
    </section>
  );
}
