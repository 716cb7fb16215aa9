import { useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n/i18n';
import { formatTime } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';

const PER_PAGE = 25;

export default function AuditLogPage() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const state = useAsync(() => call(api.GET('/api/admin/audit-log', { params: { query: { page, per_page: PER_PAGE } } })), [page]);
  const data = state.data;
  return (
    <Page title={t.audit.title}>
      {state.loading && !data && <Loading />}
      {state.error !== undefined && <ErrorState error={state.error} onRetry={state.reload} />}
      {data && data.items.length === 0 && <EmptyState>{t.audit.empty}</EmptyState>}
      {data && data.items.length > 0 && (
        <>
          <div className="table-wrap" aria-busy={state.loading}>
            <table className="data-table">
              <caption className="sr-only">{t.audit.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.audit.id}</th>
                  <th scope="col">{t.audit.at}</th>
                  <th scope="col">{t.audit.actor}</th>
                  <th scope="col">{t.audit.action}</th>
                  <th scope="col">{t.audit.target}</th>
                  <th scope="col">{t.audit.change}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((r) => (
                  <tr key={r.id}>
                    <td className="tabular-nums">{r.id}</td>
                    <td className="whitespace-nowrap">
                      <time dateTime={new Date(r.at * 1000).toISOString()}>{formatTime(r.at, locale)}</time>
                    </td>
                    <td>{r.actor_id ?? t.audit.system}</td>
                    <td>
                      <code className="rounded bg-slate-100 px-1">{r.action}</code>
                    </td>
                    <td className="break-all">{r.target}</td>
                    <td>
                      {r.before == null && r.after == null ? (
                        '—'
                      ) : (
                        <details>
                          <summary className="cursor-pointer text-blue-800">{t.audit.show}</summary>
                          <div className="mt-2 grid gap-2 md:grid-cols-2">
                            <div>
                              <div className="text-xs font-semibold">{t.audit.before}</div>
                              <pre className="max-w-xs overflow-x-auto rounded bg-slate-100 p-2 text-xs">{JSON.stringify(r.before, null, 2)}</pre>
                            </div>
                            <div>
                              <div className="text-xs font-semibold">{t.audit.after}</div>
                              <pre className="max-w-xs overflow-x-auto rounded bg-slate-100 p-2 text-xs">{JSON.stringify(r.after, null, 2)}</pre>
                            </div>
                          </div>
                        </details>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={data.page} perPage={data.per_page} total={data.total} onPage={(p) => setParams({ page: String(p) })} />
        </>
      )}
    </Page>
  );
}
