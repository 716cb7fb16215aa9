// An import job's report: the counts, the row problems by line, and a note when the list is cut short;
// and the part of the organisation the job imported into.
import { useId } from 'react';
import type { ImportReport as Report, RowProblem } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useAsync } from '../../shared/useAsync';
import { useNumberFormat } from '../../shared/useNumberFormat';
import { listUnits } from '../organisation/api';
import { UnitName } from '../organisation/UnitName';

/** Mounted once the job is done, so the units are fetched only when there is a unit to name. */
export function ImportScope({ unitId }: { unitId: number | null }) {
  const { t } = useI18n();
  const units = useAsync(() => (unitId == null ? Promise.resolve([]) : listUnits()), [unitId]);
  return (
    <p className="text-sm text-slate-700">
      {t.exchange.scope}
      <UnitName id={unitId} units={units.data} />
    </p>
  );
}

/**
 * The problem in the UI's language, with the server's English message under it: that message
 * names the value at fault (the unknown tag, the missing column), which the code alone does not.
 */
function ProblemText({ problem: p }: { problem: RowProblem }) {
  const { t } = useI18n();
  const sentence = (t.exchange.problemCodes as Record<string, string | undefined>)[p.code];
  if (!sentence) return <span lang="en">{p.message}</span>;
  return (
    <>
      <span title={p.message}>{sentence}</span>
      {p.message && (
        <span lang="en" className="block text-xs text-slate-600">
          {p.message}
        </span>
      )}
    </>
  );
}

export function ImportReport({ report }: { report: Report }) {
  const { t } = useI18n();
  const num = useNumberFormat();
  const problemsId = useId();
  return (
    <section aria-label={t.exchange.report}>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {(
          [
            [t.exchange.rows, report.rows],
            [t.exchange.created, report.created],
            [t.exchange.updated, report.updated],
            [t.exchange.rejected, report.rejected],
            [t.exchange.problems, report.problem_count],
          ] as const
        ).map(([label, n]) => (
          <div key={label} className="rounded border border-slate-300 p-2">
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums">{num(n)}</dd>
          </div>
        ))}
      </dl>
      {report.problems.length === 0 ? (
        <p className="mt-3 text-slate-700">{t.exchange.noProblems}</p>
      ) : (
        <div className="table-wrap mt-3 max-h-80 overflow-y-auto">
          <table className="data-table" aria-labelledby={problemsId}>
            <caption id={problemsId} className="text-left font-medium">
              {t.exchange.problemsCaption}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.exchange.line}</th>
                <th scope="col">{t.exchange.column}</th>
                <th scope="col">{t.exchange.code}</th>
                <th scope="col">{t.exchange.message}</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((p, i) => (
                <tr key={`${p.line}-${p.column ?? ''}-${p.code}-${i}`}>
                  <td className="tabular-nums">{p.line}</td>
                  <td>{p.column ?? <span className="text-slate-600">{t.exchange.wholeRow}</span>}</td>
                  <td>
                    <code>{p.code}</code>
                  </td>
                  <td>
                    <ProblemText problem={p} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.truncated && <p className="mt-2 text-slate-700">{t.exchange.truncated(num(report.problems.length), num(report.problem_count))}</p>}
    </section>
  );
}
