// Audit log calls: one filtered page of the records (newest first), every filtered record up to a cap, the accounts they name, and finding an actor.
import { api, call, type AuditRecord, type Schemas } from '../../api/client';
import type { AuditListQuery } from './auditQuery';

export type AccountName = Schemas['AccountNameDto'];

export const listAudit = (query: AuditListQuery, page: number, perPage: number) =>
  call(api.GET('/api/admin/audit-log', { params: { query: { ...query, page, per_page: perPage } } }));

/** The server's largest page. */
export const EXPORT_PAGE = 500;
/** What the browser export reads at most: beyond it a CSV is better cut by dates. */
export const EXPORT_LIMIT = 5000;

/**
 * The newest `limit` records matching `query`, read page by page; `total` is how many match.
 * `onProgress` hears how many have been read so far.
 */
export async function allAudit(query: AuditListQuery, onProgress?: (read: number, total: number) => void, limit = EXPORT_LIMIT) {
  const items: AuditRecord[] = [];
  let total = 0;
  for (let page = 1; items.length < limit; page++) {
    const res = await listAudit(query, page, EXPORT_PAGE);
    total = res.total;
    items.push(...res.items);
    onProgress?.(Math.min(items.length, limit), total);
    if (res.items.length < EXPORT_PAGE || items.length >= total) break;
  }
  return { items: items.slice(0, limit), total };
}

// The names of accounts the entries name only by id (a manager in manager_id), one request per
// account per page load: a page names few, and the same ones again and again.
const names = new Map<number, Promise<AccountName | null>>();

function accountName(id: number): Promise<AccountName | null> {
  let found = names.get(id);
  if (!found) {
    // An account outside the admin's part of the bank (or gone) stays an id.
    found = call(api.GET('/api/admin/staff/{id}', { params: { path: { id } } })).then(
      (s) => ({ username: s.username, name: s.name }),
      () => null,
    );
    names.set(id, found);
  }
  return found;
}

/** The names of these accounts that could be found, a few requests at a time. */
export async function accountNames(ids: Iterable<number>): Promise<Map<number, AccountName>> {
  const queue = [...new Set(ids)];
  const out = new Map<number, AccountName>();
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const name = await accountName(id);
      if (name) out.set(id, name);
    }
  };
  await Promise.all(Array.from({ length: Math.min(6, queue.length) }, worker));
  return out;
}

/** Staff whose username or name holds `text`: the actor picker's suggestions. */
export const suggestStaff = (text: string) =>
  call(api.GET('/api/admin/staff', { params: { query: { search: text, per_page: 10 } } })).then((p) => p.items);

/**
 * The account with exactly this username (any case): a staff member first, else a customer (they
 * sign in and ask to be contacted too); null when neither list holds it.
 */
export async function findAccount(username: string): Promise<{ id: number; name: AccountName } | null> {
  const same = (u: string) => u.toLowerCase() === username.toLowerCase();
  const staff = await call(api.GET('/api/admin/staff', { params: { query: { search: username, per_page: 50 } } }));
  const member = staff.items.find((s) => same(s.username));
  if (member) return { id: member.id, name: { username: member.username, name: member.name } };
  const customers = await call(api.GET('/api/customers', { params: { query: { q: username, per_page: 50 } } }));
  const customer = customers.items.find((c) => same(c.username));
  return customer ? { id: customer.user_id, name: { username: customer.username, name: customer.name } } : null;
}

/** Forgets the names (tests, each with its own accounts). */
export function resetAccountNames() {
  names.clear();
}
