// The audit log's "Export CSV": reads the filtered entries (up to EXPORT_LIMIT, EXPORT_PAGE at a time), names their managers, and saves the CSV.
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Notice, useErrorText } from '../../shared/ui/States';
import { useNumberFormat } from '../../shared/useNumberFormat';
import { accountNames, allAudit, EXPORT_LIMIT } from './api';
import type { AuditListQuery } from './auditQuery';
import { buildAuditCsv, csvFileName, saveCsv } from './csv';
import { accountIdsOf, type Describe } from './describe';

interface Props {
  query: AuditListQuery;
  /** How many entries the filters match, once the page knows. */
  total: number | undefined;
  describe: Describe;
  disabled?: boolean;
}

type Outcome = { kind: 'done'; count: number; total: number } | { kind: 'failed'; text: string };

export function CsvExport({ query, total, describe, disabled }: Props) {
  const { t } = useI18n();
  const c = t.audit.csv;
  const num = useNumberFormat();
  const errorText = useErrorText();
  const hintId = useId();
  const [progress, setProgress] = useState<{ read: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async () => {
    setOutcome(null);
    setProgress({ read: 0, total: Math.min(total ?? EXPORT_LIMIT, EXPORT_LIMIT) });
    try {
      const { items, total: matching } = await allAudit(query, (read, all) => setProgress({ read, total: Math.min(all, EXPORT_LIMIT) }));
      const accounts = await accountNames(accountIdsOf(items));
      saveCsv(buildAuditCsv({ ...describe, accounts }, items), csvFileName(c.fileName));
      setOutcome({ kind: 'done', count: items.length, total: matching });
    } catch (e) {
      setOutcome({ kind: 'failed', text: errorText(e) });
    } finally {
      setProgress(null);
    }
  };

  const limit = num(EXPORT_LIMIT);
  const capped = total !== undefined && total > EXPORT_LIMIT;
  return (
    <div className="mb-3 flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className="btn-secondary" disabled={disabled || progress !== null} aria-describedby={hintId} onClick={() => void run()}>
          {c.export}
        </button>
        <span id={hintId} className={`text-sm ${capped ? 'text-amber-900' : 'text-slate-600'}`}>
          {capped ? c.willCap(num(total), limit) : c.limitHint(limit)}
        </span>
      </div>
      {progress && (
        <p role="status" className="text-sm text-slate-700">
          {c.exporting(num(progress.read), num(progress.total))}
        </p>
      )}
      {outcome?.kind === 'done' && (
        <Notice kind={outcome.total > outcome.count ? 'warning' : 'success'}>
          {outcome.total > outcome.count ? c.capped(num(outcome.count), num(outcome.total)) : c.exported(num(outcome.count))}
        </Notice>
      )}
      {outcome?.kind === 'failed' && (
        <Notice kind="error">
          {c.failed}
          {outcome.text}
        </Notice>
      )}
    </div>
  );
}
