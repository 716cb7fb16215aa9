import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api, call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { RunStatusBadge } from '../../components/runs/RunProgress';
import { EmptyState, ErrorState, Loading, Notice, useErrorText } from '../../components/States';
import { useI18n } from '../../i18n/i18n';
import { formatTime } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';

const PER_PAGE = 20;

type Start = { kind: 'auto'; dryRun: boolean; rebalance: boolean; k?: number } | { kind: 'segmentation'; k?: number };

/** Starts an auto-assign (or segmentation) run; on success goes to the run's page. */
function StartRunForm() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const ids = { dry: useId(), rebalance: useId(), k: useId(), kHint: useId(), kError: useId() };
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
          ? (await call(api.POST('/api/admin/auto-assign', { body: { dry_run: what.dryRun, rebalance: what.rebalance, k: what.k ?? null } }))).run_id
          : (await call(api.POST('/api/admin/segmentation', { body: { k: what.k ?? null } }))).id;
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
        <div className="flex items-center gap-2">
          <input id={ids.dry} type="checkbox" className="size-5 accent-blue-700" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
          <label htmlFor={ids.dry}>{t.runs.dryRun}</label>
        </div>
        <div className="flex items-center gap-2">
          <input id={ids.rebalance} type="checkbox" className="size-5 accent-blue-700" checked={rebalance} onChange={(e) => setRebalance(e.target.checked)} />
          <label htmlFor={ids.rebalance}>{t.runs.rebalance}</label>
        </div>
        <div className="max-w-xs">
          <label htmlFor={ids.k} className="label">
            {t.runs.k}
          </label>
          <input
            id={ids.k}
            className="input"
            inputMode="numeric"
            value={k}
            onChange={(e) => setK(e.target.value)}
            aria-invalid={kError ? true : undefined}
            aria-describedby={[ids.kHint, kError ? ids.kError : ''].filter(Boolean).join(' ')}
          />
          <p id={ids.kHint} className="mt-1 text-sm text-slate-600">
            {t.runs.kHint}
          </p>
          {kError && (
            <p id={ids.kError} className="field-error">
              {kError}
            </p>
          )}
        </div>
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

function RunHistory() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const state = useAsync(() => call(api.GET('/api/admin/assignment-runs', { params: { query: { page, per_page: PER_PAGE } } })), [page]);
  const data = state.data;
  return (
    <section aria-labelledby="run-history">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id="run-history">{t.runs.history}</h2>
        <button type="button" className="btn-secondary" onClick={state.reload} disabled={state.loading}>
          {t.common.refresh}
          <span className="sr-only">: {t.runs.history}</span>
        </button>
      </div>
      {state.loading && !data && <Loading />}
      {state.error !== undefined && <ErrorState error={state.error} onRetry={state.reload} />}
      {data && data.items.length === 0 && <EmptyState>{t.runs.empty}</EmptyState>}
      {data && data.items.length > 0 && (
        <>
          <div className="table-wrap" aria-busy={state.loading}>
            <table className="data-table">
              <caption className="sr-only">{t.runs.historyCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.runs.id}</th>
                  <th scope="col">{t.runs.kind}</th>
                  <th scope="col">{t.runs.status}</th>
                  <th scope="col">{t.runs.options}</th>
                  <th scope="col">{t.runs.changed}</th>
                  <th scope="col">{t.runs.createdAt}</th>
                  <th scope="col">{t.runs.duration}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" className="text-left font-normal">
                      <Link className="link whitespace-nowrap" to={`/admin/runs/${r.id}`}>
                        {t.runs.open(r.id)}
                      </Link>
                    </th>
                    <td className="whitespace-nowrap">{t.runs.kinds[r.kind] ?? r.kind}</td>
                    <td className="whitespace-nowrap">
                      <RunStatusBadge status={r.status} />
                      {r.status === 'running' && <span className="ml-1 tabular-nums">{r.progress}%</span>}
                    </td>
                    <td className="text-slate-700">
                      {[r.dry_run && t.runs.dryRunFlag, r.rebalance && t.runs.rebalanceFlag, r.k != null && t.runs.kFlag(r.k)].filter(Boolean).join(' · ') || '—'}
                    </td>
                    <td className="tabular-nums">{r.kind === 'segmentation' ? '—' : (r.summary?.changed_count ?? '—')}</td>
                    <td className="whitespace-nowrap">
                      <time dateTime={new Date(r.created_at * 1000).toISOString()}>{formatTime(r.created_at, locale)}</time>
                    </td>
                    <td className="whitespace-nowrap tabular-nums">{r.duration_ms != null ? t.runs.ms(r.duration_ms) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={data.page} perPage={data.per_page} total={data.total} onPage={(p) => setParams({ page: String(p) })} />
        </>
      )}
    </section>
  );
}

export default function RunsPage() {
  const { t } = useI18n();
  return (
    <Page title={t.runs.title}>
      <StartRunForm />
      <RunHistory />
    </Page>
  );
}
