// The staff list's filters: search (username or name), role, unit (with everything below it) and state.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Unit } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../shared/ui/FormField';
import { unitPath } from '../organisation/tree';
import { ROLES, type StaffQuery } from './staffQuery';

interface Props {
  query: StaffQuery;
  units: readonly Unit[];
  /** Sets (or, with undefined or '', removes) address-bar parameters and goes back to page 1. */
  update: (changes: Record<string, string | undefined>) => void;
}

export function StaffFilters({ query, units, update }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState(query.search ?? '');
  useEffect(() => setSearch(query.search ?? ''), [query.search]);
  const ids = { search: useId(), role: useId(), unit: useId(), active: useId() };

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    update({ search: search.trim() });
  };

  // A unit in the address bar that the list does not hold (yet) still shows as chosen.
  const unitKnown = query.unit_id == null || units.some((u) => u.id === query.unit_id);

  return (
    <section aria-label={t.staff.filters} className="card mb-4">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <form onSubmit={onSearch} role="search" className="sm:col-span-2">
          <label htmlFor={ids.search} className="label">
            {t.staff.search}
          </label>
          <div className="flex gap-2">
            <input id={ids.search} type="search" className="input" value={search} onChange={(e) => setSearch(e.target.value)} />
            <button type="submit" className="btn-secondary">
              {t.staff.searchButton}
            </button>
          </div>
        </form>
        <FormField id={ids.role} label={t.staff.role}>
          {(control) => (
            <select {...control} className="input" value={query.role ?? ''} onChange={(e) => update({ role: e.target.value })}>
              <option value="">{t.common.all}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t.roles[r]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={ids.unit} label={t.staff.unitFilter}>
          {(control) => (
            <select {...control} className="input" value={query.unit_id ?? ''} onChange={(e) => update({ unit_id: e.target.value })}>
              <option value="">{t.common.all}</option>
              {!unitKnown && <option value={query.unit_id ?? ''}>{query.unit_id}</option>}
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {t.staff.unitOption(unitPath(units, u), u.code) + (u.closed ? t.staff.closedUnit : '')}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={ids.active} label={t.staff.status}>
          {(control) => (
            <select {...control} className="input" value={query.active == null ? '' : String(query.active)} onChange={(e) => update({ active: e.target.value })}>
              <option value="">{t.common.all}</option>
              <option value="true">{t.staff.activeFilter}</option>
              <option value="false">{t.staff.inactive}</option>
            </select>
          )}
        </FormField>
      </div>
    </section>
  );
}
