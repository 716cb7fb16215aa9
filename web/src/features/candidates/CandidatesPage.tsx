// One customer's candidate managers (/admin/customers/:id/candidates, /manager/customers/:id/candidates): the ranking, a chart, and for admins "assign to this manager".
import { useId, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatNumber } from '../../shared/format';
import { Page } from '../../shared/ui/Page';
import { EmptyState, ErrorState, Loading, Notice } from '../../shared/ui/States';
import { useAsync } from '../../shared/useAsync';
import { useAuth } from '../auth/session';
import { getCustomerProfile } from '../customers/api';
import { CandidateAssignDialog } from './CandidateAssignDialog';
import { CandidatesChart } from './CandidatesChart';
import { CandidatesTable } from './CandidatesTable';
import { LIMITS, getCandidates, type Candidate } from './api';

/** A refusal gets this page's own words; ErrorState leaves Retry out for 403 and 404, which a second try will not change. */
function LoadError({ error, onRetry, listPath }: { error: unknown; onRetry: () => void; listPath: string }) {
  const { t } = useI18n();
  if (error instanceof ApiError && error.status === 403) return <ErrorState error={new Error(t.candidates.noPermission)} />;
  return (
    <ErrorState
      error={error}
      onRetry={onRetry}
      notFound={
        <>
          {t.candidates.notFound}{' '}
          <Link to={listPath} className="link">
            {t.detail.back}
          </Link>
        </>
      }
    />
  );
}

/** The managers who would fit one customer best: for admins over the customer and for the customer's manager. */
export default function CandidatesPage({ listPath }: { listPath: string }) {
  const { t, locale } = useI18n();
  const c = t.candidates;
  const { session } = useAuth();
  const isAdmin = session?.user.role === 'admin';
  const id = Number(useParams().id);
  const limitId = useId();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('limit'));
  const limit = (LIMITS as readonly number[]).includes(asked) ? asked : LIMITS[0];
  const valid = Number.isInteger(id) && id > 0;
  // An id that is not a record's (/admin/customers/abc/candidates) is as missing as an unknown one.
  const list = useAsync(
    () => (valid ? getCandidates(id, limit) : Promise.reject(new ApiError(404, { error: 'not_found', message: 'no such customer' }))),
    [id, limit],
  );
  // Only for the title and the dialog's "current manager": the ranking stands without it.
  const profile = useAsync(() => (valid ? getCustomerProfile(id).catch(() => null) : Promise.resolve(null)), [id]);
  const [assigning, setAssigning] = useState<Candidate | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const customer = profile.data;
  const data = list.data;
  const current = data?.candidates.find((m) => m.manager_id === data.current_manager_id);
  const currentName = current ? t.common.nameWithUsername(current.name, current.username) : customer?.manager_name;

  const done = (text: string) => {
    setAssigning(null);
    setMessage(text);
    list.reload();
    profile.reload();
  };

  return (
    <Page
      title={customer ? c.titleFor(customer.name) : c.title}
      actions={
        <Link to={`${listPath}/${id}`} className="link">
          ← {c.back}
        </Link>
      }
    >
      {message && <Notice kind="success">{message}</Notice>}
      {data && (
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <div className="text-slate-700">
            <p>{c.considered(formatNumber(data.considered, locale), formatNumber(data.candidates.length, locale))}</p>
            <p>{data.current_manager_id != null && data.current_score != null ? c.currentScore(currentName ?? '', data.current_score) : c.noManager}</p>
          </div>
          <div>
            <label htmlFor={limitId} className="label">
              {c.limit}
            </label>
            <select
              id={limitId}
              className="input w-28"
              value={limit}
              onChange={(e) => {
                setMessage(null);
                setParams(
                  (p) => {
                    p.set('limit', e.target.value);
                    return p;
                  },
                  { replace: true },
                );
              }}
            >
              {LIMITS.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {list.loading && !data && <Loading />}
      {list.error !== undefined && <LoadError error={list.error} onRetry={list.reload} listPath={listPath} />}
      {data && data.candidates.length === 0 && <EmptyState>{c.empty}</EmptyState>}
      {data && data.candidates.length > 0 && (
        <>
          <CandidatesTable candidates={data.candidates} busy={list.loading} onAssign={isAdmin ? setAssigning : undefined} />
          <div className="mt-4 max-w-3xl">
            <CandidatesChart candidates={data.candidates} />
          </div>
        </>
      )}
      {isAdmin && assigning && (
        <CandidateAssignDialog
          customer={{ user_id: id, name: customer?.name ?? `#${id}`, manager_id: data?.current_manager_id, manager_name: currentName }}
          candidate={assigning}
          onCancel={() => setAssigning(null)}
          onDone={done}
        />
      )}
    </Page>
  );
}
