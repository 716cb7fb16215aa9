// The CSV import dialog: file and mode, the job's progress, then its report with the row problems.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError, type ImportJob } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { Modal } from '../../shared/ui/Modal';
import { Notice, useErrorText } from '../../shared/ui/States';
import { useNumberFormat } from '../../shared/useNumberFormat';
import { RunProgress } from '../runs/RunProgress';
import { POLL_MS } from '../runs/useRun';
import { ImportReport, ImportScope } from './ImportReport';
import { getImport, startImport, type ImportKind, type ImportMode } from './api';

/** What became of a finished job. A valid-rows import commits even when every row was refused: that is no success. */
function Outcome({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  const num = useNumberFormat();
  const report = job.report;
  if (job.status === 'committed') {
    const created = report?.created ?? 0;
    const updated = report?.updated ?? 0;
    if (report && created + updated === 0) {
      return (
        <Notice kind="warning">
          {report.rejected > 0 || report.problem_count > 0 ? t.exchange.nothingWritten(num(report.rejected), num(report.problem_count)) : t.exchange.noDataRows}
        </Notice>
      );
    }
    return <Notice kind="success">{t.exchange.committed(num(created), num(updated))}</Notice>;
  }
  return (
    <Notice kind="error">
      {report && report.problem_count > 0 && report.created + report.updated === 0 ? t.exchange.nothingImported(num(report.problem_count)) : (job.error ?? t.exchange.failed)}
    </Notice>
  );
}

interface Props {
  kind: ImportKind;
  /** `changed`: rows were written (the page should reload its list). */
  onClose: (changed: boolean) => void;
  /** How often a running job is fetched again. */
  pollMs?: number;
}

/**
 * Uploads a CSV file (raw body, text/csv) with the chosen mode, follows the import job while it
 * runs, then shows its report: counts and the row problems.
 */
export function ImportDialog({ kind, onClose, pollMs = POLL_MS }: Props) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const ids = { title: useId(), hint: useId(), file: useId(), fileErr: useId(), mode: useId() };
  const box = useRef<HTMLDivElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mode, setMode] = useState<ImportMode>('all_or_nothing');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [changed, setChanged] = useState(false);
  const stopped = useRef(false);

  const running = busy || job?.status === 'running';
  const finished = job !== null && job.status !== 'running';

  useEffect(() => {
    stopped.current = false;
    return () => {
      stopped.current = true;
    };
  }, []);

  // Once finished, move focus to the result so it is read out and the Close button is near.
  useEffect(() => {
    if (finished) box.current?.querySelector<HTMLElement>('[data-result]')?.focus();
  }, [finished]);

  const follow = async (id: number) => {
    while (!stopped.current) {
      await new Promise((r) => window.setTimeout(r, pollMs));
      if (stopped.current) return;
      const next = await getImport(id);
      if (stopped.current) return;
      setJob(next);
      if (next.status !== 'running') return next;
    }
  };

  const submit = async () => {
    if (!file) {
      setFileError(t.exchange.fileRequired);
      document.getElementById(ids.file)?.focus();
      return;
    }
    setFileError(null);
    setError(null);
    setBusy(true);
    try {
      let current: ImportJob | undefined = await startImport(kind, file, mode);
      if (stopped.current) return;
      setJob(current);
      if (current.status === 'running') current = await follow(current.id);
      // The list reloads only when a row was written.
      if (current?.status === 'committed' && (!current.report || current.report.created + current.report.updated > 0)) setChanged(true);
    } catch (e) {
      if (stopped.current) return;
      // The translated text, and the API's own message when it says more (e.g. which run holds the lock).
      const text = errorText(e);
      setError(e instanceof ApiError && e.message && e.message !== text ? `${text} (${e.message})` : text);
      setJob(null);
    } finally {
      if (!stopped.current) setBusy(false);
    }
  };

  const again = () => {
    setJob(null);
    setFile(null);
    setError(null);
  };

  const close = () => {
    if (!running) onClose(changed);
  };

  const title = kind === 'customers' ? t.exchange.importTitleCustomers : t.exchange.importTitleManagers;
  const report = job?.report ?? null;

  return (
    <Modal
      boxRef={box}
      labelledBy={ids.title}
      describedBy={ids.hint}
      className="max-h-full w-full max-w-2xl overflow-y-auto rounded-lg bg-white p-5 shadow-xl"
      onEscape={close}
    >
      <h2 id={ids.title}>{title}</h2>
      <p id={ids.hint} className="mt-1 text-slate-700">
        {t.exchange.importHint}
      </p>

      {!job && (
        <form
          noValidate
          className="mt-4 space-y-4"
          aria-busy={busy}
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void submit();
          }}
        >
          {error && <Notice kind="error">{error}</Notice>}
          <div>
            <label htmlFor={ids.file} className="mb-1 block font-medium">
              {t.exchange.file}
            </label>
            <input
              id={ids.file}
              type="file"
              accept=".csv,text/csv"
              className="block w-full"
              disabled={busy}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? ids.fileErr : undefined}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setFileError(null);
              }}
            />
            {fileError && (
              <p id={ids.fileErr} className="field-error">
                {fileError}
              </p>
            )}
          </div>
          <fieldset disabled={busy}>
            <legend className="mb-1 font-medium">{t.exchange.mode}</legend>
            {(['all_or_nothing', 'valid_rows'] as const).map((m) => (
              <label key={m} className="flex items-start gap-2 py-1">
                <input type="radio" name={ids.mode} value={m} checked={mode === m} onChange={() => setMode(m)} className="mt-1" />
                <span>{m === 'all_or_nothing' ? t.exchange.modeAll : t.exchange.modeValid}</span>
              </label>
            ))}
          </fieldset>
          <div className="flex justify-end gap-2">
            <button type="button" className="btn-secondary" onClick={close} disabled={busy}>
              {t.common.cancel}
            </button>
            <button type="submit" className="btn-primary" disabled={busy}>
              {busy ? t.exchange.uploading : t.exchange.upload}
            </button>
          </div>
        </form>
      )}

      {job && job.status === 'running' && (
        <div className="mt-4">
          <RunProgress run={job} title={t.exchange.progress} />
        </div>
      )}

      {finished && job && (
        <div className="mt-4 space-y-4">
          <div data-result tabIndex={-1} className="outline-none">
            <Outcome job={job} />
          </div>
          <ImportScope unitId={job.unit_id} />
          {report && <ImportReport report={report} />}
          <div className="flex justify-end gap-2">
            <button type="button" className="btn-secondary" onClick={again}>
              {t.exchange.again}
            </button>
            <button type="button" className="btn-primary" onClick={close}>
              {t.exchange.close}
            </button>
          </div>
        </div>
      )}
    </Modal>
  );
}
