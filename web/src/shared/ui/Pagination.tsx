// The pager under a paged list: "n–m of total", previous and next; past the end, the way back.
import { useI18n } from '../../i18n/i18n';
import { useNumberFormat } from '../useNumberFormat';

interface Props {
  page: number;
  perPage: number;
  total: number;
  onPage: (page: number) => void;
}

export function Pagination({ page, perPage, total, onPage }: Props) {
  const { t } = useI18n();
  const num = useNumberFormat();
  const pages = Math.max(1, Math.ceil(total / perPage));
  // An old link, or a list that shrank under its reader, can ask for a page beyond the last.
  const pastEnd = page > pages;
  const from = total === 0 ? 0 : (page - 1) * perPage + 1;
  const to = Math.min(total, page * perPage);
  return (
    <nav aria-label={t.pagination.label} className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm">
      {pastEnd ? (
        <p aria-live="polite" className="flex flex-wrap items-center gap-2">
          {t.pagination.pastEnd(num(total))}
          <button type="button" className="btn-secondary" onClick={() => onPage(pages)}>
            {t.pagination.toLast(num(pages))}
          </button>
        </p>
      ) : (
        <p aria-live="polite">{t.pagination.summary(num(from), num(to), num(total))}</p>
      )}
      <div className="flex items-center gap-2">
        <button type="button" className="btn-secondary" disabled={page <= 1} onClick={() => onPage(Math.min(page - 1, pages))}>
          {t.pagination.prev}
        </button>
        {!pastEnd && <span>{t.pagination.page(num(page), num(pages))}</span>}
        <button type="button" className="btn-secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t.pagination.next}
        </button>
      </div>
    </nav>
  );
}

/** The page number in the address bar's `?page=` (1 when missing or not a positive number). */
export function pageFrom(params: URLSearchParams): number {
  return Math.max(1, Number(params.get('page')) || 1);
}
