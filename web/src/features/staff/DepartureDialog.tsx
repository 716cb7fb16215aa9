// A manager's departure (head-office admins): choose on leave or deactivated, preview the
// re-homing of their whole book (a dry run, polled while it runs), then confirm (commit the
// proposal) or cancel (discard it). Refusals are shown in the dialog in the words of t.errors.
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError, type Run, type StaffMember } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { Modal } from '../../shared/ui/Modal';
import { Loading, Notice, useErrorText } from '../../shared/ui/States';
import { commitRun, discardRun } from '../runs/api';
import { previewDeparture, type Departure } from './api';
import { DepartureChoice, DepartureProposal, RunWaiter } from './DepartureParts';

interface Props {
  member: StaffMember;
  /** The choice offered first (deactivated when a deactivation was refused for the book). */
  initial?: Departure;
  /** How often a preview still running is fetched again (tests shorten it). */
  pollMs?: number;
  onCancel: () => void;
  /** Called with the message once the departure is applied, or its proposal discarded. */
  onDone: (message: string) => void;
}

/** choose → previewing (→ running, polled) → proposed → committing / discarding. */
type Step = { kind: 'choose' } | { kind: 'previewing' } | { kind: 'running'; run: Run } | { kind: 'proposed'; run: Run } | { kind: 'committing' | 'discarding'; run: Run };

export function DepartureDialog({ member: m, initial, pollMs, onCancel, onDone }: Props) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const titleId = useId();
  const descId = useId();
  const [departure, setDeparture] = useState<Departure>(m.status === 'on_leave' ? 'deactivated' : (initial ?? 'on_leave'));
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const proposalRef = useRef<HTMLDivElement>(null);
  const previewRef = useRef<HTMLButtonElement>(null);
  const busy = step.kind === 'previewing' || step.kind === 'running' || step.kind === 'committing' || step.kind === 'discarding';

  // Focus follows the dialog's step: the proposal's figures when they arrive, the preview button when back at the choice.
  useEffect(() => {
    if (step.kind === 'proposed') proposalRef.current?.focus();
    if (step.kind === 'choose' && error) previewRef.current?.focus();
  }, [step.kind, error]);

  const settled = (run: Run) => {
    if (run.status === 'proposed') {
      setStep({ kind: 'proposed', run });
    } else {
      setError(run.error ? `${t.departure.failed} ${run.error}` : t.departure.failed);
      setStep({ kind: 'choose' });
    }
  };

  const preview = async () => {
    setError(null);
    setStep({ kind: 'previewing' });
    try {
      const res = await previewDeparture(m.id, departure);
      if (res.run.status === 'running') setStep({ kind: 'running', run: res.run });
      else settled(res.run);
    } catch (e) {
      setError(errorText(e));
      setStep({ kind: 'choose' });
    }
  };

  const commit = async (run: Run) => {
    setError(null);
    setStep({ kind: 'committing', run });
    try {
      await commitRun(run.id);
      onDone(t.departure.done(m.name, departure, run.summary?.changed_count ?? 0, run.summary?.capacity_shortfall ?? 0));
    } catch (e) {
      if (e instanceof ApiError && e.status === 403) {
        // Maker-checker: the proposal stays for another administrator (its page is linked).
        setError(t.runs.makerChecker);
        setStep({ kind: 'proposed', run });
      } else if (e instanceof ApiError && e.status === 409) {
        // Someone joined the book since the preview (run_conflict), or the run is no longer a
        // proposal: this one cannot be committed, so a new preview is the way on.
        setError(errorText(e));
        if (e.error === 'run_conflict') void discardRun(run.id).catch(() => undefined);
        setStep({ kind: 'choose' });
      } else {
        setError(errorText(e));
        setStep({ kind: 'proposed', run });
      }
    }
  };

  const discard = async (run: Run) => {
    setError(null);
    setStep({ kind: 'discarding', run });
    try {
      await discardRun(run.id);
      onDone(t.departure.discarded(m.name));
    } catch (e) {
      setError(errorText(e));
      setStep({ kind: 'proposed', run });
    }
  };

  /** Cancel (and Escape): closes at the choice, discards a proposal, waits while something is in flight. */
  const cancel = () => {
    if (busy) return;
    if (step.kind === 'proposed') void discard(step.run);
    else onCancel();
  };

  const proposal = step.kind === 'proposed' || step.kind === 'committing' || step.kind === 'discarding' ? step.run : null;
  // The buttons stay focusable while something is in flight (aria-disabled), so focus stays in the dialog.
  const guard = (action: () => void) => () => {
    if (!busy) action();
  };

  return (
    <Modal labelledBy={titleId} describedBy={descId} className="max-h-full w-full max-w-lg overflow-y-auto rounded-lg bg-white p-5 shadow-xl" onEscape={cancel} initialFocus="input:checked">
      <h2 id={titleId}>{t.departure.title(m.name)}</h2>
      <p id={descId} className="mt-1 text-slate-700">
        {t.departure.intro(m.name)}
      </p>
      <div className="mt-4 space-y-4" aria-busy={busy}>
        {error && <Notice kind="error">{error}</Notice>}
        {!proposal && <DepartureChoice member={m} value={departure} onChange={setDeparture} disabled={busy} />}
        {step.kind === 'previewing' && <Loading label={t.departure.previewing} />}
        {step.kind === 'running' && <RunWaiter run={step.run} pollMs={pollMs} onSettled={settled} />}
        {proposal && <DepartureProposal run={proposal} departure={departure} focusRef={proposalRef} />}
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" className="btn-secondary" onClick={cancel} aria-disabled={busy || undefined}>
            {proposal ? (step.kind === 'discarding' ? t.departure.discarding : t.departure.discard) : t.common.cancel}
          </button>
          {proposal ? (
            <button
              type="button"
              className={departure === 'deactivated' ? 'btn-danger' : 'btn-primary'}
              onClick={guard(() => void commit(proposal))}
              aria-disabled={busy || undefined}
            >
              {step.kind === 'committing' ? t.departure.committing : t.departure.confirm}
            </button>
          ) : (
            <button ref={previewRef} type="button" className="btn-primary" onClick={guard(() => void preview())} aria-disabled={busy || undefined}>
              {t.departure.preview}
            </button>
          )}
        </div>
      </div>
    </Modal>
  );
}
