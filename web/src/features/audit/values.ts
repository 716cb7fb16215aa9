// A recorded field's value in words: names for ids, yuan for fen, translated tags and states (shared by the table and the CSV).
import type { Unit } from '../../api/client';
import type { Dictionary } from '../../i18n/dict';
import { formatFen, formatTime } from '../../shared/format';
import type { FormatNumber } from '../../shared/useNumberFormat';
import type { AccountName } from './api';

/** What turning ids and codes into words needs; built once per render (see useDescribe). */
export interface Describe {
  t: Dictionary;
  tag: (name: string) => string;
  locale: string;
  num: FormatNumber;
  /** The units the admin may see; undefined while they load. */
  units: readonly Unit[] | undefined;
  /** Accounts named only by id in the entries (managers), as far as they could be found. */
  accounts: ReadonlyMap<number, AccountName>;
}

/** The fields that hold an account's id. */
export const ACCOUNT_KEYS = ['manager_id', 'subject_id'] as const;
const TAG_KEYS = new Set(['needs', 'hobbies', 'capabilities', 'need', 'hobby']);

export const who = (d: Describe, a: AccountName) => d.t.common.nameWithUsername(a.name, a.username);

/** A unit by id: its name, "whole bank" for none, its id when the list does not hold it. */
export function unitText(d: Describe, id: number | null): string {
  if (id == null) return d.t.organisation.wholeBank;
  const unit = d.units?.find((u) => u.id === id);
  return unit ? unit.name : d.t.organisation.unknownUnit(id);
}

function accountText(d: Describe, key: string, id: unknown): string {
  if (id == null) return key === 'manager_id' ? d.t.audit.values.unassigned : d.t.audit.values.empty;
  if (typeof id !== 'number') return String(id);
  const found = d.accounts.get(id);
  return found ? who(d, found) : d.t.audit.values.manager(id);
}

function list(d: Describe, items: unknown[], each: (v: unknown) => string): string {
  return items.length === 0 ? d.t.common.none : items.map(each).join(d.t.audit.values.listSeparator);
}

/** One value in words; `key` says what it is (a fen amount, a unit id, tags …). */
export function formatValue(d: Describe, key: string, value: unknown): string {
  const v = d.t.audit.values;
  if ((ACCOUNT_KEYS as readonly string[]).includes(key)) return accountText(d, key, value);
  if (key === 'unit_id' && (value === null || typeof value === 'number')) return unitText(d, value);
  if (key === 'parent_id' && (value === null || typeof value === 'number')) return value === null ? v.root : unitText(d, value);
  if (value === null || value === undefined || value === '') return v.empty;
  if (TAG_KEYS.has(key)) return Array.isArray(value) ? list(d, value, (x) => d.tag(String(x))) : d.tag(String(value));
  if (key === 'units' && Array.isArray(value)) return list(d, value, (x) => (typeof x === 'number' ? unitText(d, x) : String(x)));
  if (key === 'unit' && typeof value === 'string') {
    // Staff entries keep the unit's code: the name reads better, the code stays beside it.
    const unit = d.units?.find((u) => u.code === value);
    return unit ? d.t.common.nameWithUsername(unit.name, unit.code) : value;
  }
  if (key === 'total_assets' && typeof value === 'number') return formatFen(value, d.locale);
  if (key === 'follow_up_at' && typeof value === 'number') return formatTime(value, d.locale);
  if (key === 'run_id' && typeof value === 'number') return v.run(value);
  if (key === 'role' && typeof value === 'string') return d.t.roles[value] ?? value;
  if ((key === 'status' || key === 'departure') && typeof value === 'string') return v.status[value] ?? value;
  if (key === 'mode' && typeof value === 'string') return v.mode[value] ?? value;
  if (key === 'kind' && typeof value === 'string') return v.kind[value] ?? value;
  if (typeof value === 'boolean') return value ? v.yes : v.no;
  if (typeof value === 'number') return d.num(value, Number.isInteger(value) ? 0 : 2);
  if (Array.isArray(value)) return list(d, value, (x) => (typeof x === 'object' ? JSON.stringify(x) : String(x)));
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A field's name in words (its key when the dictionary has none). */
export const keyLabel = (d: Describe, key: string) => d.t.audit.keys[key] ?? key;
