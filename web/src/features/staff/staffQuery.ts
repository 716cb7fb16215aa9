// The staff list's query as it is kept in the address bar (search, role, unit, state, page), so
// filters survive reloads and the back button; and the checks a new password must pass.
import type { StaffListQuery } from '../../api/client';

export const PER_PAGE = 25;
export const ROLES = ['manager', 'admin'] as const;
export type StaffRole = (typeof ROLES)[number];
export type StaffQuery = StaffListQuery & { page: number; per_page: number };

/** Reads the list query from the address bar; values the server would refuse are left out. */
export function readStaffQuery(params: URLSearchParams): StaffQuery {
  const page = Number(params.get('page'));
  const q: StaffQuery = { page: Number.isInteger(page) && page > 0 ? page : 1, per_page: PER_PAGE };
  const search = params.get('search')?.trim();
  if (search) q.search = search;
  const role = params.get('role');
  if (role === 'manager' || role === 'admin') q.role = role;
  const unit = Number(params.get('unit_id'));
  if (params.get('unit_id') && Number.isInteger(unit) && unit > 0) q.unit_id = unit;
  const active = params.get('active');
  if (active === 'true' || active === 'false') q.active = active === 'true';
  return q;
}

export const MIN_PASSWORD_CHARS = 8;
export const MAX_PASSWORD_BYTES = 72;

/** The server's password rules, as it counts them: characters for the minimum, UTF-8 bytes for the maximum. */
export function passwordProblem(password: string): 'weak_password' | 'password_too_long' | null {
  if ([...password].length < MIN_PASSWORD_CHARS) return 'weak_password';
  if (new TextEncoder().encode(password).length > MAX_PASSWORD_BYTES) return 'password_too_long';
  return null;
}
