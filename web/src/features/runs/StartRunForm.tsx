// The form that starts an auto-assign (or segmentation) run; a direct commit asks first.
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { CheckboxField, FormField } from '../../shared/ui/FormField';
import { Notice, useErrorText } from '../../shared/ui/States';
import { startAutoAssign, startSegmentation } from './api';

type Start = { kind: 'auto'; dryRun: boolean; rebalance: boolean; k?: number } | { kind: 'segmentation'; k?: number };

/** Starts an auto-assign (or segmentation) run; on success goes to the run's page. */
export function StartRunForm() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const ids = { dry: useId(), rebalance: useId(), k: useId() };
  const [dryRun, setDryRun] = useState(true);
  const [rebalance, setRebalance] = useState(false);
  const [k, setK] = useState('');
  const [kError, setKError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDirect, setConfirmDirect] = useState<Start | null>(null);

  const readK = (): number | undefined | null => {
    const raw = k.trim();
    if (raw === '') return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 2 || n > 20) return null;
    return n;
  };

  const start = async (what: Start) => {
    setBusy(true);
    setError(null);
    try {
      const runId =
        what.kind === 'auto'
          ? (await startAutoAssign({ dry_run: what.dryRun, rebalance: what.rebalance, k: what.k ?? null })).run_id
          : (await startSegmentation({ k: what.k ?? null })).id;
      navigate(`/admin/runs/${runId}`);
    } catch (e) {
      if (e instanceof ApiError && e.field === 'k') {
        setKError(errorText(e));
        document.getElementById(ids.k)?.focus();
      } else setError(e);
      setBusy(false);
    }
  };

  const submit = (kind: 'auto' | 'segmentation') => {
    const kValue = readK();
    if (kValue === null) {
      setKError(t.errors.invalid_k ?? t.errors.not_a_number);
      document.getElementById(ids.k)?.focus();
      return;
    }
    setKError(null);
    const what: Start = kind === 'auto' ? { kind, dryRun, rebalance, k: kValue } : { kind, k: kValue };
    if (what.kind === 'auto' && !what.dryRun) setConfirmDirect(what);
    else void start(what);
  };

  return (
    <section className="card mb-6" aria-labelledby="start-run">
      <h2 id="start-run" className="mb-3">
        {t.runs.startTitle}
      </h2>
      {error !== null && <Notice kind="error">{errorText(error)}</Notice>}
      <form
        noValidate
        aria-busy={busy}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          submit('auto');
        }}
        className="space-y-3"
      >
        <CheckboxField id={ids.dry} label={t.runs.dryRun} checked={dryRun} onChange={setDryRun} />
        <CheckboxField id={ids.rebalance} label={t.runs.rebalance} checked={rebalance} onChange={setRebalance} />
        <FormField id={ids.k} label={t.runs.k} hint={t.runs.kHint} error={kError} className="max-w-xs">
          {(control) => <input {...control} className="input" inputMode="numeric" value={k} onChange={(e) => setK(e.target.value)} />}
        </FormField>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="btn-primary" disabled={busy}>
            {busy ? t.runs.starting : t.runs.start}
          </button>
          <button type="button" className="btn-secondary" disabled={busy} onClick={() => submit('segmentation')}>
            {t.runs.segmentOnly}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={confirmDirect !== null}
        title={t.runs.confirmDirect}
        confirmLabel={t.runs.start}
        busy={busy}
        onCancel={() => setConfirmDirect(null)}
        onConfirm={() => {
          const what = confirmDirect;
          setConfirmDirect(null);
          if (what) void start(what);
        }}
      >
        {t.runs.confirmDirectBody}
      </ConfirmDialog>
    </section>
  );
}
