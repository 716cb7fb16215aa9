// The customer list's filters: search, class, need, hobby, rows per page and (admins) the unit and unassigned only.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Unit } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useTags } from '../../shared/tags';
import { CheckboxField, FormField } from '../../shared/ui/FormField';
import { UnitFilter } from '../organisation/UnitFilter';
import { CLASSES, PER_PAGE, type ListQuery } from './customerQuery';

interface Props {
  query: ListQuery;
  /** Sets (or, with undefined or '', removes) address-bar parameters and goes back to page 1. */
  update: (changes: Record<string, string | undefined>) => void;
  showUnassigned?: boolean;
  /** Admins: the units to filter by (that unit and everything below it); no unit filter without them. */
  units?: readonly Unit[];
}

export function CustomerFilters({ query, update, showUnassigned, units }: Props) {
  const { t, tag } = useI18n();
  const tags = useTags();
  const [search, setSearch] = useState(query.q ?? '');
  useEffect(() => setSearch(query.q ?? ''), [query.q]);
  // Router navigations run in a transition, so a checkbox bound only to the URL would flip
  // back until it lands; keep the ticked state locally and follow the URL when it changes.
  const [unassigned, setUnassigned] = useState(query.unassigned === true);
  useEffect(() => setUnassigned(query.unassigned === true), [query.unassigned]);
  const ids = { search: useId(), cls: useId(), need: useId(), hobby: useId(), unassigned: useId(), per: useId(), unit: useId() };

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    update({ q: search.trim() });
  };

  const tagOptions = (names: readonly string[] | undefined, chosen: string | null | undefined) =>
    (names ?? (chosen ? [chosen] : [])).map((n) => (
      <option key={n} value={n}>
        {tag(n)}
      </option>
    ));

  return (
    <section aria-label={t.customers.filters} className="card mb-4">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-6">
        <form onSubmit={onSearch} role="search" className="col-span-2">
          <label htmlFor={ids.search} className="label">
            {t.customers.search}
          </label>
          <div className="flex gap-2">
            <input id={ids.search} type="search" className="input" value={search} onChange={(e) => setSearch(e.target.value)} />
            <button type="submit" className="btn-secondary">
              {t.customers.searchButton}
            </button>
          </div>
        </form>
        <FormField id={ids.cls} label={t.customers.class}>
          {(control) => (
            <select {...control} className="input" value={query.class ?? ''} onChange={(e) => update({ class: e.target.value })}>
              <option value="">{t.common.all}</option>
              {CLASSES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={ids.need} label={t.customers.need}>
          {(control) => (
            <select {...control} className="input" value={query.need ?? ''} onChange={(e) => update({ need: e.target.value })}>
              <option value="">{t.common.all}</option>
              {tagOptions(tags.data?.needs, query.need)}
            </select>
          )}
        </FormField>
        <FormField id={ids.hobby} label={t.customers.hobby}>
          {(control) => (
            <select {...control} className="input" value={query.hobby ?? ''} onChange={(e) => update({ hobby: e.target.value })}>
              <option value="">{t.common.all}</option>
              {tagOptions(tags.data?.hobbies, query.hobby)}
            </select>
          )}
        </FormField>
        <FormField id={ids.per} label={t.customers.perPage}>
          {(control) => (
            <select {...control} className="input" value={query.per_page} onChange={(e) => update({ per_page: e.target.value })}>
              {PER_PAGE.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {units && <UnitFilter id={ids.unit} units={units} value={query.unit_id ?? undefined} onChange={(v) => update({ unit_id: v })} className="col-span-2" />}
        {showUnassigned && (
          <CheckboxField
            id={ids.unassigned}
            label={t.customers.unassignedOnly}
            className={`col-span-2 flex items-center gap-2 ${units ? 'lg:col-span-4 lg:self-end lg:pb-2' : 'lg:col-span-6'}`}
            checked={unassigned}
            onChange={(checked) => {
              setUnassigned(checked);
              update({ unassigned: checked ? 'true' : undefined });
            }}
          />
        )}
      </div>
    </section>
  );
}
