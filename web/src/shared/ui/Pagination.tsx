// The pager under a paged list: "n–m of total", previous and next.
import { useI18n } from '../../i18n/i18n';

interface Props {
  page: number;
  perPage: number;
  total: number;
  onPage: (page: number) => void;
}

export function Pagination({ page, perPage, total, onPage }: Props) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / perPage));
  const from = total === 0 ? 0 : (page - 1) * perPage + 1;
  const to = Math.min(total, page * perPage);
  return (
    <nav aria-label={t.pagination.label} className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm">
      <p aria-live="polite">{t.pagination.summary(from, to, total)}</p>
      <div className="flex items-center gap-2">
        <button type="button" className="btn-secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t.pagination.prev}
        </button>
        <span>{t.pagination.page(Math.min(page, pages), pages)}</span>
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
