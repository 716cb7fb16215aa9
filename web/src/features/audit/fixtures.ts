// Fixtures for the audit log tests: entries as the server records them, the managers they name, and a fake server answering the page's calls.
import type { AuditPage, AuditRecord, StaffMember } from '../../api/client';
import { json, mockFetch } from '../../test/utils';
import { units } from '../analytics/fixtures';

export { units };

/** An entry; `before` and `after` as plain objects (the schema types them as opaque JSON). */
export function entry(id: number, e: Partial<Omit<AuditRecord, 'before' | 'after'>> & { before?: object | null; after?: object | null }): AuditRecord {
  return {
    id,
    at: 1_700_000_000,
    actor_id: 1,
    actor: { username: 'admin', name: '管理员' },
    target_account: null,
    action: 'auth.login',
    target: 'user:1',
    unit_id: 1,
    ...e,
    before: (e.before ?? null) as AuditRecord['before'],
    after: (e.after ?? null) as AuditRecord['after'],
  };
}

/** An admin moved customer 42 from manager 5 to manager 6, with a reason. */
export const MANUAL = entry(10, {
  at: 1_700_000_000,
  action: 'assignment.manual',
  target: 'user:42',
  target_account: { username: 'customer42', name: '客户42' },
  before: { manager_id: 5 },
  after: { manager_id: 6, note: '客户搬到浦东，就近服务', score: 0.82 },
  unit_id: 2,
});

export const PROFILE = entry(9, {
  action: 'customer.profile_update',
  target: 'user:42',
  target_account: { username: 'customer42', name: '客户42' },
  before: { name: '客户42', age: 40, occupation: '教师', total_assets: 12_345_600, needs: ['savings'], hobbies: ['travel'] },
  after: { name: '客户42', age: 41, occupation: '教师', total_assets: 20_000_000, needs: ['savings', 'investment'], hobbies: ['travel'] },
  unit_id: 2,
});

export const RUN_START = entry(8, { action: 'run.start.auto', target: 'run:12', after: { dry_run: true, rebalance: false, k: null, unit_id: null } });
export const UNIT_CLOSE = entry(7, {
  action: 'unit.close',
  target: 'unit:3',
  before: { code: 'SH-PD', name: '浦东支行', parent_id: 2, closed: false },
  after: { code: 'SH-PD', name: '浦东支行', parent_id: 2, closed: true },
});
export const UNKNOWN = entry(6, { action: 'vault.open', target: 'vault:1', actor_id: null, actor: null });
export const TAG = entry(5, { action: 'tag.add', target: 'tag:need:loan' });

export const ENTRIES = [MANUAL, PROFILE, RUN_START, UNIT_CLOSE, UNKNOWN, TAG];

const staff = (id: number, username: string, name: string): StaffMember => ({
  id,
  username,
  name,
  role: 'manager',
  unit_id: 2,
  unit_code: 'SH',
  grade: null,
  phone: null,
  email: null,
  active: true,
  status: 'active',
  must_change_password: false,
  capacity: 50,
  created_at: 1_700_000_000,
});

export const STAFF = [staff(1, 'admin', '管理员'), staff(5, 'manager5', '经理5'), staff(6, 'manager6', '经理6')];

export const page = (items: AuditRecord[], total = items.length, p = 1, perPage = 25): AuditPage => ({ items, total, page: p, per_page: perPage });

/**
 * Answers the units, the staff (one by id, or searched), the customers search, and the audit log
 * with `audit` (by default every entry on one page).
 */
export function auditServer(audit: (url: URL) => AuditPage = () => page(ENTRIES)) {
  return mockFetch((_req, url) => {
    const p = url.pathname;
    if (p === '/api/admin/units') return json({ units });
    if (p === '/api/admin/audit-log') return json(audit(url));
    const one = /^\/api\/admin\/staff\/(\d+)$/.exec(p);
    if (one) {
      const found = STAFF.find((s) => s.id === Number(one[1]));
      return found ? json(found) : json({ error: 'not_found', message: 'no such staff member' }, 404);
    }
    if (p === '/api/admin/staff') {
      const q = (url.searchParams.get('search') ?? '').toLowerCase();
      const items = STAFF.filter((s) => s.username.includes(q) || s.name.includes(q));
      return json({ items, total: items.length, page: 1, per_page: 10 });
    }
    if (p === '/api/customers') return json({ items: [], total: 0, page: 1, per_page: 50 });
    return json({ error: 'not_found', message: p }, 404);
  });
}

/** The audit-log requests made, as their query strings' parameters. */
export const auditCalls = (calls: { url: URL }[]) => calls.filter((c) => c.url.pathname === '/api/admin/audit-log').map((c) => Object.fromEntries(c.url.searchParams));
