// One run (/admin/runs/:id): progress while it runs, then summary, personas and changes; commit or discard a proposal.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { Page } from '../../shared/ui/Page';
import { ErrorState, Loading, Notice, useErrorText } from '../../shared/ui/States';
import { Time } from '../../shared/ui/Time';
import { useAsync } from '../../shared/useAsync';
import { useNumberFormat } from '../../shared/useNumberFormat';
import { getManagerProfile } from '../managers/api';
import { RunChanges } from './ChangesTable';
import { PersonaCards } from './PersonaCards';
import { isPreview, RunProgress, RunStatusBadge } from './RunProgress';
import { RunSummaryView } from './RunSummary';
import { commitRun, discardRun } from './api';
import { useRun } from './useRun';

type Action = 'commit' | 'discard';

/** One run: progress while it runs, then its summary, personas and changes; commit or discard a proposal. */
export default function RunDetailPage({ pollMs }: { pollMs?: number }) {
  const { t } = useI18n();
  const num = useNumberFormat();
  const errorText = useErrorText();
  const id = Number(useParams().id);
  const { run, error, reload, setRun } = useRun(id, pollMs);
  const [pending, setPending] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const subjectId = run?.kind === 'transfer' ? (run.subject_id ?? null) : null;
  const subject = useAsync(
    () => (subjectId == null ? Promise.resolve(null) : getManagerProfile(subjectId)),
    [subjectId],
  );

  const act = async () => {
    const what = pending;
    if (!what) return;
    setBusy(true);
    setActionError(null);
    setMessage(null);
    try {
      const updated = what === 'commit' ? await commitRun(id) : await discardRun(id);
      setRun(updated);
      setVersion((v) => v + 1);
      setMessage(what === 'commit' ? t.runs.committedMsg : t.runs.discardedMsg);
    } catch (e) {
      setActionError(e instanceof ApiError && e.status === 403 ? t.runs.makerChecker : errorText(e));
      // The run may have moved on (committed elsewhere, or changed): show its current state.
      if (e instanceof ApiError && e.status === 409) reload();
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  const title = t.runs.runTitle(id);
  return (
    <Page
      title={title}
      actions={
        <Link to="/admin/runs" className="link">
          ← {t.runs.back}
        </Link>
      }
    >
      {!run && !error && <Loading />}
      {error !== undefined && <ErrorState error={error} onRetry={reload} />}
      {run && (
        <>
          <div className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-800">
            <span className="font-medium">{t.runs.kinds[run.kind] ?? run.kind}</span>
            <RunStatusBadge status={run.status} />
            {subject.data && <span>{t.runs.transferOf(subject.data.name)}</span>}
            {[isPreview(run) && t.runs.dryRunFlag, run.rebalance && t.runs.rebalanceFlag, run.k != null && t.runs.kFlag(run.k), run.departure && t.runs.departureFlag(run.departure)]
              .filter(Boolean)
              .map((f) => (
                <span key={String(f)} className="rounded bg-slate-100 px-1.5 text-sm">
                  {f}
                </span>
              ))}
            <span className="text-sm text-slate-700">
              <Time at={run.created_at} />
              {' · '}
              {t.runs.requestedBy(run.requested_by_name ?? `#${run.requested_by}`)}
              {run.committed_by != null && <> · {t.runs.committedBy(run.committed_by_name ?? `#${run.committed_by}`)}</>}
              {run.duration_ms != null && <> · {t.runs.ms(run.duration_ms)}</>}
            </span>
          </div>

          {message && <Notice kind="success">{message}</Notice>}
          {actionError && <Notice kind="error">{actionError}</Notice>}
          {run.status === 'running' && <RunProgress run={run} />}
          {run.status === 'failed' && (
            <Notice kind="error">
              <strong>{t.runs.failed}</strong>
              {run.error && <>: {run.error}</>}
            </Notice>
          )}

          {run.status === 'proposed' && run.kind !== 'segmentation' && (
            <div className="card mb-4 border-amber-300 bg-amber-50">
              <p className="text-amber-950">{t.runs.proposal}</p>
              <div className="mt-3 flex flex-wrap gap-2">
                <button type="button" className="btn-primary" onClick={() => setPending('commit')} disabled={busy}>
                  {t.runs.commit}
                </button>
                <button type="button" className="btn-secondary" onClick={() => setPending('discard')} disabled={busy}>
                  {t.runs.discard}
                </button>
              </div>
            </div>
          )}

          {run.status !== 'running' && <RunSummaryView run={run} />}
          {run.summary && <PersonaCards personas={run.summary.personas} />}

          {run.kind !== 'segmentation' && run.status !== 'running' && run.status !== 'failed' && (
            <section aria-labelledby="run-changes" className="mb-4">
              <h2 id="run-changes" className="mb-2">
                {t.runs.changes}
              </h2>
              <RunChanges runId={run.id} version={version} />
            </section>
          )}
        </>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={pending === 'commit' ? t.runs.confirmCommit(num(run?.summary?.changed_count ?? 0)) : t.runs.confirmDiscard}
        confirmLabel={pending === 'commit' ? t.runs.commit : t.runs.discard}
        danger={pending === 'discard'}
        busy={busy}
        onConfirm={() => void act()}
        onCancel={() => setPending(null)}
      >
        {pending === 'commit' ? t.runs.confirmCommitBody : t.runs.confirmDiscardBody}
      </ConfirmDialog>
    </Page>
  );
}
