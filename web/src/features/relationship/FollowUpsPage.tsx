// Follow-ups due (/manager/follow-ups, /admin/follow-ups): open follow-ups and customers' contact requests, soonest first, with "done".
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { PagedTable, type Column } from '../../shared/ui/DataTable';
import { Page } from '../../shared/ui/Page';
import { pageFrom } from '../../shared/ui/Pagination';
import { Notice, useErrorText } from '../../shared/ui/States';
import { useAsync } from '../../shared/useAsync';
import { useListParams } from '../../shared/useListParams';
import { completeFollowUp, listFollowUps, type Interaction } from './api';
import { DUE_FILTERS, dueBefore, useDateTime, type DueFilter } from './dates';
import { KindLabel, StatusBadge, followUpStatus } from './KindLabel';
import { When } from './When';

const PER_PAGE = 20;

function dueFrom(params: URLSearchParams): DueFilter {
  const v = params.get('due');
  return (DUE_FILTERS as readonly string[]).includes(v ?? '') ? (v as DueFilter) : 'all';
}

/** `customerPath`: where this role's customer pages are (a row links to `${customerPath}/${id}`). */
export default function FollowUpsPage({ customerPath }: { customerPath: string }) {
  const { t } = useI18n();
  const f = t.followUps;
  const r = t.relationship;
  const errorText = useErrorText();
  const format = useDateTime();
  const filterId = useId();
  const { params, update, goToPage } = useListParams();
  const due = dueFrom(params);
  const page = pageFrom(params);
  // "Today" and "this week" are read when the list is asked for, so a page left open overnight moves on with a reload.
  const state = useAsync(() => listFollowUps({ due_before: dueBefore(due), page, per_page: PER_PAGE }), [due, page]);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const now = Math.floor(Date.now() / 1000);

  const done = async (entry: Interaction) => {
    setBusyId(entry.id);
    try {
      await completeFollowUp(entry.id);
      setMessage({ kind: 'success', text: r.doneNotice(entry.customer_name) });
      state.reload();
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    } finally {
      setBusyId(null);
    }
  };

  const columns: Column<Interaction>[] = [
    {
      key: 'due',
      label: f.columns.due,
      className: 'whitespace-nowrap',
      cell: (e) => (
        <div className="flex flex-col items-start gap-1">
          {e.follow_up_at != null && <When at={e.follow_up_at} />}
          {e.kind === 'contact_request' ? (
            <StatusBadge status="open" label={f.request} />
          ) : (
            followUpStatus(e, now) === 'overdue' && <StatusBadge status="overdue" label={f.overdue} />
          )}
        </div>
      ),
    },
    {
      key: 'customer',
      label: f.columns.customer,
      rowHeader: true,
      cell: (e) => (
        <Link to={`${customerPath}/${e.customer_id}`} className="link">
          {e.customer_name}
        </Link>
      ),
    },
    { key: 'kind', label: f.columns.kind, className: 'whitespace-nowrap', cell: (e) => <KindLabel entry={e} /> },
    { key: 'note', label: f.columns.note, className: 'max-w-xs whitespace-pre-wrap break-words', cell: (e) => e.note || '—' },
    {
      key: 'recorded',
      label: f.columns.recorded,
      className: 'whitespace-nowrap text-slate-700',
      cell: (e) => f.recorded(e.author_name, format(e.happened_at)),
    },
    {
      key: 'actions',
      label: f.columns.actions,
      cell: (e) => (
        <button
          type="button"
          className="btn-secondary min-h-8 px-3 py-1 text-sm"
          disabled={busyId === e.id}
          aria-label={r.doneFor(e.customer_name, format(e.follow_up_at ?? e.happened_at))}
          onClick={() => done(e)}
        >
          {busyId === e.id ? t.common.saving : r.done}
        </button>
      ),
    },
  ];

  return (
    <Page title={f.title}>
      <div className="card mb-4 max-w-xs">
        <label htmlFor={filterId} className="label">
          {f.filter}
        </label>
        <select id={filterId} className="input" value={due} onChange={(e) => update({ due: e.target.value === 'all' ? undefined : e.target.value })}>
          {DUE_FILTERS.map((d) => (
            <option key={d} value={d}>
              {f.filters[d]}
            </option>
          ))}
        </select>
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <PagedTable
        state={state}
        empty={due === 'all' ? f.empty : f.emptyDue}
        caption={f.caption}
        columns={columns}
        rowKey={(e) => e.id}
        onPage={goToPage}
      />
    </Page>
  );
}
