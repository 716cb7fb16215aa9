// An "Export CSV" button: downloads with the bearer token and shows a failure next to itself.
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useErrorText } from '../../shared/ui/States';
import { downloadCsv } from './api';

interface Props {
  /** e.g. `/api/admin/export/customers.csv`. */
  path: string;
  label: string;
  /** Query parameters (the page's current filters). */
  query?: Record<string, string>;
  /** Used when the answer names no file. */
  fallbackName: string;
}

/** Fetches a CSV export with the bearer token and saves it (a plain link could not send the token). */
export function ExportButton({ path, label, query, fallbackName }: Props) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const errId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await downloadCsv(path, query, fallbackName);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="inline-flex flex-col">
      <button type="button" className="btn-secondary whitespace-nowrap" disabled={busy} aria-describedby={error ? errId : undefined} onClick={() => void run()}>
        {busy ? t.exchange.exporting : label}
      </button>
      {error && (
        <span id={errId} role="alert" className="field-error max-w-xs">
          {t.exchange.exportFailed(label)}
          {error}
        </span>
      )}
    </span>
  );
}
