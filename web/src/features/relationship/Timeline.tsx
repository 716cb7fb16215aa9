// A customer's relationship record as a list, newest first: kind, when, who, the note and the follow-up with its state (and "done" while open).
import { useI18n } from '../../i18n/i18n';
import { Pagination } from '../../shared/ui/Pagination';
import { EmptyState, ErrorState, Loading } from '../../shared/ui/States';
import type { AsyncState } from '../../shared/useAsync';
import type { Interaction, InteractionPage } from './api';
import { useDateTime } from './dates';
import { KindLabel, StatusBadge, followUpStatus } from './KindLabel';
import { When } from './When';

interface Props {
  state: AsyncState<InteractionPage>;
  onPage: (page: number) => void;
  onDone: (entry: Interaction) => void;
  /** The entry being marked done. */
  busyId: number | null;
}

function Entry({ entry, now, onDone, busy }: { entry: Interaction; now: number; onDone: () => void; busy: boolean }) {
  const { t } = useI18n();
  const r = t.relationship;
  const format = useDateTime();
  const status = followUpStatus(entry, now);
  return (
    <li className="border-b border-slate-200 py-3 last:border-b-0">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <KindLabel entry={entry} />
        <span className="text-sm text-slate-700">
          <When at={entry.happened_at} />
        </span>
        <span className="text-sm text-slate-600">{entry.kind === 'contact_request' ? r.askedBy(entry.author_name) : r.by(entry.author_name)}</span>
      </div>
      {entry.note && <p className="mt-1 whitespace-pre-wrap break-words">{entry.note}</p>}
      {status && entry.follow_up_at != null && (
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <span>{r.followUp(format(entry.follow_up_at))}</span>
          <StatusBadge status={status} label={r.status[status]} />
          {status !== 'done' && (
            <button
              type="button"
              className="btn-secondary min-h-8 px-3 py-1 text-sm"
              disabled={busy}
              aria-label={r.doneFor(entry.customer_name, format(entry.follow_up_at))}
              onClick={onDone}
            >
              {busy ? t.common.saving : r.done}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

export function Timeline({ state, onPage, onDone, busyId }: Props) {
  const { t } = useI18n();
  const data = state.data;
  const now = Math.floor(Date.now() / 1000);
  if (state.error !== undefined) return <ErrorState error={state.error} onRetry={state.reload} />;
  if (!data) return <Loading />;
  const pastEnd = data.items.length === 0 && data.total > 0;
  return (
    <>
      {data.items.length === 0 ? (
        <EmptyState>{pastEnd ? t.pagination.pageGone : t.relationship.empty}</EmptyState>
      ) : (
        <ol aria-label={t.relationship.caption} aria-busy={state.loading || undefined} className={state.loading ? 'opacity-50' : undefined}>
          {data.items.map((e) => (
            <Entry key={e.id} entry={e} now={now} busy={busyId === e.id} onDone={() => onDone(e)} />
          ))}
        </ol>
      )}
      {data.total > 0 && <Pagination page={data.page} perPage={data.per_page} total={data.total} onPage={onPage} />}
    </>
  );
}
