// The unit filter the customer and manager lists share: "all units", then every unit the admin
// may see, indented by its depth below the list's top, as a select whose value is a unit id.
import type { Unit } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../shared/ui/FormField';

interface Props {
  id: string;
  units: readonly Unit[];
  /** The chosen unit's id; undefined for all units. */
  value: number | undefined;
  /** A unit's id as text, or '' for all units. */
  onChange: (value: string) => void;
  className?: string;
}

/** Two no-break spaces a level, which a select keeps (ordinary spaces would collapse). */
const INDENT = '\u00a0\u00a0\u00a0';

/** The option's words: the unit indented by its depth, its code, and "closed" when it is. */
function unitOptionText(unit: Unit, top: number, option: (path: string, code: string) => string, closedMark: string): string {
  return INDENT.repeat(Math.max(0, unit.depth - top)) + option(unit.name, unit.code) + (unit.closed ? closedMark : '');
}

export function UnitFilter({ id, units, value, onChange, className }: Props) {
  const { t } = useI18n();
  const o = t.organisation;
  const top = units[0]?.depth ?? 0;
  // A unit in the address bar that the list does not hold (yet) still shows as chosen.
  const unknown = value !== undefined && !units.some((u) => u.id === value);
  return (
    <FormField id={id} label={o.filterLabel} className={className}>
      {(control) => (
        <select {...control} className="input" value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
          <option value="">{o.allUnits}</option>
          {unknown && value !== undefined && <option value={value}>{o.unknownUnit(value)}</option>}
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {unitOptionText(u, top, o.option, o.closedMark)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** A positive whole number from the address bar's `unit_id`, or undefined. */
export function unitIdFrom(params: URLSearchParams): number | undefined {
  const raw = params.get('unit_id');
  const n = Number(raw);
  return raw && Number.isInteger(n) && n > 0 ? n : undefined;
}
