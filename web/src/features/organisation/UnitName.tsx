// A record's unit (audit entries, import jobs) as its name with the code on hover, looked up in the units list.
import type { Unit } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

interface Props {
  /** null: the record is bank-wide. */
  id: number | null;
  /** The units the admin may see; undefined while they load (or when refused). */
  units: readonly Unit[] | undefined;
}

export function UnitName({ id, units }: Props) {
  const { t } = useI18n();
  const o = t.organisation;
  if (id == null) return <span className="text-slate-600">{o.wholeBank}</span>;
  const unit = units?.find((u) => u.id === id);
  // Without the list (or for a unit it does not hold) the id still says which unit it was.
  if (!unit) return <>{o.unknownUnit(id)}</>;
  return <span title={unit.code}>{unit.name}</span>;
}
