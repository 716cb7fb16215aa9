// The audit log's filters as the address bar keeps them (actor_id, action, target, from/to dates, page), and as the API's query.
import type { paths } from '../../api/schema';

export const PER_PAGE = 25;
export type AuditListQuery = NonNullable<paths['/api/admin/audit-log']['get']['parameters']['query']>;

/**
 * The kinds of action the filter offers, each an action prefix the server matches. Customer and
 * manager profile changes are two kinds: the server takes one prefix, and they share none.
 */
export const CATEGORIES = [
  { key: 'logins', prefix: 'auth.' },
  { key: 'accounts', prefix: 'user.' },
  { key: 'customerProfiles', prefix: 'customer.' },
  { key: 'managerProfiles', prefix: 'manager.' },
  { key: 'assignments', prefix: 'assignment.' },
  { key: 'runs', prefix: 'run.' },
  // import_customers.committed, import_managers.rejected …; their starts are runs (run.start.import_…).
  { key: 'imports', prefix: 'import_' },
  { key: 'exports', prefix: 'export.' },
  { key: 'staff', prefix: 'staff.' },
  { key: 'organisation', prefix: 'unit.' },
  { key: 'relationship', prefix: 'interaction.' },
  { key: 'tags', prefix: 'tag.' },
] as const;

export interface AuditFilters {
  actorId?: number;
  /** An action or its start, as the server matches it. */
  action?: string;
  /** A target exactly as recorded (`user:7`). */
  target?: string;
  /** Local calendar days, `YYYY-MM-DD`, both inclusive. */
  from?: string;
  to?: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local date of a `YYYY-MM-DD` text; undefined for anything else (2024-02-30 too). */
function localDate(text: string, h: number, m: number, s: number): Date | undefined {
  const match = DAY.exec(text);
  if (!match) return undefined;
  const [y, mo, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(y, mo - 1, d, h, m, s);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : undefined;
}

/** The first second of a local day, in Unix seconds. */
export const dayStart = (text: string) => {
  const d = localDate(text, 0, 0, 0);
  return d && Math.floor(d.getTime() / 1000);
};

/** The last second of a local day (the server's `to` is inclusive). */
export const dayEnd = (text: string) => {
  const d = localDate(text, 23, 59, 59);
  return d && Math.floor(d.getTime() / 1000);
};

/** Reads the filters from the address bar; values the server would refuse are left out. */
export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const f: AuditFilters = {};
  const actor = params.get('actor_id');
  if (actor && /^\d+$/.test(actor) && Number(actor) > 0) f.actorId = Number(actor);
  const action = params.get('action')?.trim();
  if (action) f.action = action;
  const target = params.get('target')?.trim();
  if (target) f.target = target;
  const from = params.get('from');
  if (from && dayStart(from) !== undefined) f.from = from;
  const to = params.get('to');
  if (to && dayEnd(to) !== undefined) f.to = to;
  return f;
}

/** A start after the end: the server would refuse it (422 invalid_range), so the page says so first. */
export const badRange = (f: AuditFilters) => f.from !== undefined && f.to !== undefined && f.from > f.to;

/** The API's query for the filters (no paging). */
export function toApiQuery(f: AuditFilters): AuditListQuery {
  const q: AuditListQuery = {};
  if (f.actorId !== undefined) q.actor_id = f.actorId;
  if (f.action) q.action = f.action;
  if (f.target) q.target = f.target;
  if (f.from) q.from = dayStart(f.from);
  if (f.to) q.to = dayEnd(f.to);
  return q;
}

/** The page number in `?page=` (1 when missing or not a positive whole number). */
export function pageOf(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/** The audit log's address for one target, for "its history" links from other pages. */
export const auditPathFor = (target: string) => `/admin/audit-log?${new URLSearchParams({ target })}`;
