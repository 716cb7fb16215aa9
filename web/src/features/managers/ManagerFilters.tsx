// The managers list's filters: a search by name or username (sent as the admin stops typing, or
// on Enter) and the unit (with everything below it), both kept in the address bar.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Unit } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { UnitFilter } from '../organisation/UnitFilter';
import type { ManagerQuery } from './managerQuery';

/** How long typing has to pause before the search goes to the address bar. */
export const SEARCH_DEBOUNCE_MS = 300;

interface Props {
  query: ManagerQuery;
  units: readonly Unit[];
  /** Sets (or, with undefined or '', removes) address-bar parameters and goes back to page 1. */
  update: (changes: Record<string, string | undefined>) => void;
}

export function ManagerFilters({ query, units, update }: Props) {
  const { t } = useI18n();
  const ids = { search: useId(), unit: useId() };
  const current = query.q ?? '';
  const [search, setSearch] = useState(current);
  // The last search this box sent: a different one in the address bar came from elsewhere (back button).
  const sent = useRef(current);
  const latest = useRef(update);
  useEffect(() => {
    latest.current = update;
  });
  useEffect(() => {
    if (current !== sent.current) {
      sent.current = current;
      setSearch(current);
    }
  }, [current]);

  const send = (value: string) => {
    sent.current = value;
    latest.current({ q: value });
  };

  useEffect(() => {
    const value = search.trim();
    if (value === sent.current) return;
    const timer = window.setTimeout(() => send(value), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [search]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (search.trim() !== sent.current) send(search.trim());
  };

  return (
    <section aria-label={t.managers.filters} className="card mb-4">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <form onSubmit={onSubmit} role="search">
          <label htmlFor={ids.search} className="label">
            {t.managers.search}
          </label>
          <input id={ids.search} type="search" className="input" autoComplete="off" value={search} onChange={(e) => setSearch(e.target.value)} />
        </form>
        <UnitFilter id={ids.unit} units={units} value={query.unit_id ?? undefined} onChange={(v) => update({ unit_id: v })} />
      </div>
    </section>
  );
}
