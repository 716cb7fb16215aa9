// An audit entry in words: the action's phrase, who did it, what it was done to (and where the app shows that), and what changed.
import type { AuditRecord } from '../../api/client';
import { ACCOUNT_KEYS, formatValue, keyLabel, unitText, who, type Describe } from './values';

export type { Describe } from './values';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The action's phrase; an action the dictionary does not know shows as recorded. */
export const actionLabel = (d: Describe, action: string) => d.t.audit.actions[action] ?? action;

/** "name (username)", "system" for the server's own entries, the id when the account is gone. */
export function actorText(d: Describe, r: AuditRecord): string {
  if (r.actor) return who(d, r.actor);
  return r.actor_id == null ? d.t.audit.system : d.t.audit.accountId(r.actor_id);
}

export interface TargetInfo {
  text: string;
  /** The app's page for the target, where it has one. */
  link?: string;
}

// Actions whose `user:N` target is a customer (a manager's or staff member's have pages of their own).
const CUSTOMER_ACTIONS = ['customer.', 'assignment.', 'interaction.'];

/** Where the app shows the account a `user:N` entry is about, read from what was done to it. */
function userLink(r: AuditRecord, id: number): string | undefined {
  const username = r.target_account?.username;
  const role = [r.after, r.before].map((o) => (isObject(o) ? o.role : undefined)).find((x) => typeof x === 'string');
  if (CUSTOMER_ACTIONS.some((p) => r.action.startsWith(p)) || role === 'customer') return `/admin/customers/${id}`;
  if (!username) return undefined;
  if (r.action === 'manager.profile_update') return `/admin/managers?${new URLSearchParams({ q: username })}`;
  if (r.action.startsWith('staff.') || role === 'manager' || role === 'admin') return `/admin/staff?${new URLSearchParams({ search: username })}`;
  return undefined;
}

/** The target in words, with a link to its page where the app has one. */
export function targetInfo(d: Describe, r: AuditRecord): TargetInfo {
  const a = d.t.audit;
  const [kind, ...rest] = r.target.split(':');
  const value = rest.join(':');
  const id = /^\d+$/.test(value) ? Number(value) : undefined;
  if (kind === 'user' && id !== undefined) {
    return { text: r.target_account ? who(d, r.target_account) : a.userTarget(id), link: userLink(r, id) };
  }
  if (kind === 'run' && id !== undefined) {
    // Imports are runs too, but the app has no page for one.
    if (r.action.startsWith('import_') || r.action.startsWith('run.start.import_')) return { text: a.importTarget(id) };
    return { text: a.values.run(id), link: `/admin/runs/${id}` };
  }
  if (kind === 'unit' && id !== undefined) return { text: unitText(d, id), link: '/admin/organisation' };
  if (kind === 'tag' && rest.length === 2) return { text: a.tagTarget(rest[0]!, d.tag(rest[1]!)) };
  if (kind === 'export') return { text: a.exportTarget[value] ?? value };
  if (kind === 'username') return { text: a.usernameTarget(value) };
  return { text: r.target };
}

export interface DiffLine {
  key: string;
  label: string;
  /** Absent: the field was only recorded after (a reason, a new record's fields). */
  before?: string;
  after: string;
}

/**
 * One line per field that changed, in the dictionary's order (the manager first, then the
 * reason): "from → to" where both sides hold the field, the value alone where only one
 * does; fields recorded empty on a new record are left out.
 */
export function diffLines(d: Describe, before: unknown, after: unknown): DiffLine[] {
  if (!(isObject(before) || isObject(after)) || (before != null && !isObject(before)) || (after != null && !isObject(after))) return [];
  const b: Json = isObject(before) ? before : {};
  const a: Json = isObject(after) ? after : {};
  const order = Object.keys(d.t.audit.keys);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort((x, y) => rank(x) - rank(y));
  const lines: DiffLine[] = [];
  for (const key of keys) {
    const inB = key in b;
    const inA = key in a;
    if (inB && inA && JSON.stringify(b[key]) === JSON.stringify(a[key])) continue;
    const line = { key, label: keyLabel(d, key) };
    if (inB && inA) lines.push({ ...line, before: formatValue(d, key, b[key]), after: formatValue(d, key, a[key]) });
    else if (inA && a[key] != null && a[key] !== '') lines.push({ ...line, after: formatValue(d, key, a[key]) });
    else if (inB && isObject(after)) lines.push({ ...line, before: formatValue(d, key, b[key]), after: d.t.audit.values.empty });
    else if (inB && b[key] != null) lines.push({ ...line, after: formatValue(d, key, b[key]) });
  }
  return lines;
}

/** The lines as one text (the CSV's changes column). */
export function diffText(d: Describe, lines: readonly DiffLine[]): string {
  const v = d.t.audit.values;
  return lines.map((l) => (l.before === undefined ? v.field(l.label, l.after) : v.fieldChange(l.label, l.before, l.after))).join(v.lineSeparator);
}

/** The accounts the entries name only by id (managers), to look their names up. */
export function accountIdsOf(records: readonly AuditRecord[]): number[] {
  const ids = new Set<number>();
  for (const r of records) {
    for (const side of [r.before, r.after]) {
      if (!isObject(side)) continue;
      for (const key of ACCOUNT_KEYS) {
        const id = side[key];
        if (typeof id === 'number') ids.add(id);
      }
    }
  }
  return [...ids].sort((x, y) => x - y);
}
